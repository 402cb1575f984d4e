import { invitationState, INVITATION_VALID_DAYS, type Account, type Invitation } from '@kefu/domain/accounts';
import { builder } from '../../builder.js';
import { viewerFromSession } from '../../access/viewer.js';
import { loadAccess } from '../../access/access.js';
import { createLoaders } from '../../loaders/loaders.js';
import { sessionCookie } from '../../http/session-cookie.js';
import {
  inviteRequester,
  redeemInvitation,
  requesterAccess,
  revokeInvitation,
  setRequesterSignInDisabled,
  type NewInvitation,
} from '../../use-cases/auth/requester-invitation.js';
import { domainEnum } from '../common/domain-enum.js';
import { useCaseContext } from '../common/use-case-context.js';
import { RequesterRef } from '../requesters/requester.js';
import { ViewerRef } from './viewer.js';

const InvitationStateEnum = domainEnum('InvitationState', ['open', 'used', 'revoked', 'expired'] as const, 'Where an invitation to the portal stands.', {
  open: 'Not yet used and still valid.',
  used: 'Used: it became a sign-in.',
  revoked: 'Withdrawn by a clerk before use.',
  expired: `Not used within ${INVITATION_VALID_DAYS} days.`,
});

const InvitationRef = builder.objectRef<Invitation>('RequesterInvitation').implement({
  description: 'An invitation to the portal (网上服务邀请) for a merchant or owner; its code is shown once, when made. Needs `requester.invite`.',
  authScopes: { can: 'requester.invite' },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The invitation’s id, as revokeInvitation takes it.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was made.', resolve: (i) => i.createdAt }),
    expiresAt: t.field({ type: 'DateTime', description: `When it stops holding (${INVITATION_VALID_DAYS} days after it was made).`, resolve: (i) => i.expiresAt }),
    usedAt: t.field({ type: 'DateTime', nullable: true, description: 'When it became a sign-in.', resolve: (i) => i.usedAt }),
    state: t.field({ type: InvitationStateEnum, description: 'Open, used, revoked or expired, now.', resolve: (i, _a, ctx) => invitationState(i, ctx.now) }),
  }),
});

const IssuedInvitationRef = builder.objectRef<NewInvitation>('IssuedInvitation').implement({
  description: 'A new invitation with its code: shown this once and never again. Reached only through `inviteRequester`.',
  authScopes: { can: 'requester.invite' },
  fields: (t) => ({
    invitation: t.field({ type: InvitationRef, description: 'The invitation.', resolve: (n) => n.invitation }),
    code: t.exposeString('code', { description: 'The one-time code (16 letters and digits, no look-alikes).' }),
    portalPath: t.string({ description: 'The portal address carrying the code, from the site’s root: /portal/?invitation=….', resolve: (n) => `/portal/?invitation=${n.code}` }),
  }),
});

const RequesterSignInRef = builder.objectRef<Account>('RequesterSignIn').implement({
  description: 'A merchant’s or owner’s sign-in to the portal (one per person: a shop may have several). Needs `requester.invite`.',
  authScopes: { can: 'requester.invite' },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The sign-in’s id, as setRequesterSignInDisabled takes it.' }),
    username: t.exposeString('username', { description: 'The name its owner chose.' }),
    disabled: t.exposeBoolean('disabled', { description: 'Disabled: it cannot sign in.' }),
  }),
});

builder.objectField(RequesterRef, 'signIns', (t) =>
  t.field({
    type: [RequesterSignInRef],
    description: 'The requester’s sign-ins to the portal. Needs `requester.invite`.',
    authScopes: { can: 'requester.invite' },
    resolve: async (requester, _args, ctx) => (await requesterAccess(useCaseContext(ctx), requester.id)).signIns,
  }),
);

