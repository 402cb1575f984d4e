// Prints the JavaScript a first visit downloads (the entry chunk and everything it imports
// statically, per Vite's manifest): raw, gzip and brotli, and fails when the gzip size is over
// the budget. Brotli is what a current browser receives; gzip is the budget's measure.
// Usage, from an app's folder after `vite build`: node report-bundle.mjs <budget KB gzip>
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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
const total = { raw: 0, gzip: 0, brotli: 0 };
for (const file of [...initial].filter((f) => f.endsWith('.js'))) {
  const raw = readFileSync(join(dist, file));
  const size = {
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
  for (const key of Object.keys(total)) total[key] += size[key];
  process.stdout.write(`  ${file}  ${kb(size.raw)} KB raw, ${kb(size.gzip)} KB gzip, ${kb(size.brotli)} KB brotli\n`);
}
process.stdout.write(
  `initial JS: ${kb(total.raw)} KB raw, ${kb(total.gzip)} KB gzip, ${kb(total.brotli)} KB brotli (budget ${BUDGET_KB} KB gzip)\n`,
);
if (total.gzip > BUDGET_KB * 1024) {
  process.stderr.write(`initial JS is over the ${BUDGET_KB} KB gzip budget\n`);
  process.exit(1);
}
