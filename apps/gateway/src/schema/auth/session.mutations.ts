import { createSession, findAccountForLogin, revokeSession, verifyPassword } from '@kefu/db';
import { InputChecker } from '@kefu/domain/shared';
import { builder } from '../../builder.js';
import { viewerFromSession } from '../../access/viewer.js';
import { loadAccess } from '../../access/access.js';
import { createLoaders } from '../../loaders/loaders.js';
import { clearedSessionCookie, sessionCookie } from '../../http/session-cookie.js';
import { InvalidCredentialsError } from './auth.errors.js';
import { ViewerRef } from './viewer.js';

// Verifying against a throwaway hash when the username is unknown keeps the answer's timing alike.
const UNKNOWN_USER_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

builder.mutationField('login', (t) =>
  t.field({
    type: ViewerRef,
    description: 'Signs in with a username and password and sets the session cookie.',
    skipTypeScopes: true,
    authScopes: { public: true },
    args: {
      username: t.arg.string({ required: true }),
      password: t.arg.string({ required: true }),
    },
    resolve: async (_root, { username, password }, ctx) => {
      new InputChecker()
        .text('username', username, { required: true, max: 64 })
        .text('password', password, { required: true, max: 200 })
        .check();
      const found = await findAccountForLogin(ctx.db, username.trim());
      const valid = await verifyPassword(password, found?.passwordHash ?? UNKNOWN_USER_HASH);
      if (!found || !valid || found.account.disabled) throw new InvalidCredentialsError();
      const { config } = ctx.services;
      const session = await createSession(ctx.db, found.account.id, found.account.siteId, config.sessionTtlMs, ctx.now);
      ctx.responseCookies.push(sessionCookie(session.token, session.expiresAt, config.secureCookies));
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
    description: 'Ends the current session and clears the cookie.',
    skipTypeScopes: true,
    authScopes: { public: true },
    resolve: async (_root, _args, ctx) => {
      if (ctx.viewer.sessionToken) await revokeSession(ctx.db, ctx.viewer.sessionToken);
      ctx.responseCookies.push(clearedSessionCookie(ctx.services.config.secureCookies));
      return true;
    },
  }),
);
