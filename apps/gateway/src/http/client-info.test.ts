import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientInfo } from './client-info.js';

const req = (remoteAddress: string, encrypted = false) => ({ socket: { remoteAddress, encrypted } }) as unknown as IncomingMessage;
const request = (headers: Record<string, string>, url = 'http://kefu.test/graphql') => new Request(url, { headers });

describe('clientInfo', () => {
  const forwarded = { 'x-forwarded-for': '1.2.3.4, 10.0.0.7', 'x-forwarded-proto': 'https' };

  it('ignores forwarding headers unless the proxy is trusted: they are the caller’s own word', () => {
    expect(clientInfo(request(forwarded), req('10.0.0.2'), false)).toEqual({ address: '10.0.0.2', https: false });
  });

  it('behind a trusted proxy, takes the address the proxy added and its protocol', () => {
    expect(clientInfo(request(forwarded), req('10.0.0.2'), true)).toEqual({ address: '10.0.0.7', https: true });
    expect(clientInfo(request({ 'x-forwarded-proto': 'http' }), req('10.0.0.2', true), true)).toEqual({ address: '10.0.0.2', https: false });
  });

  it('knows a TLS socket is HTTPS', () => {
    expect(clientInfo(request({}), req('10.0.0.2', true), false).https).toBe(true);
  });

  it('has no address for a request that came without a socket', () => {
    expect(clientInfo(request({}, 'https://kefu.test/graphql'), undefined, false)).toEqual({ address: null, https: true });
  });
});
