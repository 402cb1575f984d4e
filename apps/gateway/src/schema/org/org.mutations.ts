import { builder } from '../../builder.js';
import { assignStaff } from '../../use-cases/org/assign-staff.js';
import { changeReportingLine } from '../../use-cases/org/change-reporting-line.js';
import { createStaff } from '../../use-cases/org/create-staff.js';
import { endAssignment } from '../../use-cases/org/end-assignment.js';
import { createPosition } from '../../use-cases/org/create-position.js';
import { retirePosition } from '../../use-cases/org/retire-position.js';
import './scheduled-org-change.js';
import { setPositionGrant } from '../../use-cases/org/set-position-grant.js';
import { updatePosition } from '../../use-cases/org/update-position.js';
import { handoverTarget, type GrantScope } from '@kefu/domain/org';
import { permissionMatrix } from '@kefu/domain/permissions';
import { ActionEnum } from '../auth/viewer.js';
import { PermissionRowRef } from './permission-matrix.js';
import { useCaseContext } from '../common/use-case-context.js';
import { AssignmentRef } from './assignment.js';
import { AuthorityDomainEnum, AuthorityVerbEnum, PositionRef } from './position.js';
import { StaffRef } from './staff.js';
import { NewSignInInput } from '../auth/sign-in-management.js';

const LocalizedTextInput = builder.inputType('LocalizedTextInput', {
  description: 'Text in both product languages; both are required.',
  fields: (t) => ({
    zh: t.string({ required: true, description: 'Simplified Chinese (zh-CN), the product’s first language.' }),
    en: t.string({ required: true, description: 'English.' }),
  }),
});

const DutyGroupInput = builder.inputType('DutyGroupInput', {
  description: 'Duties under one heading (职责, grouped by function: 业务管理, 客户接待 …).',
  fields: (t) => ({
    function: t.field({ type: LocalizedTextInput, required: true, description: 'The heading (the function the duties serve).' }),
    duties: t.field({ type: [LocalizedTextInput], required: true, description: 'The duties under it, in order.' }),
  }),
});

const AuthorityInput = builder.inputType('AuthorityInput', {
  description: 'An authority (工作职权): a verb over a matter.',
  fields: (t) => ({
    verb: t.field({ type: AuthorityVerbEnum, required: true, description: '建议 propose, 审核 review, 审批 approve, 监督 oversee or 考核 appraise.' }),
    domain: t.field({ type: AuthorityDomainEnum, required: true, description: 'Business, expenses or personnel.' }),
    subject: t.field({ type: LocalizedTextInput, required: true, description: 'The matter itself.' }),
  }),
});

const QualificationsInput = builder.inputType('QualificationsInput', {
  description: 'What a holder needs (任职资格).',
  fields: (t) => ({
    education: t.field({ type: LocalizedTextInput, required: true, description: 'Education (学历).' }),
    experience: t.field({ type: LocalizedTextInput, required: true, description: 'Working experience (经验).' }),
    knowledge: t.field({ type: [LocalizedTextInput], required: true, description: 'Knowledge (知识).' }),
    skills: t.field({ type: [LocalizedTextInput], required: true, description: 'Skills (技能).' }),
  }),
});

const WorkShareInput = builder.inputType('WorkShareInput', {
  description: 'One place of work and its share of the time (工作环境); the shares add up to 100.',
  fields: (t) => ({
    place: t.field({ type: LocalizedTextInput, required: true, description: 'Where.' }),
    share: t.int({ required: true, description: 'Percent of the working time, 0–100.' }),
  }),
});

const UpdatePositionInput = builder.inputType('UpdatePositionInput', {
  description: 'The parts of a position to change; a field left out keeps its value.',
  fields: (t) => ({
    title: t.field({ type: LocalizedTextInput, description: 'A new title; unique within the unit.' }),
    purpose: t.field({ type: LocalizedTextInput, description: 'A new purpose (职位概要).' }),
    headcount: t.int({ description: 'A new headcount (岗位定员).' }),
    duties: t.field({ type: [DutyGroupInput], description: 'Every duty, grouped by heading, replacing the old ones.' }),
    kpis: t.field({ type: [LocalizedTextInput], description: 'Every KPI (关键绩效指标), replacing the old ones.' }),
    authorities: t.field({ type: [AuthorityInput], description: 'Every authority (工作职权), replacing the old ones.' }),
    qualifications: t.field({ type: QualificationsInput, description: 'The qualifications (任职资格).' }),
    workEnvironment: t.field({ type: [WorkShareInput], description: 'The places of work and their shares (工作环境).' }),
  }),
});

