import { countTicketsHeldBy } from '@kefu/db/org';
import { HANDOVER_STATUSES } from '@kefu/domain/org';
import { builder } from '../../builder.js';
import { signedInStaff } from '../common/request-scope.js';
import { AssignmentRef } from './assignment.js';
import { StaffRef } from './org-refs.js';

export { StaffRef };

builder.node(StaffRef, {
  description: 'A member of the department. Needs `staff.view`.',
  authScopes: { can: 'staff.view' },
  id: { resolve: (staff) => staff.id },
  loadMany: async (ids, ctx) =>
    ctx.loaders ? (await ctx.loaders.staff.loadMany(ids)).map((s) => (s instanceof Error ? null : s)) : ids.map(() => null),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Full name.' }),
    employeeNo: t.exposeString('employeeNo', { description: 'Employee number, unique within the site.' }),
    phone: t.exposeString('phone', { nullable: true, description: 'Work phone, if known.' }),
    active: t.exposeBoolean('active', { description: 'Still with the department; only active staff can be assigned tickets.' }),
    openTickets: t.int({
      description: 'Tickets the person holds that are not yet resolved (to hand over when an appointment ends). Needs `org.assignment.edit`.',
      authScopes: { can: 'org.assignment.edit' },
      resolve: (staff, _args, ctx) => countTicketsHeldBy(ctx.db, signedInStaff(ctx).siteId, staff.id, HANDOVER_STATUSES),
    }),
    assignments: t.field({
      type: [AssignmentRef],
      description: 'Every assignment of this person, newest first.',
      resolve: async (staff, _args, ctx) => {
        const { chart } = await ctx.access();
        return (chart?.assignments ?? [])
          .filter((a) => a.staffId === staff.id)
          .sort((a, b) => b.startsOn.getTime() - a.startsOn.getTime());
      },
    }),
  }),
});
