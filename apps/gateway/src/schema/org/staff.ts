import { builder } from '../../builder.js';
import { AssignmentRef } from './assignment.js';
import { StaffRef } from './org-refs.js';

export { StaffRef };

builder.node(StaffRef, {
  description: 'A member of the department.',
  authScopes: { can: 'staff.view' },
  id: { resolve: (staff) => staff.id },
  loadMany: async (ids, ctx) =>
    ctx.loaders ? (await ctx.loaders.staff.loadMany(ids)).map((s) => (s instanceof Error ? null : s)) : ids.map(() => null),
  fields: (t) => ({
    name: t.exposeString('name'),
    employeeNo: t.exposeString('employeeNo'),
    phone: t.exposeString('phone', { nullable: true }),
    active: t.exposeBoolean('active'),
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
