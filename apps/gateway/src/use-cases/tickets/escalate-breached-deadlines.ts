import type { Database } from '@kefu/db/engine';
import { claimDeadlineEscalations, findBreachCandidates, lockTicketForSweep, updateTicket, appendTicketEvent, type BreachCursor } from '@kefu/db/tickets';
import { escalationTarget } from '@kefu/domain/org';
import type { Notification } from '@kefu/domain/notifications';
import { breachedDeadlines, escalateBreaches, nextDeadline, type DeadlineBreach, type Ticket } from '@kefu/domain/tickets';
import type { OrgChartCache } from '../../access/org-chart-cache.js';
import type { Logger } from '../../logging/logger.js';
import type { KefuPubSub } from '../../pubsub/pubsub.js';
import { planNotifications, publishNotifications } from '../notifications/notify-ticket-event.js';

/** What one sweep runs on: not a request, so no viewer — the system acts. */
export type SweepContext = {
  db: Database;
  pubsub: KefuPubSub;
  orgCharts: OrgChartCache;
  logger: Logger;
  /** The sweep's clock: every ticket of one sweep is judged at the same instant. */
  now: Date;
};

const PAGE = 200;

const sameBreach = (a: DeadlineBreach, b: DeadlineBreach): boolean => a.kind === b.kind && a.dueAt.getTime() === b.dueAt.getTime();

/**
 * One ticket in one transaction: lock its row, ask the domain which deadlines are breached and
 * who is next up the reporting line (acting holders count; a vacant seat is skipped), claim the
 * breaches not yet escalated, and escalate once for them. Answers the ticket when it escalated.
 */
async function escalateOne(sc: SweepContext, siteId: string, ticketId: string): Promise<{ saved: Ticket; told: Notification[] } | null> {
  const chart = await sc.orgCharts.get(sc.db, siteId);
  return sc.db.transaction(async (tx) => {
    const ticket = await lockTicketForSweep(tx, siteId, ticketId);
    if (!ticket) return null;
    const breaches = breachedDeadlines(ticket, sc.now);
    if (breaches.length === 0) return null;
    const target = escalationTarget(chart, ticket.assigneeId, ticket.unitId, sc.now);
    if (!target) return null;
    const claimed = await claimDeadlineEscalations(tx, ticket, breaches, target.staffId, sc.now);
    if (claimed.length === 0) return null;
    const { ticket: next, event } = escalateBreaches(ticket, claimed, target.staffId, { now: sc.now, actor: { kind: 'system', id: null } });
    const saved = await updateTicket(tx, next, ticket.version);
    const notify = planNotifications(chart, saved, event, sc.now);
    await appendTicketEvent(tx, notify.event);
    return { saved, told: await notify.write(tx) };
  });
}

/**
 * The escalation sweep, once: every ticket of every site with a breached deadline not yet
 * escalated goes one step up its reporting line, recorded in its timeline. Safe to run in
 * several replicas at once: the row lock and the claim's primary key let each breach escalate
 * once. A ticket that fails (a concurrent edit, a chart being changed) is logged and tried again
 * by the next sweep. Answers how many tickets were escalated.
 */
export async function escalateBreachedDeadlines(sc: SweepContext): Promise<number> {
  let after: BreachCursor | undefined;
  let escalated = 0;
  for (;;) {
    const page = await findBreachCandidates(sc.db, sc.now, { first: PAGE, after });
    for (const { ticket, escalated: done } of page) {
      const open = breachedDeadlines(ticket, sc.now).filter((b) => !done.some((d) => sameBreach(b, d)));
      if (open.length === 0) continue;
      try {
        const done = await escalateOne(sc, ticket.siteId, ticket.id);
        if (!done) continue;
        const { saved, told } = done;
        escalated += 1;
        publishNotifications(sc.pubsub, told);
        sc.pubsub.publish('ticketUpdated', saved.id, { ticketId: saved.id, siteId: saved.siteId, version: saved.version });
      } catch (error) {
        sc.logger.warn('escalating a breached deadline failed', {
          ticketId: ticket.id,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
    const last = page.at(-1);
    const lastDue = last ? nextDeadline(last.ticket) : null;
    if (page.length < PAGE || !last || !lastDue) return escalated;
    after = { dueAt: lastDue, id: last.ticket.id };
  }
}
