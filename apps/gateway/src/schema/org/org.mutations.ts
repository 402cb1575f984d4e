import {
  endAssignment as storeAssignmentEnd,
  findAssignmentById,
  insertAssignment,
  insertStaff,
  lockStaffAssignments,
  replaceReportingLines,
  updatePosition as storePosition,
  findPositionById,
} from '@kefu/db/org';
import { assign, changeReportingLine, editPosition, endAssignment, registerStaff, type OrgAction } from '@kefu/domain/org';
import { ForbiddenError, NotFoundError } from '@kefu/domain/shared';
import { builder } from '../../builder.js';
import type { GatewayContext } from '../../context.js';
import { signedInStaff } from '../common/request-scope.js';
import { AssignmentRef } from './assignment-ref.js';
import { writeOrg } from './org-write.js';
import { PositionRef } from './position.js';
import { StaffRef } from './staff.js';

/** Record-level check through the domain's rules; the type-level scope only says "may ever". */
async function requireOn(ctx: GatewayContext, action: OrgAction, positionId: string) {
  const { siteId } = signedInStaff(ctx);
  const access = await ctx.access();
  if (!access.can(action, { type: 'position', siteId, positionId })) throw new ForbiddenError(action);
}

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
    resolve: async (_root, { id, input }, ctx) => {
      await requireOn(ctx, 'org.position.edit', id.id);
      return writeOrg(ctx, async (tx, _chart, siteId) => {
        const found = await findPositionById(tx, siteId, id.id);
        if (!found) throw new NotFoundError('Position', id.id);
        const next = editPosition(found.position, input);
        await storePosition(tx, siteId, next, found.version);
        return next;
      });
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
      reportsTo: t.arg.globalIDList({ for: PositionRef, required: true, description: 'Every position it reports to from now on, replacing the old list; empty for the top of the tree.' }),
    },
    resolve: async (_root, { positionId, reportsTo }, ctx) => {
      await requireOn(ctx, 'org.reportingLine.edit', positionId.id);
      const targets = reportsTo.map((r) => r.id);
      return writeOrg(ctx, async (tx, chart, siteId) => {
        const changed = changeReportingLine(chart, positionId.id, targets);
        await replaceReportingLines(tx, siteId, positionId.id, targets);
        return changed.positions.find((p) => p.id === positionId.id)!;
      });
    },
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
    resolve: async (_root, { input }, ctx) => {
      await requireOn(ctx, 'org.assignment.edit', input.positionId.id);
      return writeOrg(ctx, async (tx, chart, siteId) => {
        await lockStaffAssignments(tx, siteId, input.staffId.id);
        const candidate = {
          id: 'new',
          siteId,
          staffId: input.staffId.id,
          positionId: input.positionId.id,
          startsOn: input.startsOn,
          endsOn: null,
          acting: input.acting ?? false,
        };
        assign(chart, candidate);
        const { id: _unused, ...fields } = candidate;
        return insertAssignment(tx, fields);
      });
    },
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
    resolve: async (_root, { id, endsOn }, ctx) =>
      writeOrg(ctx, async (tx, _chart, siteId) => {
        const assignment = await findAssignmentById(tx, siteId, id);
        if (!assignment) throw new NotFoundError('Assignment', id);
        await requireOn(ctx, 'org.assignment.edit', assignment.positionId);
        const ended = endAssignment(assignment, endsOn);
        return storeAssignmentEnd(tx, siteId, ended.id, ended.endsOn!);
      }),
  }),
);

const CreateStaffInput = builder.inputType('CreateStaffInput', {
  description: 'A new member of staff.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Full name.' }),
    employeeNo: t.string({ required: true, description: 'Employee number; another with the same number in the site is refused with CONFLICT.' }),
    phone: t.string({ description: 'Work phone.' }),
  }),
});

builder.mutationField('createStaff', (t) =>
  t.field({
    type: StaffRef,
    description: 'Adds a person to the staff directory. Needs `staff.edit`.',
    authScopes: { can: 'staff.edit' },
    args: { input: t.arg({ type: CreateStaffInput, required: true, description: 'The person.' }) },
    resolve: async (_root, { input }, ctx) => {
      const { siteId } = signedInStaff(ctx);
      return insertStaff(ctx.db, registerStaff(siteId, input));
    },
  }),
);
