import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type BundleSize = { app: string; budgetKb: number; gzipKb: number | null; files: string[] };

/**
 * The JavaScript a first visit downloads: the module scripts and module preloads `index.html`
 * names, gzip-compressed. Null when the app has not been built.
 */
export function initialJs(app: string, distDir: string, budgetKb: number): BundleSize {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return { app, budgetKb, gzipKb: null, files: [] };
  const html = readFileSync(index, 'utf8');
  const files = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)) files.add(match[1]!);
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)) files.add(match[1]!);
  let bytes = 0;
  const found: string[] = [];
  for (const src of files) {
    const relative = src.replace(/^\/(admin|portal)\//, '').replace(/^\.?\//, '');
    const path = join(distDir, relative);
    if (!existsSync(path)) continue;
    bytes += gzipSync(readFileSync(path), { level: 9 }).length;
    found.push(relative);
  }
  return { app, budgetKb: budgetKb, gzipKb: bytes / 1024, files: found };
}
