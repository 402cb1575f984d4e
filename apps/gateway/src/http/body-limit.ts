import type { IncomingMessage } from 'node:http';
import type { GatewayConfig } from '../config.js';

/** The cap for this request's body: multipart requests carry photos, everything else is JSON. */
export function bodyLimitFor(req: IncomingMessage, limits: GatewayConfig['maxBodyBytes']): number {
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  return type.startsWith('multipart/form-data') ? limits.multipart : limits.json;
}

export type BodyRead = { ok: true; body: Buffer } | { ok: false };

/**
 * Reads the request body, refusing it as soon as it passes `limit` bytes: from the declared
 * Content-Length before a byte is read, or while a chunked body streams in.
 */
export async function readBodyWithin(req: IncomingMessage, limit: number): Promise<BodyRead> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return { ok: false };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return { ok: false };
    chunks.push(chunk);
  }
  return { ok: true, body: Buffer.concat(chunks) };
}

/** `1048576` → `1 MB`, for the refusal's message. */
export const formatBytes = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`);
