import type { Database } from '@kefu/db/engine';
import { ForbiddenError, type RequesterPrincipal, type StaffPrincipal } from '@kefu/domain/shared';
import type { OrgChartCache } from '../../access/org-chart-cache.js';
import type { Access } from '../../context.js';
import type { Loaders } from '../../loaders/loaders.js';
import type { Logger } from '../../logging/logger.js';
import type { KefuPubSub } from '../../pubsub/pubsub.js';

/**
 * What a use case knows of the request: who acts, on which site, at which instant, and the
 * ports it reads, writes and publishes through. Plain values and no GraphQL, so a test builds
 * one over a database of its own.
 */
export type UseCaseContext = {
  db: Database;
  /** The request's clock: every rule of one command sees the same instant. */
  now: Date;
  /** The signed-in viewer; the site a use case acts in is always theirs. */
  principal: StaffPrincipal | RequesterPrincipal;
  /** The signed-in account: idempotency keys and uploaded photos belong to it. */
  accountId: string;
  access(): Promise<Access>;
  /** The request's batch loaders: a record the resolvers already read costs nothing here. */
  loaders: Loaders;
  pubsub: KefuPubSub;
  orgCharts: OrgChartCache;
  logger: Logger;
  /** Carried into every log line, as the error a client sees carries it. */
  requestId: string;
  /** After an org change: the rest of the request decides against the new chart. */
  reloadAccess(): void;
};

export type StaffUseCaseContext = UseCaseContext & { principal: StaffPrincipal };
export type RequesterUseCaseContext = UseCaseContext & { principal: RequesterPrincipal };

/** Signed in, but as the wrong kind of user: refused, not asked to sign in again. */
export function asStaff(uc: UseCaseContext): StaffUseCaseContext {
  if (uc.principal.kind !== 'staff') throw new ForbiddenError('staff only');
  return uc as StaffUseCaseContext;
}

export function asRequester(uc: UseCaseContext): RequesterUseCaseContext {
  if (uc.principal.kind !== 'requester') throw new ForbiddenError('requesters only');
  return uc as RequesterUseCaseContext;
}
