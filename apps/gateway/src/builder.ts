import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError } from 'graphql';
import type { Action } from '@kefu/domain/permissions';
import { loadedAccess } from './access/access.js';
import type { GatewayContext } from './context.js';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '@kefu/domain/shared';
import { PasswordChangeRequiredError } from './use-cases/auth/auth.errors.js';

/**
 * The schema builder: context, auth scopes, scalars and plugins, nothing else.
 *
 * Scopes: `public` is anyone (sign-in itself); `signedIn`, `staff` and `requester` say who is
 * asking; `can` asks the domain's permission rules about the viewer's whole site. Checks on one
 * record are functions on the type or field that call `ctx.access` and the domain's `can()`.
 */
export const builder = new SchemaBuilder<{
  Context: GatewayContext;
  AuthScopes: {
    public: boolean;
    /** Signed in, even with a password that must be changed first: only the viewer and the password change. */
    account: boolean;
    signedIn: boolean;
    staff: boolean;
    requester: boolean;
    can: Action;
  };
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    LocalDate: { Input: Date; Output: Date };
    ID: { Input: string; Output: string };
    File: { Input: File; Output: never };
  };
  DefaultFieldNullability: false;
}>({
  plugins: [RelayPlugin, ScopeAuthPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authorizeOnSubscribe: true,
    treatErrorsAsUnauthorized: false,
    // Nobody signed in: say so, so a client knows to sign in rather than give up.
    unauthorizedError: (_parent, context, info) =>
      context.viewer.principal.kind === 'anonymous'
        ? new UnauthenticatedError()
        : context.viewer.passwordChangeRequired
          ? new PasswordChangeRequiredError()
          : new ForbiddenError(`${info.parentType.name}.${info.fieldName}`),
    // Evaluated lazily: sign-in changes the viewer mid-request, and its payload must see the new one.
    authScopes: (ctx) => ({
      public: true,
      account: () => ctx.viewer.principal.kind !== 'anonymous',
      // A session whose password must be changed first holds none of the scopes below.
      signedIn: () => ctx.viewer.principal.kind !== 'anonymous' && !ctx.viewer.passwordChangeRequired,
      staff: () => ctx.viewer.principal.kind === 'staff' && !ctx.viewer.passwordChangeRequired,
      requester: () => ctx.viewer.principal.kind === 'requester' && !ctx.viewer.passwordChangeRequired,
      can: (action) => {
        const { principal } = ctx.viewer;
        if (principal.kind === 'anonymous' || ctx.viewer.passwordChangeRequired) return false;
        const resource = { type: 'site', siteId: principal.siteId } as const;
        const access = loadedAccess(ctx);
        return access ? access.can(action, resource) : ctx.access().then((loaded) => loaded.can(action, resource));
      },
    }),
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // A node the viewer may not see answers exactly like one that does not exist.
    nodeQueryOptions: {
      description:
        'Any record with a global id (Ticket, MyRequest, Position, Staff), under that type’s own rule: NOT_FOUND when it does not exist or the viewer may not see it.',
      authScopes: { signedIn: true },
      args: { id: { description: 'The global id, as any `id` field of a Node returns it.' } },
      resolve: async (_root, { id }, _ctx, info, resolveNode) => {
        // An id naming no node type is just another id that does not exist.
        const type = info.schema.getType(id.typename);
        // Duck-typed: graphql's instanceof checks throw when a bundle holds two copies of it.
        const isNodeType = !!type && 'isTypeOf' in type && type.getInterfaces().some((i) => i.name === 'Node');
        if (!isNodeType) throw new NotFoundError('Node', id.id);
        const node = await resolveNode(id);
        if (node == null) throw new NotFoundError(id.typename, id.id);
        return node;
      },
    },
    nodesQueryOptions: false,
    nodeTypeOptions: {
      description: 'A record that can be fetched again by its global id through `node`.',
    },
    idFieldOptions: {
      description: 'Global id: opaque, stable, and unique across every type of the schema.',
    },
    // Paging wrappers hold cursors only; the nodes inside carry their own rules.
    pageInfoTypeOptions: {
      description: 'Where a page sits in its list, and the cursors to go on from it.',
      authScopes: { signedIn: true },
    },
    defaultConnectionTypeOptions: {
      description: 'One page of a list in its sort order; ask for the next with `after: pageInfo.endCursor`.',
      authScopes: { signedIn: true },
    },
    defaultEdgeTypeOptions: {
      description: 'One item of a page with its cursor.',
      authScopes: { signedIn: true },
    },
    edgesFieldOptions: { description: 'The items of this page, in the list’s order.' },
    pageInfoFieldOptions: { description: 'Whether more pages follow, and the cursors to fetch them.' },
    nodeFieldOptions: { description: 'The item itself.' },
    cursorFieldOptions: { description: 'Opaque; pass it as `after` to get the items that follow this one.' },
    hasNextPageFieldOptions: { description: 'More items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'This page was asked for after a cursor, so items precede it.' },
    startCursorFieldOptions: { description: 'The cursor of the first item on the page; null when the page is empty.' },
    endCursorFieldOptions: { description: 'The cursor to pass as `after` for the next page; null when the page is empty.' },
    firstArgOptions: { description: 'How many items to return: 1 to 100; each list has its own default.' },
    afterArgOptions: { description: 'Return the items after this cursor (an `endCursor` or an edge’s `cursor`).' },
    // kefu pages forward only: the backward arguments stay in the schema and are refused.
    lastArgOptions: { description: 'Not supported: lists page forward only; any value is refused (BAD_USER_INPUT).' },
    beforeArgOptions: { description: 'Not supported: lists page forward only; any value is refused (BAD_USER_INPUT).' },
  },
});

builder.scalarType('DateTime', {
  description: 'An instant, as an ISO-8601 string with offset.',
  serialize: (value) => (value as Date).toISOString(),
  parseValue: (value) => {
    const date = typeof value === 'string' ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw new GraphQLError('DateTime must be an ISO-8601 string');
    return date;
  },
});

builder.scalarType('LocalDate', {
  description: 'A calendar day, YYYY-MM-DD (assignments start and end on days, not instants).',
  serialize: (value) => (value as Date).toISOString().slice(0, 10),
  parseValue: (value) => {
    const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
    const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
    if (!date || date.toISOString().slice(0, 10) !== value) throw new GraphQLError('LocalDate must be a day as YYYY-MM-DD');
    return date;
  },
});

// Deny by default: every root field needs the viewer signed in unless it says otherwise.
builder.queryType({
  description: 'Reads. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action).',
  authScopes: { signedIn: true },
});
builder.mutationType({
  description: 'Changes. Denied by default: each field names who may call it (anyone, signed in, staff, requesters, or holders of an action).',
  authScopes: { signedIn: true },
});
builder.subscriptionType({
  description: 'Live updates over server-sent events. Denied by default: each field names who may subscribe.',
  authScopes: { signedIn: true },
});
