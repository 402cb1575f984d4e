import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { cameOverHttps } from './client-info.js';
import { ENCODINGS, preferredEncoding, type Encoding } from './content-encoding.js';
import { appSecurityHeaders } from './security-headers.js';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

const FILE_SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

export type StaticAppOptions = { trustProxy: boolean };

/**
 * Serves a built single-page app under a path prefix: files as they are (hashed assets cached
 * for a year), any other path falls back to index.html so client-side routes survive a reload.
 * The build leaves brotli and gzip copies beside each text file; the best one the client
 * accepts is sent. Every answer carries the apps' security headers.
 */
export function staticApp(prefix: string, root: string, { trustProxy }: StaticAppOptions = { trustProxy: false }) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== prefix.slice(0, -1) && !url.pathname.startsWith(prefix)) return false;
    if (url.pathname === prefix.slice(0, -1)) {
      res.writeHead(308, { location: prefix }).end();
      return true;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(url.pathname.slice(prefix.length));
    } catch {
      res.writeHead(400).end();
      return true;
    }
    const relative = normalize(decoded);
    let file = join(root, relative);
    if (!file.startsWith(root + sep) && file !== root) {
      res.writeHead(404).end();
      return true;
    }
    let found = await stat(file).catch(() => null);
    const isAsset = found?.isFile() ?? false;
    if (!isAsset) {
      file = join(root, 'index.html');
      found = await stat(file).catch(() => null);
    }
    if (!found) {
      res.writeHead(404).end();
      return true;
    }
    const variant = await compressedVariant(file, req.headers['accept-encoding']);
    res.writeHead(200, {
      ...appSecurityHeaders(cameOverHttps(req, trustProxy)),
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'content-length': String(variant?.size ?? found.size),
      'cache-control': isAsset && relative.startsWith('assets') ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'Accept-Encoding',
      ...(variant ? { 'content-encoding': variant.encoding } : {}),
    });
    if (req.method === 'HEAD') {
      res.end();
      return true;
    }
    createReadStream(variant?.file ?? file).pipe(res);
    return true;
  };
}

/** The precompressed copy to send instead of `file`, when there is one the client accepts. */
async function compressedVariant(file: string, acceptEncoding: string | undefined) {
  const available: { encoding: Encoding; file: string; size: number }[] = [];
  for (const encoding of ENCODINGS) {
    const candidate = file + FILE_SUFFIX[encoding];
    const found = await stat(candidate).catch(() => null);
    if (found?.isFile()) available.push({ encoding, file: candidate, size: found.size });
  }
  const chosen = preferredEncoding(acceptEncoding, available.map((a) => a.encoding));
  return available.find((a) => a.encoding === chosen) ?? null;
}
