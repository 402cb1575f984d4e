import { claimMessageOverdueNotice, findMessageEscalation, findOverdueMessagesToNotify } from '@kefu/db/messages';
import { insertNotifications } from '@kefu/db/notifications';
import { claimRelayOverdueNotice, findDepartmentById, findOverdueRelaysToNotify, type OverdueCursor } from '@kefu/db/relays';
import { isEscalated, type Message } from '@kefu/domain/messages';
import { messageOverdueNotifications, relayOverdueNotifications, type Notification } from '@kefu/domain/notifications';
import { isRelayOverdue, type Relay } from '@kefu/domain/relays';
import type { SweepContext } from '../tickets/escalate-breached-deadlines.js';
import { publishNotifications } from './notify-ticket-event.js';

const PAGE = 200;

/**
 * Walks a keyset-paged list of candidates, handling each in its own transaction; one that fails
 * is logged and left for the next sweep. Answers how many were told of.
 */
async function sweepPages<T extends { id: string }>(
  sc: SweepContext,
  what: string,
  page: (after: OverdueCursor | undefined) => Promise<T[]>,
  keyOf: (record: T) => Date,
  one: (record: T) => Promise<Notification[] | null>,
): Promise<number> {
  let after: OverdueCursor | undefined;
  let told = 0;
  for (;;) {
    const records = await page(after);
    for (const record of records) {
      try {
        const written = await one(record);
        if (written === null) continue;
        told += 1;
        publishNotifications(sc.pubsub, written);
      } catch (error) {
        sc.logger.warn(`notifying an overdue ${what} failed`, { id: record.id, error: error instanceof Error ? error.message : String(error) });
      }
    }
    const last = records.at(-1);
    if (records.length < PAGE || !last) return told;
    after = { at: keyOf(last), id: last.id };
  }
}

/**
 * Relays past their due time and still unanswered: each is told of once (the claim on the
 * relay's row), to whom the domain says (`relayOverdueNotifications`), in the transaction that
 * claims it. Answers how many relays were told of.
 */
export function notifyOverdueRelays(sc: SweepContext): Promise<number> {
  return sweepPages<Relay>(
    sc,
    'relay',
    (after) => findOverdueRelaysToNotify(sc.db, sc.now, { first: PAGE, after }),
    (relay) => relay.dueAt,
    async (candidate) => {
      if (!isRelayOverdue(candidate, sc.now)) return null;
      const chart = await sc.orgCharts.get(sc.db, candidate.siteId);
      return sc.db.transaction(async (tx) => {
        const relay = await claimRelayOverdueNotice(tx, candidate.siteId, candidate.id, sc.now);
        if (!relay) return null;
        const department = await findDepartmentById(tx, relay.siteId, relay.departmentId);
        return insertNotifications(tx, relayOverdueNotifications(relay, department, chart, sc.now));
      });
    },
  );
}

/**
 * Messages unacknowledged past their site's escalation time: each is told of once, to the next
 * one up the taker's line (`messageOverdueNotifications`). Answers how many messages were told of.
 */
export function notifyOverdueMessages(sc: SweepContext): Promise<number> {
  const minutesOf = new Map<string, Promise<number>>();
  const minutes = (siteId: string): Promise<number> => {
    let known = minutesOf.get(siteId);
    if (!known) {
      known = findMessageEscalation(sc.db, siteId);
      minutesOf.set(siteId, known);
    }
    return known;
  };
  return sweepPages<Message>(
    sc,
    'message',
    (after) => findOverdueMessagesToNotify(sc.db, sc.now, { first: PAGE, after }),
    (message) => message.takenAt,
    async (candidate) => {
      if (!isEscalated(candidate, sc.now, await minutes(candidate.siteId))) return null;
      const chart = await sc.orgCharts.get(sc.db, candidate.siteId);
      return sc.db.transaction(async (tx) => {
        const message = await claimMessageOverdueNotice(tx, candidate.siteId, candidate.id, sc.now);
        if (!message) return null;
        return insertNotifications(tx, messageOverdueNotifications(message, chart, sc.now));
      });
    },
  );
}
