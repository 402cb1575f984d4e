import type { UseCaseContext } from '../shared/use-case-context.js';

/** Tells the site's waiting views, once a change has committed, that they should refetch. */
export function publishReceptionChanged(uc: UseCaseContext): void {
  uc.pubsub.publish('receptionChanged', uc.principal.siteId, { siteId: uc.principal.siteId });
}
