// Prints the JavaScript a first visit downloads (the entry chunk and everything it imports
// statically, per Vite's manifest), gzipped, and fails above the budget.
// Usage, from an app's folder after `vite build`: node report-bundle.mjs <budget KB gzip>
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = Number(process.argv[2]);
if (!(BUDGET_KB > 0)) throw new Error('usage: report-bundle.mjs <budget KB gzip>');
const dist = join(process.cwd(), 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
if (entries.length !== 1) throw new Error(`expected one entry chunk, found ${entries.length}`);

const initial = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  for (const child of chunk.imports ?? []) visit(child);
};
visit(entries[0][0]);

const kb = (bytes) => (bytes / 1024).toFixed(1);
let total = 0;
for (const file of [...initial].filter((f) => f.endsWith('.js'))) {
  const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += size;
  process.stdout.write(`  ${file}  ${kb(size)} KB gzip\n`);
}
process.stdout.write(`initial JS: ${kb(total)} KB gzip (budget ${BUDGET_KB} KB)\n`);
if (total > BUDGET_KB * 1024) {
  process.stderr.write(`initial JS is over the ${BUDGET_KB} KB gzip budget\n`);
  process.exit(1);
}
