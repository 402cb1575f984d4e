import { findAccountsOfStaff, sessionIdOf, type SessionSummary } from '@kefu/db/accounts';
import type { Account } from '@kefu/domain/accounts';
import { builder } from '../../builder.js';
import { changeOwnPassword, mySessions, revokeMySession } from '../../use-cases/auth/own-account.js';
import { createStaffSignIn, resetStaffPassword, setStaffSignInDisabled } from '../../use-cases/auth/staff-sign-in.js';
import { signedInStaff } from '../common/request-scope.js';
import { useCaseContext } from '../common/use-case-context.js';
import { StaffRef } from '../org/staff.js';
import { ViewerRef } from './viewer.js';

export const SignInRef = builder.objectRef<Account>('SignIn').implement({
  description: 'A member of staff’s sign-in (登录账号), as a manager sees it. Needs `staff.edit`.',
  authScopes: { can: 'staff.edit' },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The sign-in’s id, as the sign-in mutations take it.' }),
    username: t.exposeString('username', { description: 'The name it signs in with.' }),
    disabled: t.exposeBoolean('disabled', { description: 'Disabled: it cannot sign in.' }),
    mustChangePassword: t.exposeBoolean('mustChangePassword', { description: 'Its password was set by a manager and not yet changed by its owner.' }),
  }),
});

export const NewSignInInput = builder.inputType('NewSignInInput', {
  description: 'A sign-in name and a first password, which its owner must change at their first sign-in.',
  fields: (t) => ({
    username: t.string({ required: true, description: 'Sign-in name: 3–32 letters, digits, dots, dashes or underscores; stored in lower case; unique.' }),
    password: t.string({
      required: true,
      description: 'First password: at least 10 characters, not containing the username, not one of the 10,000 most common.',
    }),
  }),
});

builder.objectField(StaffRef, 'signIn', (t) =>
  t.field({
    type: SignInRef,
    nullable: true,
    description: 'Their sign-in, or null when they have none. Needs `staff.edit`.',
    authScopes: { can: 'staff.edit' },
    resolve: async (staff, _args, ctx) => {
      const { siteId } = signedInStaff(ctx);
      const [account] = await findAccountsOfStaff(ctx.db, siteId, staff.id);
      return account ?? null;
    },
  }),
);

builder.mutationField('createStaffSignIn', (t) =>
  t.field({
    type: SignInRef,
    description: 'Gives a member of staff who has none a sign-in; its first password must be changed at the first sign-in. Needs `staff.edit` over that person.',
    authScopes: { can: 'staff.edit' },
    args: {
      staffId: t.arg.globalID({ for: StaffRef, required: true, description: 'The member of staff’s global id.' }),
      input: t.arg({ type: NewSignInInput, required: true, description: 'The sign-in name and first password.' }),
    },
    resolve: (_root, { staffId, input }, ctx) => createStaffSignIn(useCaseContext(ctx), staffId.id, input),
  }),
);

builder.mutationField('setStaffSignInDisabled', (t) =>
  t.field({
    type: SignInRef,
    description: 'Disables (signing it out everywhere at once) or enables a staff sign-in. Needs `staff.edit` over its owner.',
    authScopes: { can: 'staff.edit' },
    args: {
      id: t.arg.id({ required: true, description: 'The sign-in’s id.' }),
      disabled: t.arg.boolean({ required: true, description: 'True to disable, false to enable.' }),
    },
    resolve: (_root, { id, disabled }, ctx) => setStaffSignInDisabled(useCaseContext(ctx), id, disabled),
  }),
);

builder.mutationField('resetStaffPassword', (t) =>
  t.field({
    type: SignInRef,
    description: 'Sets a new password for a staff sign-in: every session of it ends, and its owner must change the password at the next sign-in. Needs `staff.edit` over its owner.',
    authScopes: { can: 'staff.edit' },
    args: {
      id: t.arg.id({ required: true, description: 'The sign-in’s id.' }),
      password: t.arg.string({ required: true, description: 'The new password, under the password rules.' }),
    },
    resolve: (_root, { id, password }, ctx) => resetStaffPassword(useCaseContext(ctx), id, password),
  }),
);

const ChangeOwnPasswordInput = builder.inputType('ChangeOwnPasswordInput', {
  description: 'The current password and the new one.',
  fields: (t) => ({
    currentPassword: t.string({ required: true, description: 'The password in use now; a wrong one is refused (AUTH.WRONG_CURRENT_PASSWORD).' }),
    newPassword: t.string({ required: true, description: 'The new password: at least 10 characters, not containing the username, not one of the 10,000 most common.' }),
  }),
});

builder.mutationField('changeOwnPassword', (t) =>
  t.field({
    type: ViewerRef,
    description:
      'Changes the viewer’s own password. Every other session of the account ends; this one goes on, and a first or reset password no longer holds it back. Any signed-in viewer, including one who must change their password.',
    skipTypeScopes: true,
    authScopes: { account: true },
    args: { input: t.arg({ type: ChangeOwnPasswordInput, required: true, description: 'The current and the new password.' }) },
    resolve: async (_root, { input }, ctx) => {
      const token = ctx.viewer.sessionToken;
      await changeOwnPassword(useCaseContext(ctx), token ? sessionIdOf(token) : null, input);
      ctx.viewer = { ...ctx.viewer, passwordChangeRequired: false };
      return { ctx };
    },
  }),
);

type SessionView = SessionSummary & { current: boolean };

const SessionRef = builder.objectRef<SessionView>('Session').implement({
  description: 'One of the viewer’s own open sessions (a signed-in browser). Only ever the viewer’s.',
  authScopes: { signedIn: true },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The session’s id, as revokeMySession takes it (not the cookie).' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it signed in.', resolve: (s) => s.createdAt }),
    expiresAt: t.field({ type: 'DateTime', description: 'When it ends by itself.', resolve: (s) => s.expiresAt }),
    current: t.exposeBoolean('current', { description: 'The session this request came with.' }),
  }),
});

builder.queryField('mySessions', (t) =>
  t.field({
    type: [SessionRef],
    description: 'The viewer’s own open sessions, newest first (at most 100). Any signed-in viewer.',
    authScopes: { signedIn: true },
    resolve: async (_root, _args, ctx) => {
      const token = ctx.viewer.sessionToken;
      const currentId = token ? sessionIdOf(token) : null;
      return (await mySessions(useCaseContext(ctx))).map((s) => ({ ...s, current: s.id === currentId }));
    },
  }),
);

builder.mutationField('revokeMySession', (t) =>
  t.boolean({
    description: 'Signs one of the viewer’s own sessions out (a lost phone); NOT_FOUND for any other id. Any signed-in viewer.',
    authScopes: { signedIn: true },
    args: { id: t.arg.id({ required: true, description: 'The session’s id from mySessions.' }) },
    resolve: (_root, { id }, ctx) => revokeMySession(useCaseContext(ctx), id),
  }),
);
