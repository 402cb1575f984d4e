import { listStaffChanges, type StaffChangeEntry, type StaffChangeField } from '@kefu/db/org';
import { InputChecker, NotFoundError } from '@kefu/domain/shared';
import { builder } from '../../builder.js';
import { domainEnum } from '../common/domain-enum.js';
import { forwardPagingOnly, PAGE_SIZE, toConnection } from '../common/connection.js';
import { signedInStaff } from '../common/request-scope.js';
import { StaffRef } from './org-refs.js';

const STAFF_CHANGE_FIELDS = ['name', 'employeeNo', 'phone', 'active'] as const satisfies readonly StaffChangeField[];

export const StaffChangeFieldEnum = domainEnum('StaffChangeField', STAFF_CHANGE_FIELDS, 'A field of a staff record whose changes are kept.', {
  name: 'The full name.',
  employeeNo: 'The employee number (工号).',
  phone: 'The work phone.',
  active: 'Whether the person is active; "false" when deactivated, "true" when taken back.',
});

export const StaffChangeRef = builder.objectRef<StaffChangeEntry>('StaffChange');

StaffChangeRef.implement({
  description: 'One change of a staff record: which field, from what to what, who made it and when. Needs `staff.view`.',
  authScopes: { can: 'staff.view' },
  fields: (t) => ({
    field: t.field({ type: StaffChangeFieldEnum, description: 'The field changed.', resolve: (c) => c.field }),
    from: t.exposeString('from', { nullable: true, description: 'The value before; null when there was none.' }),
    to: t.exposeString('to', { nullable: true, description: 'The value after; null when it was cleared.' }),
    changedAt: t.field({ type: 'DateTime', description: 'When the change was made.', resolve: (c) => c.changedAt }),
    changedBy: t.field({
      type: StaffRef,
      nullable: true,
      description: 'The member of staff who made the change; null when made by a setup or import tool.',
      resolve: async (c, _args, ctx) => (c.changedBy ? signedInStaff(ctx).loaders.staff.load(c.changedBy) : null),
    }),
  }),
});

builder.objectField(StaffRef, 'history', (t) =>
  t.connection(
    {
      type: StaffChangeRef,
      description: 'Every change of this record (name, employee number, phone, deactivation), newest first. Needs `staff.view`.',
      authScopes: { can: 'staff.view' },
      resolve: async (staff, args, ctx) => {
        const { siteId } = signedInStaff(ctx);
        forwardPagingOnly(args);
        new InputChecker().integer('first', args.first, { min: 1, max: PAGE_SIZE.max }).check();
        if (staff.siteId !== siteId) throw new NotFoundError('Staff', staff.id);
        const page = await listStaffChanges(ctx.db, siteId, staff.id, { first: args.first ?? PAGE_SIZE.default, after: args.after ?? null });
        return toConnection(page, args.after);
      },
    },
    { name: 'StaffChangeConnection', description: 'A page of a staff record’s history.' },
    { name: 'StaffChangeEdge', description: 'One change of a staff record, with its cursor.' },
  ),
);
