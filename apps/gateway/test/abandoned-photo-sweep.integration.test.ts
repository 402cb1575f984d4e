import { createHash } from 'node:crypto';
import { attachToTicket, insertAttachment } from '@kefu/db/tickets';
import { enginesUnderTest } from '@kefu/db/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startAbandonedPhotoSweep, type AbandonedPhotoSweep } from '../src/attachments/abandoned-photo-sweep.js';
import type { Logger } from '../src/logging/logger.js';
import { submitRequest } from '../src/use-cases/tickets/submit-request.js';
import { startUseCaseHarness } from './use-cases/use-case-harness.js';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const HOUR = 3_600_000;

const recordingLogger = () => {
  const lines: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) => void lines.push({ level, message, fields });
  const logger: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
  return { logger, removedCounts: () => lines.filter((l) => l.message === 'abandoned photos swept').map((l) => l.fields?.removed) };
};

describe.each(enginesUnderTest())('the abandoned photo sweep (%s)', (engine) => {
  let harness: Awaited<ReturnType<typeof startUseCaseHarness>>;
  const sweeps: AbandonedPhotoSweep[] = [];
  beforeAll(async () => {
    harness = await startUseCaseHarness(engine);
  });
  afterEach(async () => {
    await Promise.all(sweeps.splice(0).map((s) => s.stop()));
    vi.useRealTimers();
  });
  afterAll(() => harness.close());

  const start = (logger: Logger, intervalMs = HOUR) => {
    const sweep = startAbandonedPhotoSweep(harness.db, { intervalMs, logger });
    sweeps.push(sweep);
    return sweep;
  };
  /** Photos of `username` uploaded `ageMs` ago and not attached. */
  const uploadedAgo = async (username: string, ageMs: number, count = 1) => {
    const uc = await harness.as(username);
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const photo = await insertAttachment(harness.db, {
        siteId: uc.principal.siteId,
        uploaderAccountId: uc.accountId,
        contentType: 'image/png',
        sha256: createHash('sha256').update(PNG).digest('hex'),
        bytes: PNG,
      });
      ids.push(photo.id);
    }
    await harness.db.query('UPDATE attachments SET created_at = $2 WHERE id = ANY($1::uuid[])', [ids, new Date(Date.now() - ageMs)]);
    return ids;
  };
  const stillThere = async (ids: string[]) =>
    (await harness.db.query<{ id: string }>('SELECT id FROM attachments WHERE id = ANY($1::uuid[]) ORDER BY id', [ids])).map((r) => r.id).sort();

  it('removes only photos left unattached for more than 24 hours, and logs how many', async () => {
    const abandoned = await uploadedAgo('merchant1', 25 * HOUR, 2);
    const recent = await uploadedAgo('merchant1', 23 * HOUR);
    const [sentLongAgo] = await uploadedAgo('merchant2', 72 * HOUR);
    const merchant2 = await harness.as('merchant2');
    const ticket = await submitRequest(merchant2, { kind: 'repair', title: '灯不亮', description: '店招灯箱不亮。' }, 'sweep-keeps-0001');
    await attachToTicket(harness.db, { siteId: ticket.siteId, uploaderAccountId: merchant2.accountId, ticketId: ticket.id, ids: [sentLongAgo!] });

    const { logger, removedCounts } = recordingLogger();
    const sweep = start(logger);
    expect(await sweep.runOnce()).toBe(2);
    expect(removedCounts()).toEqual([2]);
    expect(await stillThere([...abandoned, ...recent, sentLongAgo!])).toEqual([...recent, sentLongAgo!].sort());
  });

  it('removes each photo once when two replicas sweep at the same moment', async () => {
    const abandoned = await uploadedAgo('merchant3', 30 * HOUR, 5);
    const one = recordingLogger();
    const two = recordingLogger();
    const [a, b] = [start(one.logger), start(two.logger)];
    const [removedByA, removedByB] = await Promise.all([a.runOnce(), b.runOnce()]);
    expect(removedByA + removedByB).toBe(abandoned.length);
    expect([...one.removedCounts(), ...two.removedCounts()].reduce((sum: number, n) => sum + Number(n), 0)).toBe(abandoned.length);
    expect(await stillThere(abandoned)).toEqual([]);
  });

  it('sweeps again every interval until it is stopped', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { logger, removedCounts } = recordingLogger();
    const sweep = start(logger, 10 * 60_000);
    await sweep.runOnce(); // the sweep at start

    const later = await uploadedAgo('owner1', 25 * HOUR);
    vi.advanceTimersByTime(10 * 60_000);
    // Stopping waits for the sweep the interval started; it starts none of its own.
    await sweep.stop();
    expect(await stillThere(later)).toEqual([]);
    expect(removedCounts().at(-1)).toBe(1);

    const counted = removedCounts().length;
    const afterStop = await uploadedAgo('owner1', 25 * HOUR);
    vi.advanceTimersByTime(60 * 60_000);
    expect(await stillThere(afterStop)).toEqual(afterStop);
    expect(removedCounts()).toHaveLength(counted);
  });
});
