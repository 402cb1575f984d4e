import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';
import { preferredEncoding, varyOnEncoding, type Encoding } from './content-encoding.js';

/** Below this an answer goes as it is: compressing a few hundred bytes costs more than it saves. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

const compressors: Record<Encoding, (body: Buffer) => Promise<Buffer>> = {
  // Quality 5: close to the best ratio for JSON at a fraction of quality 11's time, per request.
  br: (body) => promisify(brotliCompress)(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  gzip: (body) => promisify(gzip)(body, { level: 6 }),
};

// Only whole JSON answers: an event stream (subscriptions) or an incremental multipart answer
// must reach the client event by event, so it is never buffered here.
const COMPRESSIBLE = /^application\/(graphql-response\+)?json\b/i;

/**
 * Compresses GraphQL answers above `thresholdBytes` with the best encoding the client accepts.
 * Put it last among the plugins, so it sees the headers the others added (Set-Cookie).
 */
export function useResponseCompression(thresholdBytes = COMPRESSION_THRESHOLD_BYTES): Plugin {
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      if (!response.body || response.headers.has('content-encoding')) return;
      if (!COMPRESSIBLE.test(response.headers.get('content-type') ?? '')) return;
      response.headers.set('vary', varyOnEncoding(response.headers.get('vary')));
      const encoding = preferredEncoding(request.headers.get('accept-encoding'));
      if (!encoding) return;
      const body = Buffer.from(await response.arrayBuffer());
      const headers = new fetchAPI.Headers(response.headers);
      let sent: Buffer = body;
      if (body.length >= thresholdBytes) {
        sent = await compressors[encoding](body);
        headers.set('content-encoding', encoding);
      }
      headers.set('content-length', String(sent.length));
      setResponse(new fetchAPI.Response(new Uint8Array(sent), { status: response.status, statusText: response.statusText, headers }));
    },
  };
}