builder.objectField(RequesterRef, 'invitations', (t) =>
  t.field({
    type: [InvitationRef],
    description: 'The invitations made for the requester, newest first (at most 100). Needs `requester.invite`.',
    authScopes: { can: 'requester.invite' },
    resolve: async (requester, _args, ctx) => (await requesterAccess(useCaseContext(ctx), requester.id)).invitations,
  }),
);

builder.mutationField('inviteRequester', (t) =>
  t.field({
    type: IssuedInvitationRef,
    description: `Invites a merchant or owner to the portal: a one-time code, valid ${INVITATION_VALID_DAYS} days, with which they choose a username and password. INVALID_OPERATION (ACCOUNT.NOT_INVITABLE) for a shopper. Needs \`requester.invite\`.`,
    authScopes: { can: 'requester.invite' },
    args: { requesterId: t.arg.id({ required: true, description: 'The requester’s id.' }) },
    resolve: (_root, { requesterId }, ctx) => inviteRequester(useCaseContext(ctx), requesterId),
  }),
);

builder.mutationField('revokeInvitation', (t) =>
  t.field({
    type: InvitationRef,
    description: 'Withdraws an invitation not yet used; one used, revoked or expired is answered as it is. Needs `requester.invite`.',
    authScopes: { can: 'requester.invite' },
    args: { id: t.arg.id({ required: true, description: 'The invitation’s id.' }) },
    resolve: (_root, { id }, ctx) => revokeInvitation(useCaseContext(ctx), id),
  }),
);

builder.mutationField('setRequesterSignInDisabled', (t) =>
  t.field({
    type: RequesterSignInRef,
    description: 'Disables a requester’s sign-in, ending every session of it at once, or enables it again. Needs `requester.invite`.',
    authScopes: { can: 'requester.invite' },
    args: {
      id: t.arg.id({ required: true, description: 'The sign-in’s id.' }),
      disabled: t.arg.boolean({ required: true, description: 'True to disable, false to enable.' }),
    },
    resolve: (_root, { id, disabled }, ctx) => setRequesterSignInDisabled(useCaseContext(ctx), id, disabled),
  }),
);

const RedeemInvitationInput = builder.inputType('RedeemInvitationInput', {
  description: 'An invitation code and the sign-in its owner chooses.',
  fields: (t) => ({
    code: t.string({ required: true, description: 'The code from the invitation (case, spaces and dashes do not matter).' }),
    username: t.string({ required: true, description: 'Sign-in name: 3–32 letters, digits, dots, dashes or underscores; stored in lower case; unique.' }),
    password: t.string({ required: true, description: 'Password: at least 10 characters, not containing the username, not one of the 10,000 most common.' }),
  }),
});

builder.mutationField('redeemInvitation', (t) =>
  t.field({
    type: ViewerRef,
    description:
      'Turns an invitation into a sign-in and signs it in (sets the session cookie). Open to anyone holding a code; BAD_USER_INPUT (ACCOUNT.INVITATION_INVALID on input.code) for a code unknown, used, revoked or expired, CONFLICT for a taken username.',
    skipTypeScopes: true,
    authScopes: { public: true },
    args: { input: t.arg({ type: RedeemInvitationInput, required: true, description: 'The code and the chosen sign-in.' }) },
    resolve: async (_root, { input }, ctx) => {
      const { config } = ctx.services;
      const session = await redeemInvitation({ db: ctx.db, now: ctx.now, sessionTtlMs: config.sessionTtlMs }, input);
      ctx.responseCookies.push(sessionCookie(session.token, session.expiresAt, config.secureCookies || ctx.client.https));
      ctx.viewer = await viewerFromSession(ctx.db, session.token, ctx.now);
      if (ctx.viewer.principal.kind !== 'anonymous') ctx.loaders = createLoaders(ctx.db, ctx.viewer.principal.siteId);
      const access = loadAccess(ctx.db, ctx.viewer, ctx.services.orgCharts, ctx.now);
      ctx.access = () => access;
      return { ctx };
    },
  }),
);
