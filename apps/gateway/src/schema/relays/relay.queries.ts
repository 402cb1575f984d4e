import { findDepartmentById, findRelaysOfTicket, listDepartments, listRelays } from '@kefu/db/relays';
import { relayResource, type Department, type Relay } from '@kefu/domain/relays';
import { InputChecker, NotFoundError } from '@kefu/domain/shared';
import { builder } from '../../builder.js';
import { forwardPagingOnly, PAGE_SIZE, toConnection } from '../common/connection.js';
import { signedInStaff } from '../common/request-scope.js';
import { TicketRef } from '../tickets/ticket.js';
import { DepartmentRef, RelayRef, RelayStatusEnum } from './relay.js';

const RelayBoxEnum = builder.enumType('RelayBox', {
  description: 'Which relays a list shows.',
  values: {
    ALL: { description: 'Every relay the viewer may see.' },
    OUTBOX: { description: 'The relays the viewer made (转交记录).' },
    INBOX: { description: 'The relays sent to departments the viewer is a staff account of (本部门待办).' },
  } as const,
});

builder.queryField('departments', (t) =>
  t.connection(
    {
      type: DepartmentRef,
      description: 'The site’s departments outside customer service (信息传达的相关部门), by code. Needs `department.view`.',
      authScopes: { can: 'department.view' },
      args: { includeInactive: t.arg.boolean({ description: 'Also retired departments.' }) },
      resolve: async (_root, args, ctx) => {
        const { siteId } = signedInStaff(ctx);
        forwardPagingOnly(args);
        new InputChecker().integer('first', args.first, { min: 1, max: PAGE_SIZE.max }).check();
        const page = await listDepartments(ctx.db, siteId, { includeInactive: args.includeInactive ?? false, first: args.first ?? PAGE_SIZE.default, after: args.after ?? null });
        return toConnection<Department>(page, args.after);
      },
    },
    { name: 'DepartmentConnection', description: 'A page of departments.' },
    { name: 'DepartmentEdge', description: 'One department in a page.' },
  ),
);

builder.queryField('department', (t) =>
  t.field({
    type: DepartmentRef,
    description: 'One department. Needs `department.view`; NOT_FOUND when it is not on the viewer’s site.',
    authScopes: { can: 'department.view' },
    args: { id: t.arg.id({ required: true, description: 'The department’s id.' }) },
    resolve: async (_root, { id }, ctx) => {
      const { siteId } = signedInStaff(ctx);
      const found = await findDepartmentById(ctx.db, siteId, String(id));
      if (!found) throw new NotFoundError('Department', String(id));
      return found;
    },
  }),
);

builder.queryField('relays', (t) =>
  t.connection(
    {
      type: RelayRef,
      description:
        'Relays to other departments, newest first: the viewer’s outbox, their department’s inbox, or all they may see. Staff only; filtered to what `relay.view` allows.',
      authScopes: { staff: true },
      args: {
        box: t.arg({ type: RelayBoxEnum, description: 'Outbox, inbox or all (the default).' }),
        status: t.arg({ type: [RelayStatusEnum], description: 'Only relays in these statuses.' }),
        departmentId: t.arg.id({ description: 'Only relays to this department.' }),
      },
      resolve: async (_root, args, ctx) => {
        const { siteId, principal } = signedInStaff(ctx);
        forwardPagingOnly(args);
        new InputChecker().integer('first', args.first, { min: 1, max: PAGE_SIZE.max }).check();
        const visibility = (await ctx.access()).visibility('relay.view');
        const page = await listRelays(ctx.db, siteId, visibility, {
          status: args.status ?? null,
          departmentId: args.departmentId ? String(args.departmentId) : null,
          inboxOf: args.box === 'INBOX' ? principal.staffId : null,
          relayedById: args.box === 'OUTBOX' ? principal.staffId : null,
          first: args.first ?? PAGE_SIZE.default,
          after: args.after ?? null,
        });
        return toConnection<Relay>(page, args.after);
      },
    },
    { name: 'RelayConnection', description: 'A page of relays.' },
    { name: 'RelayEdge', description: 'One relay in a page.' },
  ),
);

builder.objectField(TicketRef, 'relays', (t) =>
  t.field({
    type: [RelayRef],
    description: 'The ticket’s relays to other departments, oldest first (a handful at most). Those the viewer may see (`relay.view`).',
    resolve: async (ticket, _args, ctx) => {
      const { siteId } = signedInStaff(ctx);
      const access = await ctx.access();
      const relays = await findRelaysOfTicket(ctx.db, siteId, ticket.id);
      const loaders = signedInStaff(ctx).loaders;
      const out: Relay[] = [];
      for (const relay of relays) {
        const department = await loaders.departments.load(relay.departmentId);
        if (department && access.can('relay.view', relayResource(relay, department))) out.push(relay);
      }
      return out;
    },
  }),
);
