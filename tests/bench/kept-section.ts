// A section of BENCHMARKS.md that one benchmark script writes alone (first view, imports): kept as it
// is when the other benchmarks rewrite the file (bench-results/ is not committed).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const sectionsOf = (target: string): string[] =>
  existsSync(target)
    ? readFileSync(target, 'utf8')
        .replace(/\n+$/, '')
        .split(/\n+(?=## )/)
    : ['# Benchmarks'];

/** The section under `heading` as BENCHMARKS.md has it now, to be written back unchanged; none if it has none. */
export function keptSection(target: string, heading: string): string[] {
  const section = sectionsOf(target).find((part) => part.startsWith(heading));
  return section ? [...section.split('\n'), ''] : [];
}

/** BENCHMARKS.md with its section under `heading` replaced by `lines`, or with them added at the end. */
export function writeSection(target: string, heading: string, lines: string[]): void {
  const sections = sectionsOf(target);
  const rendered = lines.join('\n').replace(/\n+$/, '');
  const at = sections.findIndex((part) => part.startsWith(heading));
  if (at >= 0) sections[at] = rendered;
  else sections.push(rendered);
  // A blank line between sections, as Markdown is written.
  writeFileSync(target, `${sections.join('\n\n')}\n`);
}
