import { builder } from '../../builder.js';
import { assignStaff } from '../../use-cases/org/assign-staff.js';
import { changeReportingLine } from '../../use-cases/org/change-reporting-line.js';
import { createStaff } from '../../use-cases/org/create-staff.js';
import { endAssignment } from '../../use-cases/org/end-assignment.js';
import { setPositionGrant } from '../../use-cases/org/set-position-grant.js';
import { updatePosition } from '../../use-cases/org/update-position.js';
import type { GrantScope } from '@kefu/domain/org';
import { permissionMatrix } from '@kefu/domain/permissions';
import { ActionEnum } from '../auth/viewer.js';
import { PermissionRowRef } from './permission-matrix.js';
import { useCaseContext } from '../common/use-case-context.js';
import { AssignmentRef } from './assignment.js';
import { PositionRef } from './position.js';
import { StaffRef } from './staff.js';
import { NewSignInInput } from '../auth/sign-in-management.js';

const LocalizedTextInput = builder.inputType('LocalizedTextInput', {
  description: 'Text in both product languages; both are required.',
  fields: (t) => ({
    zh: t.string({ required: true, description: 'Simplified Chinese (zh-CN), the product’s first language.' }),
    en: t.string({ required: true, description: 'English.' }),
  }),
});

const UpdatePositionInput = builder.inputType('UpdatePositionInput', {
  description: 'The parts of a position to change; a field left out keeps its value.',
  fields: (t) => ({
    title: t.field({ type: LocalizedTextInput, description: 'A new title.' }),
    purpose: t.field({ type: LocalizedTextInput, description: 'A new purpose (职位概要).' }),
    headcount: t.int({ description: 'A new headcount (岗位定员).' }),
  }),
});

builder.mutationField('updatePosition', (t) =>
  t.field({
    type: PositionRef,
    description: "Edits a position's title, purpose or headcount. Needs `org.position.edit` over that position.",
    authScopes: { can: 'org.position.edit' },
    args: {
      id: t.arg.globalID({ for: PositionRef, required: true, description: 'The position’s global id.' }),
      input: t.arg({ type: UpdatePositionInput, required: true, description: 'What to change.' }),
    },
    resolve: (_root, { id, input }, ctx) => updatePosition(useCaseContext(ctx), id.id, input),
  }),
);

builder.mutationField('changeReportingLine', (t) =>
  t.field({
    type: PositionRef,
    description: 'Sets the positions a position reports to (直接上级). Refuses cycles. Needs `org.reportingLine.edit` over that position.',
    authScopes: { can: 'org.reportingLine.edit' },
    args: {
      positionId: t.arg.globalID({ for: PositionRef, required: true, description: 'The position whose superiors change.' }),
      reportsTo: t.arg.globalIDList({ for: PositionRef, required: true, description: 'Every position it reports to from now on, replacing the old list; empty for the top of the tree.' }),
    },
    resolve: (_root, { positionId, reportsTo }, ctx) =>
      changeReportingLine(useCaseContext(ctx), positionId.id, reportsTo.map((r) => r.id)),
  }),
);

const AssignStaffInput = builder.inputType('AssignStaffInput', {
  description: 'Who takes which position from which day.',
  fields: (t) => ({
    staffId: t.globalID({ for: StaffRef, required: true, description: 'The person (a Staff global id).' }),
    positionId: t.globalID({ for: PositionRef, required: true, description: 'The position (a Position global id).' }),
    startsOn: t.field({ type: 'LocalDate', required: true, description: 'The first day they hold it.' }),
    acting: t.boolean({ defaultValue: false, description: 'Standing in for someone (代理/兼任), with the same authority; an acting holder does not fill the headcount.' }),
  }),
});

builder.mutationField('assignStaff', (t) =>
  t.field({
    type: AssignmentRef,
    description: 'Puts a person in a position from a day on; acting (代理) when they stand in for someone. Needs `org.assignment.edit` over that position.',
    authScopes: { can: 'org.assignment.edit' },
    args: { input: t.arg({ type: AssignStaffInput, required: true, description: 'The assignment.' }) },
    resolve: (_root, { input }, ctx) =>
      assignStaff(useCaseContext(ctx), {
        staffId: input.staffId.id,
        positionId: input.positionId.id,
        startsOn: input.startsOn,
        acting: input.acting,
      }),
  }),
);

builder.mutationField('endAssignment', (t) =>
  t.field({
    type: AssignmentRef,
    description: 'Ends an assignment on a day (exclusive): the person no longer holds the position from then. Needs `org.assignment.edit` over its position.',
    authScopes: { can: 'org.assignment.edit' },
    args: {
      id: t.arg.id({ required: true, description: 'The assignment’s id.' }),
      endsOn: t.arg({ type: 'LocalDate', required: true, description: 'The first day they no longer hold the position.' }),
    },
    resolve: (_root, { id, endsOn }, ctx) => endAssignment(useCaseContext(ctx), id, endsOn),
  }),
);

const CreateStaffInput = builder.inputType('CreateStaffInput', {
  description: 'A new member of staff.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Full name.' }),
    employeeNo: t.string({ required: true, description: 'Employee number; another with the same number in the site is refused with CONFLICT.' }),
    phone: t.string({ description: 'Work phone: a mainland mobile or a landline with its area code.' }),
    signIn: t.field({ type: NewSignInInput, description: 'Their sign-in, created with the record (or later with createStaffSignIn).' }),
  }),
});

builder.mutationField('createStaff', (t) =>
  t.field({
    type: StaffRef,
    description: 'Adds a person to the staff directory. Needs `staff.edit`.',
    authScopes: { can: 'staff.edit' },
    args: { input: t.arg({ type: CreateStaffInput, required: true, description: 'The person.' }) },
    resolve: (_root, { input }, ctx) => createStaff(useCaseContext(ctx), input),
  }),
);

builder.mutationField('setPositionGrant', (t) =>
  t.field({
    type: PermissionRowRef,
    description:
      'Sets how far a position may take one action on the viewer’s site (a cell of the permission matrix); no scope takes it away. Refuses a grant beyond the editor’s own, a scope the action does not support, portal-facing actions, and leaving nobody who edits the org site-wide. Needs `org.position.edit` over that position.',
    authScopes: { can: 'org.position.edit' },
    args: {
      positionId: t.arg.globalID({ for: PositionRef, required: true, description: 'The position (a Position global id).' }),
      action: t.arg({ type: ActionEnum, required: true, description: 'The action.' }),
      scope: t.arg.string({ description: 'The new scope (site, subordinates, own_queue, own, any); null or left out for none.' }),
    },
    resolve: async (_root, { positionId, action, scope }, ctx) => {
      const uc = useCaseContext(ctx);
      const chart = await setPositionGrant(uc, { positionId: positionId.id, action, scope: (scope ?? null) as GrantScope | null });
      const { principal } = uc;
      const row = permissionMatrix(chart, uc.now, principal.kind === 'staff' ? principal : undefined).find((r) => r.positionId === positionId.id);
      if (!row) throw new Error(`no matrix row for position ${positionId.id}`);
      return row;
    },
  }),
);
