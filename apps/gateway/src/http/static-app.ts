import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

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

/**
 * Serves a built single-page app under a path prefix: files as they are (hashed assets cached
 * for a year), any other path falls back to index.html so client-side routes survive a reload.
 */
export function staticApp(prefix: string, root: string) {
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
    const found = await stat(file).catch(() => null);
    const isAsset = found?.isFile() ?? false;
    if (!isAsset) file = join(root, 'index.html');
    res.writeHead(200, {
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'cache-control': isAsset && relative.startsWith('assets') ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    createReadStream(file).pipe(res);
    return true;
  };
}
