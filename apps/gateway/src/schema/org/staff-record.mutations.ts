import { builder } from '../../builder.js';
import { deactivateStaff, reactivateStaff, type Departure } from '../../use-cases/org/deactivate-staff.js';
import { updateStaff } from '../../use-cases/org/update-staff.js';
import { useCaseContext } from '../common/use-case-context.js';
import { StaffRef } from './staff.js';
import './staff-record.js';

const UpdateStaffInput = builder.inputType('UpdateStaffInput', {
  description: 'The fields of a staff record to change; a field left out keeps its value. Refused with field errors, writing nothing, when a value breaks its rule.',
  fields: (t) => ({
    name: t.string({ description: 'Full name: at most 40 characters, no emoji or control characters.' }),
    employeeNo: t.string({ description: 'Employee number (工号): at most 20 characters, never cut; another with the same number in the site is refused with CONFLICT.' }),
    phone: t.string({
      description: 'Work phone: a mainland mobile (11 digits, 13–19…) or a landline with its area code (0571-88886666, 010-12345678-123); empty or null clears it.',
    }),
  }),
});

builder.mutationField('updateStaff', (t) =>
  t.field({
    type: StaffRef,
    description: 'Edits a staff record; every changed field goes into its history. Needs `staff.edit` over that person.',
    authScopes: { can: 'staff.edit' },
    args: {
      id: t.arg.globalID({ for: StaffRef, required: true, description: 'The member of staff’s global id.' }),
      input: t.arg({ type: UpdateStaffInput, required: true, description: 'What to change.' }),
    },
    resolve: (_root, { id, input }, ctx) =>
      updateStaff(useCaseContext(ctx), id.id, {
        name: input.name ?? undefined,
        employeeNo: input.employeeNo ?? undefined,
        phone: input.phone === undefined ? undefined : input.phone,
      }),
  }),
);

const DeactivateStaffPayload = builder.objectRef<Departure>('DeactivateStaffPayload').implement({
  description: 'What a deactivation did. Needs `staff.edit`.',
  authScopes: { can: 'staff.edit' },
  fields: (t) => ({
    staff: t.field({ type: StaffRef, description: 'The record, now inactive.', resolve: (d) => d.staff }),
    endedAssignments: t.int({ description: 'Assignments that end today.', resolve: (d) => d.ended.length }),
    withdrawnAssignments: t.int({ description: 'Assignments not yet begun that were taken back.', resolve: (d) => d.withdrawn.length }),
    revokedSessions: t.exposeInt('revokedSessions', { description: 'Sessions signed out.' }),
    openTickets: t.exposeInt('openTickets', {
      description: 'Tickets the person still holds, not yet resolved, to reassign: `tickets(filter: { assigneeId, statuses })` lists them.',
    }),
  }),
});

builder.mutationField('deactivateStaff', (t) =>
  t.field({
    type: DeactivateStaffPayload,
    description:
      'Deactivates a member of staff: from today they hold no position, are signed out everywhere and cannot sign in; the tickets they hold are counted for reassignment. Refused for one’s own record (ORG.SELF_DEACTIVATION). Needs `staff.edit` over that person.',
    authScopes: { can: 'staff.edit' },
    args: { id: t.arg.globalID({ for: StaffRef, required: true, description: 'The member of staff’s global id.' }) },
    resolve: (_root, { id }, ctx) => deactivateStaff(useCaseContext(ctx), id.id),
  }),
);

builder.mutationField('reactivateStaff', (t) =>
  t.field({
    type: StaffRef,
    description: 'Takes a deactivated member of staff back: they may sign in again; positions are given anew with assignStaff. Needs `staff.edit` over that person.',
    authScopes: { can: 'staff.edit' },
    args: { id: t.arg.globalID({ for: StaffRef, required: true, description: 'The member of staff’s global id.' }) },
    resolve: (_root, { id }, ctx) => reactivateStaff(useCaseContext(ctx), id.id),
  }),
);
