import type { Database } from '@kefu/db/engine';
import type { OrgChartCache } from '../access/org-chart-cache.js';
import type { Logger } from '../logging/logger.js';
import type { KefuPubSub } from '../pubsub/pubsub.js';
import { notifyOverdueMessages, notifyOverdueRelays } from '../use-cases/notifications/notify-overdue-records.js';
import { escalateBreachedDeadlines } from '../use-cases/tickets/escalate-breached-deadlines.js';

/** What one sweep did: tickets escalated, overdue relays and messages told of. */
export type SweepTally = { tickets: number; relays: number; messages: number };

const NOTHING: SweepTally = { tickets: 0, relays: 0, messages: 0 };

export type EscalationSweep = {
  /** One sweep now, at the injected clock's instant. */
  runOnce(): Promise<SweepTally>;
  /** No further sweeps; resolves once a sweep under way has finished, before the database closes. */
  stop(): Promise<void>;
};

/**
 * Escalates breached ticket deadlines and tells of overdue relays and messages (issue §4: hand-over,
 * reply, resolve, follow-up, relay, message) once at start and then every `intervalMs`
 * (`KEFU_ESCALATION_SWEEP_MINUTES`). Every gateway replica runs its own; the sweep itself makes
 * each breach escalate once. A sweep still running when the next is due is not doubled; a failed
 * one is logged and the next one tries again.
 */
export function startEscalationSweep(
  db: Database,
  options: { intervalMs: number; logger: Logger; pubsub: KefuPubSub; orgCharts: OrgChartCache; now?: () => Date },
): EscalationSweep {
  const { intervalMs, logger, pubsub, orgCharts, now = () => new Date() } = options;
  let running: Promise<SweepTally> | null = null;

  const runOnce = (): Promise<SweepTally> => {
    running ??= (async () => {
      try {
        const sc = { db, pubsub, orgCharts, logger, now: now() };
        const tally = { tickets: await escalateBreachedDeadlines(sc), relays: await notifyOverdueRelays(sc), messages: await notifyOverdueMessages(sc) };
        logger.info('breached deadlines swept', tally);
        return tally;
      } catch (error) {
        logger.warn('escalation sweep failed', { error: error instanceof Error ? error.message : String(error) });
        return NOTHING;
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
