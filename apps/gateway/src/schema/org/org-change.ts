import { findPositionById, listOrgChanges } from '@kefu/db/org';
import { ORG_CHANGE_KINDS, type FieldChange, type OrgChangeRecord } from '@kefu/domain/org';
import { InputChecker, NotFoundError } from '@kefu/domain/shared';
import { exportOrgChanges } from '../../use-cases/org/export-org-changes.js';
import { useCaseContext } from '../common/use-case-context.js';
import { builder } from '../../builder.js';
import type { GatewayContext } from '../../context.js';
import { domainEnum } from '../common/domain-enum.js';
import { forwardPagingOnly, PAGE_SIZE, toConnection } from '../common/connection.js';
import { LocalizedTextRef } from '../common/localized-text.js';
import { signedInStaff } from '../common/request-scope.js';
import { PositionRef, StaffRef } from './org-refs.js';

export const OrgChangeKindEnum = domainEnum('OrgChangeKind', ORG_CHANGE_KINDS, 'What kind of org change an audit entry records.', {
  'position.create': 'A position was created.',
  'position.edit': 'A position’s job description, title or headcount was edited.',
  'position.retire': 'A position was retired.',
  'reportingLine.change': 'The positions a position reports to were changed.',
  'grant.change': 'A cell of the permission matrix was set.',
  'assignment.start': 'Someone was appointed to a position.',
  'assignment.end': 'An appointment ended (or, not yet begun, was withdrawn).',
});

const FieldChangeRef = builder.objectRef<FieldChange>('OrgFieldChange').implement({
  description: 'One field of an org change, before → after. Values are JSON text, so a field of any shape can be shown.',
  authScopes: { staff: true },
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The field: a position field (title, headcount, duties …), reportsTo, an action (for a grant), startsOn/endsOn/acting, retiredOn.' }),
    before: t.string({ nullable: true, description: 'The value before, as JSON text; null when there was none.', resolve: (c) => (c.before === null ? null : JSON.stringify(c.before)) }),
    after: t.string({ nullable: true, description: 'The value after, as JSON text; null when there is none.', resolve: (c) => (c.after === null ? null : JSON.stringify(c.after)) }),
  }),
});

const positionTitleOf = async (ctx: GatewayContext, entry: OrgChangeRecord) => {
  const { chart } = await ctx.access();
  const inChart = chart?.positions.find((p) => p.id === entry.positionId);
  if (inChart) return inChart.title;
  // A retired position has left the chart; its row stays for the trail.
  const stored = await findPositionById(ctx.db, entry.siteId, entry.positionId);
  return stored?.position.title ?? { zh: '', en: '' };
};

export const OrgChangeRef = builder.objectRef<OrgChangeRecord>('OrgChange').implement({
  description: 'One entry of the org’s audit trail: who changed what, when, before → after. Needs `org.audit.view`, or `org.position.edit` on the position for its own history.',
  authScopes: { staff: true },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The entry’s id; later entries have larger ids.' }),
    kind: t.field({ type: OrgChangeKindEnum, description: 'What kind of change.', resolve: (c) => c.kind }),
    at: t.field({ type: 'DateTime', description: 'When the change was made.', resolve: (c) => c.at }),
    actor: t.field({
      type: StaffRef,
      nullable: true,
      description: 'The member of staff who made the change.',
      resolve: (c, _args, ctx) => signedInStaff(ctx).loaders.staff.load(c.actorId),
    }),
    positionTitle: t.field({ type: LocalizedTextRef, description: 'The position’s title (also when it has since been retired).', resolve: (c, _args, ctx) => positionTitleOf(ctx, c) }),
    position: t.field({
      type: PositionRef,
      nullable: true,
      description: 'The position changed; null once it has been retired.',
      resolve: async (c, _args, ctx) => (await ctx.access()).chart?.positions.find((p) => p.id === c.positionId) ?? null,
    }),
    staff: t.field({
      type: StaffRef,
      nullable: true,
      description: 'The person appointed or whose appointment ended; null for other kinds.',
      resolve: (c, _args, ctx) => (c.staffId ? signedInStaff(ctx).loaders.staff.load(c.staffId) : null),
    }),
    changes: t.field({ type: [FieldChangeRef], description: 'The fields changed, before → after.', resolve: (c) => c.changes }),
  }),
});

const pageArgs = (args: { first?: number | null; last?: number | null; before?: string | null }) => {
  forwardPagingOnly(args);
  new InputChecker().integer('first', args.first, { min: 1, max: PAGE_SIZE.max }).check();
  return args.first ?? PAGE_SIZE.default;
};

const connectionNames = [
  { name: 'OrgChangeConnection', description: 'A page of the org’s audit trail.' },
  { name: 'OrgChangeEdge', description: 'One org change, with its cursor.' },
] as const;

builder.queryField('orgChanges', (t) =>
  t.connection(
    {
      type: OrgChangeRef,
      description: 'The audit trail of every org change of the viewer’s site, newest first. Needs `org.audit.view` (the director).',
      authScopes: { can: 'org.audit.view' },
      args: { positionId: t.arg.globalID({ for: PositionRef, description: 'Only the changes of this position (a Position global id).' }) },
      resolve: async (_root, args, ctx) => {
        const { siteId } = signedInStaff(ctx);
        const first = pageArgs(args);
        const page = await listOrgChanges(ctx.db, siteId, { positionId: args.positionId?.id ?? undefined, first, after: args.after ?? null });
        return toConnection(page, args.after);
      },
    },
    connectionNames[0],
    connectionNames[1],
  ),
);

builder.queryField('orgChangesXlsx', (t) =>
  t.string({
    description: 'The org’s audit trail as .xlsx, base64-encoded: the newest 10,000 entries, one row per field changed (when, who, what kind, position, person, before → after). Needs `org.audit.view` (the director).',
    authScopes: { can: 'org.audit.view' },
    resolve: async (_root, _args, ctx) => (await exportOrgChanges(useCaseContext(ctx))).toString('base64'),
  }),
);

builder.objectField(PositionRef, 'history', (t) =>
  t.connection(
    {
      type: OrgChangeRef,
      description: 'This position’s own changes (edits, reporting lines, grants, appointments), newest first. Needs `org.audit.view`, or `org.position.edit` on this position.',
      authScopes: async (position, _args, ctx) => {
        const access = await ctx.access();
        const { principal } = ctx.viewer;
        if (principal.kind !== 'staff' || principal.siteId !== position.siteId) return false;
        return (
          access.can('org.audit.view', { type: 'site', siteId: position.siteId }) ||
          access.can('org.position.edit', { type: 'position', siteId: position.siteId, positionId: position.id })
        );
      },
      resolve: async (position, args, ctx) => {
        const { siteId } = signedInStaff(ctx);
        const first = pageArgs(args);
        if (position.siteId !== siteId) throw new NotFoundError('Position', position.id);
        const page = await listOrgChanges(ctx.db, siteId, { positionId: position.id, first, after: args.after ?? null });
        return toConnection(page, args.after);
      },
    },
    { name: 'PositionHistoryConnection', description: 'A page of one position’s changes.' },
    { name: 'PositionHistoryEdge', description: 'One change of the position, with its cursor.' },
  ),
);
