import { loadScheduledOrgChanges, type ScheduledOrgChange } from '@kefu/db/org';
import { ACTIONS, type Action } from '@kefu/domain/permissions';
import { builder } from '../../builder.js';
import { cancelScheduledOrgChange } from '../../use-cases/org/cancel-scheduled-org-change.js';
import { ActionEnum } from '../auth/viewer.js';
import { useCaseContext } from '../common/use-case-context.js';
import { PositionRef } from './position.js';

const day = (d: string) => new Date(`${d}T00:00:00.000Z`);

const ScheduledOrgChangeKindEnum = builder.enumType('ScheduledOrgChangeKind', {
  description: 'What a scheduled org change changes.',
  values: {
    REPORTING_LINE: { value: 'reportingLine', description: 'The positions a position reports to (直接上级).' },
    GRANT: { value: 'grant', description: 'A position’s grant of one action (a cell of the permission matrix).' },
  } as const,
});

const ScheduledOrgChangeRef = builder.objectRef<ScheduledOrgChange>('ScheduledOrgChange').implement({
  description:
    'A change of a reporting line or a grant dated after the site’s today: not in force yet, withdrawn with cancelScheduledOrgChange. One per position’s lines, and one per grant cell, at a time. Needs `org.view`.',
  authScopes: { can: 'org.view' },
  fields: (t) => ({
    kind: t.field({ type: ScheduledOrgChangeKindEnum, description: 'What it changes.', resolve: (c) => c.kind }),
    effectiveOn: t.field({ type: 'LocalDate', description: 'The site-local day it takes effect (起生效).', resolve: (c) => day(c.effectiveOn) }),
    reportsTo: t.field({
      type: [PositionRef],
      description: 'For a reporting line: the positions it will report to from that day (empty for a grant).',
      resolve: async (c, _args, ctx) => {
        if (c.kind !== 'reportingLine') return [];
        const { chart } = await ctx.access();
        return c.reportsTo.flatMap((id) => chart?.positions.filter((p) => p.id === id) ?? []);
      },
    }),
    action: t.field({
      type: ActionEnum,
      nullable: true,
      description: 'For a grant: the action (null for a reporting line).',
      resolve: (c) => (c.kind === 'grant' && (ACTIONS as readonly string[]).includes(c.action) ? (c.action as Action) : null),
    }),
    scope: t.string({ nullable: true, description: 'For a grant: the scope it will have from that day, null for none (null for a reporting line).', resolve: (c) => (c.kind === 'grant' ? c.scope : null) }),
  }),
});

builder.objectField(PositionRef, 'scheduledChanges', (t) =>
  t.field({
    type: [ScheduledOrgChangeRef],
    description: 'Changes of this position’s reporting lines and grants scheduled after today, by day. Needs `org.view`.',
    authScopes: { can: 'org.view' },
    resolve: (p, _args, ctx) => loadScheduledOrgChanges(ctx.db, p.siteId, p.id),
  }),
);

builder.mutationField('cancelScheduledOrgChange', (t) =>
  t.field({
    type: 'LocalDate',
    description:
      'Withdraws the change scheduled after today of a position’s reporting lines (no `action`) or of its grant of `action`; returns the day it would have taken effect. The trail records it. Needs `org.reportingLine.edit` over the position for its lines; for a grant, `org.position.edit` over it and a grant no wider than the editor’s own. Refused as `positionId` nothing_scheduled when none is pending.',
    authScopes: (_root, args) => ({ can: args.action ? 'org.position.edit' : 'org.reportingLine.edit' }),
    args: {
      positionId: t.arg.globalID({ for: PositionRef, required: true, description: 'The position (a Position global id).' }),
      action: t.arg({ type: ActionEnum, description: 'The grant’s action; left out for the reporting lines.' }),
    },
    resolve: async (_root, { positionId, action }, ctx) => day(await cancelScheduledOrgChange(useCaseContext(ctx), positionId.id, action ?? null)),
  }),
);
