import type { EntityManager } from 'typeorm';

/** The longest slug NewOrganisationInput accepts. */
export const SLUG_MAX = 80;

// Letters that Unicode does not decompose into a Latin letter and a mark: Greek (ELOT 743, the
// Greek standard for Latin transliteration, simplified), and the Latin letters of the project's
// languages that stand alone (Polish ł, German ß, Scandinavian ø, ligatures).
const LETTERS: Record<string, string> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
  ł: 'l',
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  þ: 'th',
};

/**
 * A readable key made from a name, as region slugs are: lower-case ASCII, words joined by
 * hyphens ("Fundación Cepaim" → "fundacion-cepaim", "Κέντρο Καρδίτσας" → "kentro-karditsas").
 * Empty when nothing of the name can be written so (a name of symbols alone).
 */
export function slugFromName(name: string): string {
  const letters = [...name.normalize('NFKD').toLowerCase().replace(/\p{M}/gu, '')].map((letter) => LETTERS[letter] ?? letter).join('');
  const words = letters.split(/[^a-z0-9]+/).filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > SLUG_MAX - 4) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, SLUG_MAX - 4) || '';
}

/**
 * The first of `base`, `base-2`, `base-3`... that no organisation has or ever had: a deleted
 * organisation keeps its slug in the audit trail, and the roundtables that named it keep it
 * too, so a new organisation never takes one over (its restoration would bring it back).
 */
export async function freeSlug(manager: EntityManager, base: string): Promise<string> {
  const stem = base || 'organisation';
  const taken: { slug: string }[] = await manager.query(
    `SELECT slug FROM geography.organisation WHERE slug = $1 OR slug LIKE $1 || '-%'
     UNION
     SELECT COALESCE(after ->> 'slug', before ->> 'slug') FROM geography.audit_entry
      WHERE entity_type = 'Organisation' AND (COALESCE(after ->> 'slug', before ->> 'slug') = $1
        OR COALESCE(after ->> 'slug', before ->> 'slug') LIKE $1 || '-%')`,
    [stem],
  );
  const used = new Set(taken.map((row) => row.slug));
  for (let suffix = 1; ; suffix += 1) {
    const candidate = suffix === 1 ? stem : `${stem}-${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}
