import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

/** What the transport says about the caller, as far as it can be believed. */
export type ClientInfo = {
  /** The caller's IP address; null when unknown (requests that did not come over a socket). */
  address: string | null;
  /** Whether the caller reached kefu over HTTPS (directly, or through a trusted proxy). */
  https: boolean;
};

/**
 * Behind a trusted reverse proxy the socket is the proxy's, so the last `x-forwarded-for` entry
 * (the one that proxy added) and its `x-forwarded-proto` tell the truth; otherwise those headers
 * are the caller's own word and are ignored.
 */
export function clientInfo(request: Request, req: IncomingMessage | undefined, trustProxy: boolean): ClientInfo {
  const socketAddress = req?.socket?.remoteAddress ?? null;
  const encrypted = Boolean((req?.socket as TLSSocket | undefined)?.encrypted) || (!req && new URL(request.url).protocol === 'https:');
  if (!trustProxy) return { address: socketAddress, https: encrypted };
  const forwardedFor = request.headers.get('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean);
  const forwardedProto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return {
    address: forwardedFor?.at(-1) ?? socketAddress,
    https: forwardedProto ? forwardedProto === 'https' : encrypted,
  };
}

/** The same rule as `clientInfo().https`, for a plain Node request (the apps' files). */
export function cameOverHttps(req: IncomingMessage, trustProxy: boolean): boolean {
  const encrypted = Boolean((req.socket as TLSSocket | undefined)?.encrypted);
  if (!trustProxy) return encrypted;
  const header = req.headers['x-forwarded-proto'];
  const proto = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim().toLowerCase();
  return proto ? proto === 'https' : encrypted;
}
