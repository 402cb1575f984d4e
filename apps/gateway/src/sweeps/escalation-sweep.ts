import type { Database } from '@kefu/db/engine';
import type { OrgChartCache } from '../access/org-chart-cache.js';
import type { Logger } from '../logging/logger.js';
import type { KefuPubSub } from '../pubsub/pubsub.js';
import { escalateBreachedDeadlines } from '../use-cases/tickets/escalate-breached-deadlines.js';

export type EscalationSweep = {
  /** One sweep now, at the injected clock's instant; answers how many tickets were escalated. */
  runOnce(): Promise<number>;
  /** No further sweeps; resolves once a sweep under way has finished, before the database closes. */
  stop(): Promise<void>;
};

/**
 * Escalates breached deadlines once at start and then every `intervalMs`
 * (`KEFU_ESCALATION_SWEEP_MINUTES`). Every gateway replica runs its own; the sweep itself makes
 * each breach escalate once. A sweep still running when the next is due is not doubled; a failed
 * one is logged and the next one tries again.
 */
export function startEscalationSweep(
  db: Database,
  options: { intervalMs: number; logger: Logger; pubsub: KefuPubSub; orgCharts: OrgChartCache; now?: () => Date },
): EscalationSweep {
  const { intervalMs, logger, pubsub, orgCharts, now = () => new Date() } = options;
  let running: Promise<number> | null = null;

  const runOnce = (): Promise<number> => {
    running ??= (async () => {
      try {
        const escalated = await escalateBreachedDeadlines({ db, pubsub, orgCharts, logger, now: now() });
        logger.info('breached deadlines swept', { escalated });
        return escalated;
      } catch (error) {
        logger.warn('escalation sweep failed', { error: error instanceof Error ? error.message : String(error) });
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