builder.mutationField('updatePosition', (t) =>
  t.field({
    type: PositionRef,
    description: "Edits any part of a position's job description. Needs `org.position.edit` over that position.",
    authScopes: { can: 'org.position.edit' },
    args: {
      id: t.arg.globalID({ for: PositionRef, required: true, description: 'The position’s global id.' }),
      input: t.arg({ type: UpdatePositionInput, required: true, description: 'What to change.' }),
      expectedVersion: t.arg.int({ description: 'The version the editor read; a change saved by someone else since is refused with CONFLICT.' }),
    },
    resolve: (_root, { id, input, expectedVersion }, ctx) => updatePosition(useCaseContext(ctx), id.id, input, expectedVersion ?? null),
  }),
);

const CreatePositionInput = builder.inputType('CreatePositionInput', {
  description: 'A new position: its title, unit, superiors, purpose and headcount; the job description is filled in afterwards.',
  fields: (t) => ({
    title: t.field({ type: LocalizedTextInput, required: true, description: 'The title in both languages; unique within the unit.' }),
    unitId: t.id({ required: true, description: 'The unit it belongs to (a Unit id).' }),
    reportsTo: t.globalIDList({ for: PositionRef, required: true, description: 'The positions it reports to (直接上级).' }),
    purpose: t.field({ type: LocalizedTextInput, required: true, description: 'Its purpose (职位概要).' }),
    headcount: t.int({ required: true, description: 'Its headcount (岗位定员).' }),
  }),
});

builder.mutationField('createPosition', (t) =>
  t.field({
    type: PositionRef,
    description: 'Creates a position. Needs `org.position.edit` over every position it reports to (or holding one of them); at the top of the tree, site-wide.',
    authScopes: { can: 'org.position.edit' },
    args: {
      input: t.arg({ type: CreatePositionInput, required: true, description: 'The new position.' }),
      effectiveOn: t.arg({ type: 'LocalDate', description: 'The site-local day the change takes effect: today when left out; an earlier day back-dates it, but not before the last dated change of the same rows (else `effectiveOn` before_last_change) nor after today (`effectiveOn` after_today).' }),
    },
    resolve: (_root, { input, effectiveOn }, ctx) =>
      createPosition(
        useCaseContext(ctx),
        { title: input.title, unitId: input.unitId, reportsTo: input.reportsTo.map((r) => r.id), purpose: input.purpose, headcount: input.headcount },
        effectiveOn ?? null,
      ),
  }),
);

builder.mutationField('retirePosition', (t) =>
  t.field({
    type: 'Boolean',
    description: 'Retires a position from today on, when nobody holds it and nobody reports to it (otherwise the error says who). Needs `org.position.edit` over it.',
    authScopes: { can: 'org.position.edit' },
    args: {
      id: t.arg.globalID({ for: PositionRef, required: true, description: 'The position’s global id.' }),
      expectedVersion: t.arg.int({ required: true, description: 'The version the editor read.' }),
      effectiveOn: t.arg({ type: 'LocalDate', description: 'The site-local day the change takes effect: today when left out; an earlier day back-dates it, but not before the last dated change of the same rows (else `effectiveOn` before_last_change) nor after today (`effectiveOn` after_today).' }),
    },
    resolve: async (_root, { id, expectedVersion, effectiveOn }, ctx) => {
      await retirePosition(useCaseContext(ctx), id.id, expectedVersion, effectiveOn ?? null);
      return true;
    },
  }),
);

builder.mutationField('changeReportingLine', (t) =>
  t.field({
    type: PositionRef,
    description: 'Sets the positions a position reports to (直接上级). Refuses cycles. Needs `org.reportingLine.edit` over that position.',
    authScopes: { can: 'org.reportingLine.edit' },
    args: {
      positionId: t.arg.globalID({ for: PositionRef, required: true, description: 'The position whose superiors change.' }),
      reportsTo: t.arg.globalIDList({ for: PositionRef, required: true, description: 'Every position it reports to from the effective day on, replacing the old list; empty for the top of the tree.' }),
      effectiveOn: t.arg({ type: 'LocalDate', description: 'The site-local day the change takes effect: today when left out; an earlier day back-dates it (not before the last dated change of the same rows, else `effectiveOn` before_last_change); a later day schedules it (withdrawn with cancelScheduledOrgChange). While a change of the same rows is scheduled, refused as `effectiveOn` scheduled_change_pending.' }),
    },
    resolve: (_root, { positionId, reportsTo, effectiveOn }, ctx) =>
      changeReportingLine(useCaseContext(ctx), positionId.id, reportsTo.map((r) => r.id), effectiveOn ?? null),
  }),
);

