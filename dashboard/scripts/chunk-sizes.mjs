// Prints every chunk of the dashboard build with its gzip size, and the JavaScript the
// first view ("/") loads: the entry with its static imports, then the overview page and
// its chart, which load lazily right after. Exits 1 when the first view passes the budget.
// What every page loads once its first view is shown (offline work: drafts, the service
// worker's registration) is printed apart: it never delays the first view, but it is sent.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
const gzipKb = (file) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length / 1024;

/** A chunk and everything it imports statically, each once. */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) closure(imported, seen);
  return seen;
}
/** A source file's chunk: the one it is the entry of, else (merged into a shared chunk) the one named after it. */
const keyOf = (source) =>
  Object.keys(manifest).find((key) => manifest[key].src === source || key === source) ??
  Object.keys(manifest).find((key) => manifest[key].name === path.basename(source, path.extname(source)));

const entry = keyOf('index.html');
const initial = closure(entry);
const firstView = new Set(initial);
for (const lazy of ['src/features/overview/OverviewPage.tsx', 'src/charts/AttendanceStackChart.tsx']) closure(keyOf(lazy), firstView);

const afterShown = new Set();
closure(keyOf('src/features/offline/OfflineAgent.tsx'), afterShown);
for (const key of firstView) afterShown.delete(key);

const rows = Object.entries(manifest)
  .filter(([, chunk]) => chunk.file.endsWith('.js'))
  .map(([key, chunk]) => ({
    file: chunk.file,
    kb: gzipKb(chunk.file),
    initial: initial.has(key),
    firstView: firstView.has(key),
    afterShown: afterShown.has(key),
  }))
  .sort((a, b) => b.kb - a.kb);
const sum = (list) => list.reduce((total, row) => total + row.kb, 0);

console.log('chunk                                              gzip kB   loaded on first view');
for (const row of rows) {
  console.log(
    `${row.file.padEnd(50)} ${row.kb.toFixed(1).padStart(7)}   ${row.initial ? 'at once' : row.firstView ? 'lazily' : row.afterShown ? 'once shown' : ''}`,
  );
}
const initialKb = sum(rows.filter((row) => row.initial));
const firstViewKb = sum(rows.filter((row) => row.firstView));
console.log(`\nEntry and its imports: ${initialKb.toFixed(1)} kB gzip`);
console.log(`First view ("/") with its lazy page and chart: ${firstViewKb.toFixed(1)} kB gzip (budget ${BUDGET_KB} kB)`);
console.log(`Once it is shown (offline work): ${sum(rows.filter((row) => row.afterShown)).toFixed(1)} kB gzip more`);
if (firstViewKb > BUDGET_KB) {
  console.error(`Over budget by ${(firstViewKb - BUDGET_KB).toFixed(1)} kB.`);
  process.exit(1);
}
