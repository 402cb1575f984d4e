import { listStaff } from '@kefu/db/org';
import {
  type Position,
  type Staff,
  type Unit,
} from '@kefu/domain/org';
import { permissionMatrix } from '@kefu/domain/permissions';
import { builder } from '../../builder.js';
import { forwardPagingOnly, PAGE_SIZE, toConnection } from '../common/connection.js';
import { InputChecker } from '@kefu/domain/shared';
import { signedInStaff } from '../common/request-scope.js';
import { PermissionRowRef } from './permission-matrix.js';
import { PositionRef, viewAsOf } from './position.js';
import { readOrgChartAsOf } from '../../use-cases/org/read-org-chart-as-of.js';
import { useCaseContext } from '../common/use-case-context.js';
import { StaffRef } from './staff.js';
import { UnitRef } from './unit.js';

type OrgChartShape = { units: Unit[]; positions: Position[] };

const OrgChartRef = builder.objectRef<OrgChartShape>('OrgChart').implement({
  description: "One site's department: its units and positions with their reporting lines.",
  authScopes: { can: 'org.view' },
  fields: (t) => ({
    units: t.field({ type: [UnitRef], description: 'Every unit: 客户服务部 and its service centres.', resolve: (c) => c.units }),
    positions: t.field({ type: [PositionRef], description: 'Every position; follow reportsTo and directReports for the tree.', resolve: (c) => c.positions }),
  }),
});

builder.queryField('orgChart', (t) =>
  t.field({
    type: OrgChartRef,
    description:
      'The viewer’s site’s department (组织架构); with `asOf`, as it stood that day (positions, reporting lines and holders then). Needs `org.view`.',
    authScopes: { can: 'org.view' },
    args: {
      asOf: t.arg({ type: 'LocalDate', description: 'A site-local day; the chart in force today when left out. A later day shows the changes scheduled up to it.' }),
    },
    resolve: async (_root, { asOf }, ctx) => {
      if (asOf) {
        const chart = await readOrgChartAsOf(useCaseContext(ctx), asOf.toISOString().slice(0, 10));
        return { units: chart.units, positions: viewAsOf(chart, asOf.toISOString().slice(0, 10)).positions };
      }
      const { chart } = await ctx.access();
      return { units: chart?.units ?? [], positions: chart?.positions ?? [] };
    },
  }),
);

builder.queryField('permissionMatrix', (t) =>
  t.field({
    type: [PermissionRowRef],
    description: 'Positions × actions as the domain decides them, with the choices the viewer may set in each cell (those with `org.position.edit` on the position). Needs `org.view`.',
    authScopes: { can: 'org.view' },
    resolve: async (_root, _args, ctx) => {
      const { chart } = await ctx.access();
      const { principal } = ctx.viewer;
      return chart ? permissionMatrix(chart, ctx.now, principal.kind === 'staff' ? principal : undefined) : [];
    },
  }),
);

builder.queryField('staffMembers', (t) =>
  t.connection({
    type: StaffRef,
    description: 'The staff directory in name order: search by name, number or phone; filter by unit or position. Needs `staff.view`.',
    authScopes: { can: 'staff.view' },
    args: {
      text: t.arg.string({ description: 'Part of a name, employee number or phone number.' }),
      unitId: t.arg.id({ description: 'Only people holding a position of this unit today, not of its sub-units (a Unit id).' }),
      positionId: t.arg.globalID({ for: PositionRef, description: 'Only people holding this position today (a Position global id).' }),
    },
    resolve: async (_root, args, ctx) => {
      const { siteId } = signedInStaff(ctx);
      forwardPagingOnly(args);
      new InputChecker().integer('first', args.first, { min: 1, max: PAGE_SIZE.max }).check();
      const first = args.first ?? PAGE_SIZE.default;
      const page = await listStaff(ctx.db, siteId, {
        text: args.text ?? undefined,
        unitId: args.unitId ?? undefined,
        positionId: args.positionId?.id ?? undefined,
        first,
        after: args.after ?? null,
      });
      return toConnection<Staff>(page, args.after);
    },
  }, { name: 'StaffConnection' }, { name: 'StaffEdge' }),
);
