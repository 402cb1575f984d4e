import type { Queryable } from '@kefu/db/engine';
import { purgeUnattachedAttachments } from '@kefu/db/tickets';
import { abandonedPhotosBefore } from '@kefu/domain/tickets';
import type { Logger } from '../logging/logger.js';

export type AbandonedPhotoSweep = {
  /** One sweep now: deletes the photos abandoned at this instant and answers how many. */
  runOnce(): Promise<number>;
  /** No further sweeps; resolves once a sweep under way has finished, before the database closes. */
  stop(): Promise<void>;
};

/**
 * Deletes photos uploaded for a request that was never submitted, once at start and then every
 * `intervalMs`. Every gateway replica runs its own: the delete itself lets each photo go once
 * (see `purgeUnattachedAttachments`), so replicas need no coordination. A sweep still running
 * when the next is due is not doubled; a failed one is logged and the next one tries again.
 */
export function startAbandonedPhotoSweep(
  db: Queryable,
  options: { intervalMs: number; logger: Logger; now?: () => Date },
): AbandonedPhotoSweep {
  const { intervalMs, logger, now = () => new Date() } = options;
  let running: Promise<number> | null = null;

  const runOnce = (): Promise<number> => {
    running ??= (async () => {
      try {
        const removed = await purgeUnattachedAttachments(db, abandonedPhotosBefore(now()));
        logger.info('abandoned photos swept', { removed });
        return removed;
      } catch (error) {
        logger.warn('abandoned photo sweep failed', { error: error instanceof Error ? error.message : String(error) });
        return 0;
      } finally {
        running = null;
      }
    })();
    return running;
  };

  const timer = setInterval(() => void runOnce(), intervalMs);
  // The sweep never keeps the process alive on its own.
  timer.unref();
  void runOnce();

  return {
    runOnce,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
