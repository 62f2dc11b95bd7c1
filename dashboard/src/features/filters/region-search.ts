/**
 * Region names as a reader finds them: without accents or case ("Malaga" finds "Málaga",
 * "lodz" finds "Łódź"), and in the order of the reader's language.
 */

// Letters that are not a base letter plus a combining mark, so NFD alone leaves them as they are.
const STROKED: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE' };

/** A text folded for matching: no accents, no case, stroked letters as their base letter. */
export function folded(text: string, locale: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁøØđĐßæÆœŒ]/g, (letter) => STROKED[letter] ?? letter)
    .toLocaleLowerCase(locale);
}

/** Names in the order of the reader's language: accents second, "Region 9" before "Region 10". */
export const regionCollator = (locale: string) => new Intl.Collator(locale, { sensitivity: 'base', numeric: true });

export interface PickableRegion {
  slug: string;
  name: string;
  country: string;
}

export interface CountryGroup<R extends PickableRegion> {
  country: string;
  countryName: string;
  regions: R[];
}

/**
 * The regions whose name or country's name holds the search, folded, grouped by country:
 * countries and names sorted by the language's collation (Ł after L in Polish, accents second).
 */
export function regionGroups<R extends PickableRegion>(
  regions: readonly R[],
  search: string,
  locale: string,
  countryName: (code: string) => string,
): CountryGroup<R>[] {
  const collator = regionCollator(locale);
  const wanted = folded(search.trim(), locale);
  const groups = new Map<string, CountryGroup<R>>();
  for (const region of regions) {
    const name = countryName(region.country);
    if (wanted && !folded(region.name, locale).includes(wanted) && !folded(name, locale).includes(wanted)) continue;
    const group = groups.get(region.country) ?? { country: region.country, countryName: name, regions: [] };
    group.regions.push(region);
    groups.set(region.country, group);
  }
  const sorted = [...groups.values()].sort((a, b) => collator.compare(a.countryName, b.countryName));
  for (const group of sorted) group.regions.sort((a, b) => collator.compare(a.name, b.name) || a.slug.localeCompare(b.slug));
  return sorted;
}
