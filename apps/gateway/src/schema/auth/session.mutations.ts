import {
  clearLoginFailures,
  countRecentLoginFailures,
  createSession,
  findAccountForLogin,
  recordLoginFailure,
  revokeAllSessionsOf,
  revokeAllSessionsOfStaff,
  revokeSession,
  verifyPassword,
} from '@kefu/db/accounts';
import { ForbiddenError, InputChecker } from '@kefu/domain/shared';
import { builder } from '../../builder.js';
import type { GatewayContext } from '../../context.js';
import { viewerFromSession } from '../../access/viewer.js';
import { loadAccess } from '../../access/access.js';
import { createLoaders } from '../../loaders/loaders.js';
import { clearedSessionCookie, sessionCookie } from '../../http/session-cookie.js';
import { signedIn, signedInStaff } from '../common/request-scope.js';
import { StaffRef } from '../org/staff.js';
import { InvalidCredentialsError, LoginThrottledError } from './auth.errors.js';
import { ViewerRef } from './viewer.js';

// Verifying against a throwaway hash when the username is unknown keeps the answer's timing alike.
const UNKNOWN_USER_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/**
 * Sign-in is refused once a username, or an address, has this many failures within the window.
 * The counters live in the database, so every replica sees the same ones.
 */
export const LOGIN_THROTTLE = { maxFailures: 10, windowMinutes: 15 } as const;

/** Session cookies are Secure whenever the request came over HTTPS, or always when configured so. */
const secureCookie = (ctx: GatewayContext) => ctx.services.config.secureCookies || ctx.client.https;

builder.mutationField('login', (t) =>
  t.field({
    type: ViewerRef,
    description: `Signs in with a username and password and sets the session cookie. After ${LOGIN_THROTTLE.maxFailures} failures for a username or from an address within ${LOGIN_THROTTLE.windowMinutes} minutes, sign-in is refused (TOO_MANY_REQUESTS) until the window passes. Open to anyone.`,
    skipTypeScopes: true,
    authScopes: { public: true },
    args: {
      username: t.arg.string({ required: true, description: 'The account’s username (at most 64 characters).' }),
      password: t.arg.string({ required: true, description: 'The account’s password (at most 200 characters).' }),
    },
    resolve: async (_root, { username, password }, ctx) => {
      new InputChecker()
        .text('username', username, { required: true, max: 64 })
        .text('password', password, { required: true, max: 200 })
        .check();
      const { config, logger } = ctx.services;
      const attempt = { username, address: ctx.client.address };
      const since = new Date(ctx.now.getTime() - LOGIN_THROTTLE.windowMinutes * 60_000);
      const failures = await countRecentLoginFailures(ctx.db, attempt, since);
      if (failures.byUsername >= LOGIN_THROTTLE.maxFailures || failures.byAddress >= LOGIN_THROTTLE.maxFailures) {
        logger.warn('sign-in throttled', { requestId: ctx.requestId, username: username.trim(), address: attempt.address, ...failures });
        throw new LoginThrottledError(LOGIN_THROTTLE.windowMinutes);
      }
      const found = await findAccountForLogin(ctx.db, username.trim());
      const valid = await verifyPassword(password, found?.passwordHash ?? UNKNOWN_USER_HASH);
      if (!found || !valid || found.account.disabled) {
        await recordLoginFailure(ctx.db, attempt, ctx.now);
        throw new InvalidCredentialsError();
      }
      await clearLoginFailures(ctx.db, username);
      const session = await createSession(ctx.db, found.account.id, found.account.siteId, config.sessionTtlMs, ctx.now);
      ctx.responseCookies.push(sessionCookie(session.token, session.expiresAt, secureCookie(ctx)));
      // The rest of this request sees the new viewer, so the payload can describe them.
      ctx.viewer = await viewerFromSession(ctx.db, session.token, ctx.now);
      if (ctx.viewer.principal.kind !== 'anonymous') ctx.loaders = createLoaders(ctx.db, ctx.viewer.principal.siteId);
      const access = loadAccess(ctx.db, ctx.viewer, ctx.services.orgCharts, ctx.now);
      ctx.access = () => access;
      return { ctx };
    },
  }),
);

builder.mutationField('logout', (t) =>
  t.boolean({
    description: 'Ends the current session and clears the cookie. Open to anyone; always true.',
    skipTypeScopes: true,
    authScopes: { public: true },
    resolve: async (_root, _args, ctx) => {
      if (ctx.viewer.sessionToken) await revokeSession(ctx.db, ctx.viewer.sessionToken);
      ctx.responseCookies.push(clearedSessionCookie(secureCookie(ctx)));
      return true;
    },
  }),
);

builder.mutationField('signOutEverywhere', (t) =>
  t.int({
    description: "Ends every session of the viewer's account, this one included; returns how many were ended. Any signed-in viewer.",
    authScopes: { signedIn: true },
    resolve: async (_root, _args, ctx) => {
      signedIn(ctx);
      const revoked = await revokeAllSessionsOf(ctx.db, ctx.viewer.accountId!);
      ctx.responseCookies.push(clearedSessionCookie(secureCookie(ctx)));
      return revoked;
    },
  }),
);

builder.mutationField('revokeStaffSessions', (t) =>
  t.int({
    description: "Signs a member of staff out on every device at once (a lost phone, a departure); returns how many sessions were ended. Needs `staff.edit` over that person.",
    authScopes: { can: 'staff.edit' },
    args: { staffId: t.arg.globalID({ for: StaffRef, required: true, description: 'The member of staff’s global id.' }) },
    resolve: async (_root, { staffId }, ctx) => {
      const { siteId } = signedInStaff(ctx);
      const access = await ctx.access();
      if (!access.can('staff.edit', { type: 'staff', siteId, staffId: staffId.id })) throw new ForbiddenError('staff.edit');
      const revoked = await revokeAllSessionsOfStaff(ctx.db, siteId, staffId.id);
      ctx.services.logger.info('staff sessions revoked', { requestId: ctx.requestId, staffId: staffId.id, revoked });
      return revoked;
    },
  }),
);
