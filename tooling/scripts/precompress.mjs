// Leaves a brotli (.br) and a gzip (.gz) copy beside each text file of a built app, so the
// gateway sends them as they are instead of compressing on every request.
// Usage, from an app's folder after `vite build`: node precompress.mjs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.webmanifest', '.txt']);
// Below this the compressed copy saves less than the headers cost.
const MIN_BYTES = 512;

const dist = join(process.cwd(), 'dist');
let files = 0;
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !COMPRESSIBLE.has(extname(entry.name))) continue;
  const path = join(entry.parentPath, entry.name);
  if (path.includes(`${join(dist, '.vite')}`)) continue;
  const raw = readFileSync(path);
  if (raw.length < MIN_BYTES) continue;
  const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
  const gz = gzipSync(raw, { level: 9 });
  // A copy that is not smaller is not worth sending.
  if (br.length < raw.length) writeFileSync(`${path}.br`, br);
  if (gz.length < raw.length) writeFileSync(`${path}.gz`, gz);
  files++;
}
process.stdout.write(`precompressed ${files} files (brotli and gzip)\n`);
