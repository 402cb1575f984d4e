import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from './logger.js';

describe('createLogger on stdout', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes the lines of one event-loop turn together after it, in order, one JSON object per line', async () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
    const logger = createLogger('info');
    logger.info('request', { status: 200 });
    logger.debug('below the level');
    logger.warn('slow', { ms: 900 });
    expect(written).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(written).toHaveLength(1);
    const lines = written[0]!.split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).map((l) => JSON.parse(l) as Record<string, unknown>)).toMatchObject([
      { level: 'info', msg: 'request', status: 200 },
      { level: 'warn', msg: 'slow', ms: 900 },
    ]);
  });
});
