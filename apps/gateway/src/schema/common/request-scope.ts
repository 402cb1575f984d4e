import { ForbiddenError, UnauthenticatedError } from '@kefu/domain/shared';
import type { RequesterPrincipal, StaffPrincipal } from '@kefu/domain/shared';
import type { GatewayContext } from '../../context.js';
import type { Loaders } from '../../loaders/loaders.js';

/** The signed-in viewer's site, loaders and principal; resolvers run only after the scopes passed. */
export function signedIn(ctx: GatewayContext): { siteId: string; loaders: Loaders; principal: StaffPrincipal | RequesterPrincipal } {
  const { principal } = ctx.viewer;
  if (principal.kind === 'anonymous' || !ctx.loaders) throw new UnauthenticatedError();
  return { siteId: principal.siteId, loaders: ctx.loaders, principal };
}

export function signedInStaff(ctx: GatewayContext): { siteId: string; loaders: Loaders; principal: StaffPrincipal } {
  const scope = signedIn(ctx);
  // Signed in, but as the wrong kind of user: refused, not asked to sign in again.
  if (scope.principal.kind !== 'staff') throw new ForbiddenError('staff only');
  return scope as { siteId: string; loaders: Loaders; principal: StaffPrincipal };
}

export function signedInRequester(ctx: GatewayContext): { siteId: string; loaders: Loaders; principal: RequesterPrincipal } {
  const scope = signedIn(ctx);
  if (scope.principal.kind !== 'requester') throw new ForbiddenError('requesters only');
  return scope as { siteId: string; loaders: Loaders; principal: RequesterPrincipal };
}
