import { builder } from '../../builder.js';
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
