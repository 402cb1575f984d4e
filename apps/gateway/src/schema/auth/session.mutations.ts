import { SIGN_IN_THROTTLE } from '@kefu/domain/accounts';
import { builder } from '../../builder.js';
import type { GatewayContext } from '../../context.js';
import { viewerFromSession } from '../../access/viewer.js';
import { loadAccess } from '../../access/access.js';
import { createLoaders } from '../../loaders/loaders.js';
import { clearedSessionCookie, sessionCookie } from '../../http/session-cookie.js';
import { revokeStaffSessions } from '../../use-cases/auth/revoke-staff-sessions.js';
import { signIn } from '../../use-cases/auth/sign-in.js';
import { signOutEverywhere } from '../../use-cases/auth/sign-out-everywhere.js';
import { signOut } from '../../use-cases/auth/sign-out.js';
import { useCaseContext } from '../common/use-case-context.js';
import { StaffRef } from '../org/staff.js';
import { ViewerRef } from './viewer.js';

/** Session cookies are Secure whenever the request came over HTTPS, or always when configured so. */
const secureCookie = (ctx: GatewayContext) => ctx.services.config.secureCookies || ctx.client.https;

builder.mutationField('login', (t) =>
  t.field({
    type: ViewerRef,
    description: `Signs in with a username and password and sets the session cookie. Open to anyone. Failures are throttled per (username, address) pair: once a pair has ${SIGN_IN_THROTTLE.pairDelayAfter} failures within ${SIGN_IN_THROTTLE.windowMinutes} minutes, its UNAUTHENTICATED error (reason AUTH.INVALID_CREDENTIALS) tells how many tries are left (extensions.details.remainingAttempts) and each next try waits longer (1 s, doubling, at most ${SIGN_IN_THROTTLE.pairDelayCapSeconds} s); after ${SIGN_IN_THROTTLE.pairLockAfter} the pair is locked until the oldest of them is ${SIGN_IN_THROTTLE.windowMinutes} minutes old. A username's failures from every address only slow down the addresses that failed it (at most ${SIGN_IN_THROTTLE.usernameSlowDownCapSeconds} s), and an address with ${SIGN_IN_THROTTLE.addressLockAfter} failures within the window is refused only for usernames that failed there. A username tried from an address where it has not failed is never refused. A refused attempt answers TOO_MANY_REQUESTS with the seconds to wait (extensions.details.retryAfterSeconds).`,
    skipTypeScopes: true,
    authScopes: { public: true },
    args: {
      username: t.arg.string({ required: true, description: 'The account’s username (at most 64 characters).' }),
      password: t.arg.string({ required: true, description: 'The account’s password (at most 200 characters).' }),
    },
    resolve: async (_root, { username, password }, ctx) => {
      const { config, logger } = ctx.services;
      const session = await signIn(
        { db: ctx.db, now: ctx.now, logger, requestId: ctx.requestId, sessionTtlMs: config.sessionTtlMs },
        { username, password, address: ctx.client.address },
      );
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
      await signOut(ctx.db, ctx.viewer.sessionToken);
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
      const revoked = await signOutEverywhere(useCaseContext(ctx));
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
    resolve: (_root, { staffId }, ctx) => revokeStaffSessions(useCaseContext(ctx), staffId.id),
  }),
);
