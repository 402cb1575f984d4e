import { builder } from '../../builder.js';
import { assignStaff } from '../../use-cases/org/assign-staff.js';
import { changeReportingLine } from '../../use-cases/org/change-reporting-line.js';
import { createStaff } from '../../use-cases/org/create-staff.js';
import { endAssignment } from '../../use-cases/org/end-assignment.js';
import { updatePosition } from '../../use-cases/org/update-position.js';
import { useCaseContext } from '../common/use-case-context.js';
import { AssignmentRef } from './assignment.js';
import { PositionRef } from './position.js';
import { StaffRef } from './staff.js';

const LocalizedTextInput = builder.inputType('LocalizedTextInput', {
  fields: (t) => ({ zh: t.string({ required: true }), en: t.string({ required: true }) }),
});

const UpdatePositionInput = builder.inputType('UpdatePositionInput', {
  fields: (t) => ({
    title: t.field({ type: LocalizedTextInput }),
    purpose: t.field({ type: LocalizedTextInput }),
    headcount: t.int(),
  }),
});

builder.mutationField('updatePosition', (t) =>
  t.field({
    type: PositionRef,
    description: "Edits a position's title, purpose or headcount.",
    authScopes: { can: 'org.position.edit' },
    args: { id: t.arg.globalID({ for: PositionRef, required: true }), input: t.arg({ type: UpdatePositionInput, required: true }) },
    resolve: (_root, { id, input }, ctx) => updatePosition(useCaseContext(ctx), id.id, input),
  }),
);

builder.mutationField('changeReportingLine', (t) =>
  t.field({
    type: PositionRef,
    description: 'Sets the positions a position reports to (直接上级). Refuses cycles.',
    authScopes: { can: 'org.reportingLine.edit' },
    args: {
      positionId: t.arg.globalID({ for: PositionRef, required: true }),
      reportsTo: t.arg.globalIDList({ for: PositionRef, required: true }),
    },
    resolve: (_root, { positionId, reportsTo }, ctx) =>
      changeReportingLine(useCaseContext(ctx), positionId.id, reportsTo.map((r) => r.id)),
  }),
);

const AssignStaffInput = builder.inputType('AssignStaffInput', {
  fields: (t) => ({
    staffId: t.globalID({ for: StaffRef, required: true }),
    positionId: t.globalID({ for: PositionRef, required: true }),
    startsOn: t.field({ type: 'LocalDate', required: true }),
    acting: t.boolean({ defaultValue: false }),
  }),
});

builder.mutationField('assignStaff', (t) =>
  t.field({
    type: AssignmentRef,
    description: 'Puts a person in a position from a day on; acting (代理) when they stand in for someone.',
    authScopes: { can: 'org.assignment.edit' },
    args: { input: t.arg({ type: AssignStaffInput, required: true }) },
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
    description: 'Ends an assignment on a day (exclusive): the person no longer holds the position from then.',
    authScopes: { can: 'org.assignment.edit' },
    args: { id: t.arg.id({ required: true }), endsOn: t.arg({ type: 'LocalDate', required: true }) },
    resolve: (_root, { id, endsOn }, ctx) => endAssignment(useCaseContext(ctx), id, endsOn),
  }),
);

const CreateStaffInput = builder.inputType('CreateStaffInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    employeeNo: t.string({ required: true }),
    phone: t.string(),
  }),
});

builder.mutationField('createStaff', (t) =>
  t.field({
    type: StaffRef,
    description: 'Adds a person to the staff directory.',
    authScopes: { can: 'staff.edit' },
    args: { input: t.arg({ type: CreateStaffInput, required: true }) },
    resolve: (_root, { input }, ctx) => createStaff(useCaseContext(ctx), input),
  }),
);