const AssignStaffInput = builder.inputType('AssignStaffInput', {
  description: 'Who takes which position from which day.',
  fields: (t) => ({
    staffId: t.globalID({ for: StaffRef, required: true, description: 'The person (a Staff global id).' }),
    positionId: t.globalID({ for: PositionRef, required: true, description: 'The position (a Position global id).' }),
    startsOn: t.field({ type: 'LocalDate', required: true, description: 'The first day they hold it.' }),
    acting: t.boolean({ defaultValue: false, description: 'Standing in for someone (代理/兼任), with the same authority; an acting holder does not fill the headcount.' }),
    overStrengthReason: t.string({ description: 'Why the position takes someone beyond its headcount (超编); required then, refused as `input.overStrengthReason` without it.' }),
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
        overStrengthReason: input.overStrengthReason ?? null,
      }),
  }),
);

builder.mutationField('endAssignment', (t) =>
  t.field({
    type: AssignmentRef,
    description:
      'Ends an assignment on a day (exclusive): the person no longer holds the position from then; with `handOverTo` their open work goes to that person, with `returnWorkToQueue` back to the unit’s queue, in the same step. Needs `org.assignment.edit` over its position, and — when the work moves — `ticket.view` and `ticket.assign` over each open ticket (otherwise FORBIDDEN, reason ORG.HANDOVER_NOT_PERMITTED, with how many block it; nothing written).',
    authScopes: { can: 'org.assignment.edit' },
    args: {
      id: t.arg.id({ required: true, description: 'The assignment’s id.' }),
      endsOn: t.arg({ type: 'LocalDate', required: true, description: 'The first day they no longer hold the position.' }),
      handOverTo: t.arg.globalID({
        for: StaffRef,
        description:
          'A member of staff (their global id) who takes over, in the same step, the person’s open tickets (assigned to them, with a timeline event and notification each) and the follow-ups they are to call. Must be active, not the one leaving, and hold on `endsOn` a position of the same unit or one the left position reports to; otherwise refused on `handOverTo` (handover_same_person, handover_inactive, handover_outside_unit) with nothing written. Left out, with `returnWorkToQueue` false: the work stays with them.',
      }),
      returnWorkToQueue: t.arg.boolean({
        defaultValue: false,
        description:
          'True: in the same step the person’s open tickets go back to their unit’s queue unassigned (status RECEIVED, a RETURNED_TO_QUEUE timeline event each, for staff only) and the follow-ups they are to call back to the pool of their unit’s 回访 queue (no caller). Together with `handOverTo`: refused on `returnWorkToQueue` (handover_two_targets), nothing written.',
      }),
    },
    resolve: (_root, { id, endsOn, handOverTo, returnWorkToQueue }, ctx) =>
      endAssignment(useCaseContext(ctx), id, endsOn, handoverTarget({ handOverTo: handOverTo?.id ?? null, returnWorkToQueue: returnWorkToQueue ?? false })),
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
      effectiveOn: t.arg({ type: 'LocalDate', description: 'The site-local day the change takes effect: today when left out; an earlier day back-dates it (not before the last dated change of the same rows, else `effectiveOn` before_last_change); a later day schedules it (withdrawn with cancelScheduledOrgChange). While a change of the same rows is scheduled, refused as `effectiveOn` scheduled_change_pending.' }),
    },
    resolve: async (_root, { positionId, action, scope, effectiveOn }, ctx) => {
      const uc = useCaseContext(ctx);
      const chart = await setPositionGrant(uc, { positionId: positionId.id, action, scope: (scope ?? null) as GrantScope | null }, effectiveOn ?? null);
      const { principal } = uc;
      const row = permissionMatrix(chart, uc.now, principal.kind === 'staff' ? principal : undefined).find((r) => r.positionId === positionId.id);
      if (!row) throw new Error(`no matrix row for position ${positionId.id}`);
      return row;
    },
  }),
);
