import { positionsHeldBy } from '@kefu/domain/org';
import { ACTIONS } from '@kefu/domain/permissions';
import { domainEnum } from '../common/domain-enum.js';
import { builder } from '../../builder.js';
import type { GatewayContext } from '../../context.js';
import { signedIn } from '../common/request-scope.js';
import { PositionRef } from '../org/position.js';
import { StaffRef } from '../org/staff.js';
import { RequesterRef } from '../tickets/requester.js';

type ViewerShape = { ctx: GatewayContext };

const ViewerKind = domainEnum('ViewerKind', ['staff', 'requester'] as const);
export const ActionEnum = domainEnum('Action', ACTIONS, 'An action the permission rules decide on (see the permission matrix).');

/** The signed-in person: who they are and what they may do site-wide. */
export const ViewerRef = builder.objectRef<ViewerShape>('Viewer').implement({
  authScopes: { signedIn: true },
  fields: (t) => ({
    username: t.string({ resolve: ({ ctx }) => ctx.viewer.username ?? '' }),
    kind: t.field({
      type: ViewerKind,
      resolve: ({ ctx }) => (ctx.viewer.principal.kind === 'staff' ? 'staff' : 'requester'),
    }),
    staff: t.field({
      type: StaffRef,
      nullable: true,
      resolve: async ({ ctx }) => {
        const { principal, loaders } = signedIn(ctx);
        return principal.kind === 'staff' ? loaders.staff.load(principal.staffId) : null;
      },
    }),
    requester: t.field({
      type: RequesterRef,
      nullable: true,
      resolve: async ({ ctx }) => {
        const { principal, loaders } = signedIn(ctx);
        return principal.kind === 'requester' ? loaders.requesters.load(principal.requesterId) : null;
      },
    }),
    positions: t.field({
      type: [PositionRef],
      description: 'The positions the viewer holds today (staff only).',
      resolve: async ({ ctx }) => {
        const { principal } = signedIn(ctx);
        const { chart } = await ctx.access();
        if (principal.kind !== 'staff' || !chart) return [];
        const held = new Set(positionsHeldBy(chart, principal.staffId, ctx.now).map((p) => p.id));
        return chart.positions.filter((p) => held.has(p.id));
      },
    }),
    siteActions: t.field({
      type: [ActionEnum],
      description: 'Actions the viewer may take anywhere in the site, e.g. to show navigation.',
      resolve: async ({ ctx }) => {
        const { siteId } = signedIn(ctx);
        const access = await ctx.access();
        return ACTIONS.filter((action) => access.can(action, { type: 'site', siteId }));
      },
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerRef,
    nullable: true,
    description: 'The signed-in viewer, or null when nobody is signed in.',
    skipTypeScopes: true,
    authScopes: { public: true },
    resolve: (_root, _args, ctx) => (ctx.viewer.principal.kind === 'anonymous' ? null : { ctx }),
  }),
);
