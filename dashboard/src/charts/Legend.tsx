export interface LegendEntry {
  label: string;
  swatch: string;
  /** A CSS colour for series drawn in a plain colour. */
  color?: string;
}

export function Legend({ title, entries }: { title: string; entries: LegendEntry[] }) {
  return (
    <ul className="legend" aria-label={title}>
      {entries.map((entry) => (
        <li key={entry.label}>
          <span className={`swatch ${entry.swatch}`} style={entry.color ? { background: entry.color } : undefined} aria-hidden="true" />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
