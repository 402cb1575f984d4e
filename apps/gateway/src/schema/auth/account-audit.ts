import { listAccountEvents, type AccountEvent } from '@kefu/db/accounts';
import { ACCOUNT_EVENT_KINDS } from '@kefu/domain/accounts';
import { InputChecker } from '@kefu/domain/shared';
import { builder } from '../../builder.js';
import { forwardPagingOnly, PAGE_SIZE, toConnection } from '../common/connection.js';
import { domainEnum } from '../common/domain-enum.js';
import { signedInStaff } from '../common/request-scope.js';

const AccountEventKindEnum = domainEnum('AccountEventKind', ACCOUNT_EVENT_KINDS, 'What happened to a sign-in.', {
  created: 'A sign-in was created.',
  invited: 'A merchant or owner was invited to the portal.',
  invitation_used: 'An invitation became a sign-in.',
  password_changed: 'Its owner changed the password.',
  password_reset: 'A manager set a new password.',
  disabled: 'It was disabled.',
  enabled: 'It was enabled again.',
  sessions_revoked: 'Its sessions were ended.',
});

const AccountEventRef = builder.objectRef<AccountEvent>('AccountEvent').implement({
  description: 'One entry of the account audit log (账号审计日志). Needs `account.audit`.',
  authScopes: { can: 'account.audit' },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The entry’s id.' }),
    kind: t.field({ type: AccountEventKindEnum, description: 'What happened.', resolve: (e) => e.kind }),
    at: t.field({ type: 'DateTime', description: 'When.', resolve: (e) => e.at }),
    username: t.exposeString('username', { nullable: true, description: 'The sign-in it happened to; null for an invitation not yet used.' }),
    requesterName: t.exposeString('requesterName', { nullable: true, description: 'The merchant or owner concerned (shop name, else name), for requesters’ sign-ins and invitations.' }),
    actorUsername: t.exposeString('actorUsername', { nullable: true, description: 'Who did it; null when the owner did it themself.' }),
    sessionsRevoked: t.int({
      nullable: true,
      description: 'For sessions_revoked: how many sessions ended.',
      resolve: (e) => (typeof e.details.revoked === 'number' ? e.details.revoked : null),
    }),
  }),
});

builder.queryField('accountEvents', (t) =>
  t.connection(
    {
      type: AccountEventRef,
      description: 'The site’s account audit log, newest first. Needs `account.audit` (the director).',
      authScopes: { can: 'account.audit' },
      resolve: async (_root, args, ctx) => {
        const { siteId } = signedInStaff(ctx);
        forwardPagingOnly(args);
        new InputChecker().integer('first', args.first, { min: 1, max: PAGE_SIZE.max }).check();
        const page = await listAccountEvents(ctx.db, siteId, { first: args.first ?? PAGE_SIZE.default, after: args.after ?? null });
        return toConnection<AccountEvent>(page, args.after);
      },
    },
    { name: 'AccountEventConnection', description: 'A page of the account audit log.' },
    { name: 'AccountEventEdge', description: 'One entry in a page.' },
  ),
);
