import { createPubSub } from 'graphql-yoga';

/**
 * The one seam every live update goes through. In-process by default; pass a shared event
 * target (e.g. `@graphql-yoga/redis-event-target`) and several gateway replicas see each other's
 * events without any resolver changing.
 */
export type KefuTopics = {
  /** A ticket changed: subscribers refetch what they show. Keyed by ticket id. */
  ticketUpdated: [ticketId: string, payload: TicketUpdatedPayload];
  /** A site's org chart changed: cached charts are dropped. */
  orgChanged: [payload: { siteId: string }];
  /** A notification was written for a member of staff: their inbox refetches. Keyed by staff id. */
  notificationAdded: [recipientId: string, payload: { notificationId: string; siteId: string }];
};

export type TicketUpdatedPayload = { ticketId: string; siteId: string; version: number };

type EventTarget = NonNullable<Parameters<typeof createPubSub>[0]>['eventTarget'];

export const createKefuPubSub = (eventTarget?: EventTarget) => createPubSub<KefuTopics>(eventTarget ? { eventTarget } : {});
export type KefuPubSub = ReturnType<typeof createKefuPubSub>;
