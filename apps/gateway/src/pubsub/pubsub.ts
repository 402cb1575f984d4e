import { createPubSub } from 'graphql-yoga';

/**
 * The one seam every live update goes through. In-process by default; with a shared event
 * target (KEFU_SHARED_EVENTS=postgres: PostgreSQL LISTEN/NOTIFY, postgres-event-target.ts) several
 * gateway replicas see each other's events without any resolver changing.
 */
export type KefuTopics = {
  /** A ticket changed: subscribers refetch what they show. Keyed by ticket id. */
  ticketUpdated: [ticketId: string, payload: TicketUpdatedPayload];
  /** A site's org chart changed: cached charts are dropped. */
  orgChanged: [payload: { siteId: string }];
  /** A notification was written for a member of staff: their inbox refetches. Keyed by staff id. */
  notificationAdded: [recipientId: string, payload: { notificationId: string; siteId: string }];
  /** A site's hall waiting view changed (a visitor registered or received): open views refetch. */
  receptionWaitingChanged: [payload: { siteId: string }];
};

export type TicketUpdatedPayload = { ticketId: string; siteId: string; version: number };

type EventTarget = NonNullable<Parameters<typeof createPubSub>[0]>['eventTarget'];

/** An event target shared between replicas (postgres-event-target.ts), or the in-process default. */
type SharedTarget = Pick<globalThis.EventTarget, 'addEventListener' | 'removeEventListener' | 'dispatchEvent'> | EventTarget;

export const createKefuPubSub = (eventTarget?: SharedTarget) =>
  createPubSub<KefuTopics>(eventTarget ? { eventTarget: eventTarget as EventTarget } : {});
export type KefuPubSub = ReturnType<typeof createKefuPubSub>;
