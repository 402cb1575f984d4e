import { loadAccess } from '../../access/access.js';
import type { GatewayContext } from '../../context.js';
import type { UseCaseContext } from '../../use-cases/shared/use-case-context.js';
import { signedIn } from './request-scope.js';

/** The request as a use case sees it; anonymous requests never reach one. */
export function useCaseContext(ctx: GatewayContext): UseCaseContext {
  const { principal, loaders } = signedIn(ctx);
  return {
    db: ctx.db,
    now: ctx.now,
    principal,
    accountId: ctx.viewer.accountId!,
    access: () => ctx.access(),
    loaders,
    pubsub: ctx.services.pubsub,
    orgCharts: ctx.services.orgCharts,
    logger: ctx.services.logger,
    requestId: ctx.requestId,
    reloadAccess: () => {
      const access = loadAccess(ctx.db, ctx.viewer, ctx.services.orgCharts, ctx.now);
      ctx.access = () => access;
    },
  };
}
