import type { PermissionMatrixCell, PermissionMatrixRow } from '@kefu/domain/org';
import { ACTIONS, type Action } from '@kefu/domain/permissions';
import { builder } from '../../builder.js';
import { ActionEnum } from '../auth/viewer.js';
import { PositionRef } from './position.js';

/* The permission matrix's rows and cells: read by `permissionMatrix`, answered by `setPositionGrant`. */

type MatrixCellShape = PermissionMatrixCell & { action: Action };

const PermissionCellRef = builder.objectRef<MatrixCellShape>('PermissionCell').implement({
  description: 'Whether a position may take an action, and why (the reason is a stable key).',
  authScopes: { can: 'org.view' },
  fields: (t) => ({
    action: t.field({ type: ActionEnum, description: 'The action decided on.', resolve: (c) => c.action }),
    allowed: t.exposeBoolean('allowed', { description: 'The position’s holders may take it, at least within its scope.' }),
    reason: t.exposeString('reason', { description: 'Why, as a stable key the apps translate (granted, site_scope, not_granted, …).' }),
    scope: t.exposeString('scope', { nullable: true, description: 'How far the grant reaches: any, site, subordinates, own_queue, own.' }),
    source: t.exposeString('source', {
      nullable: true,
      description: 'Where the grant comes from: baseline (every position holder), catalogue (the default grants) or site (changed for this site); null when nothing grants it.',
    }),
    positionScope: t.exposeString('positionScope', {
      nullable: true,
      description: 'The position’s own grant (catalogue or site) before its reporting line narrows it: what an editor changes; null for none.',
    }),
    choices: t.exposeStringList('choices', {
      nullable: true,
      description: 'The scopes the viewer may set in this cell (besides none); null when the viewer may not edit it.',
    }),
  }),
});

export const PermissionRowRef = builder.objectRef<PermissionMatrixRow<Action>>('PermissionRow').implement({
  description: 'One position’s row of the permission matrix. Needs `org.view`.',
  authScopes: { can: 'org.view' },
  fields: (t) => ({
    position: t.field({
      type: PositionRef,
      description: 'The position.',
      resolve: async (row, _args, ctx) => {
        const { chart } = await ctx.access();
        const position = chart?.positions.find((p) => p.id === row.positionId);
        if (!position) throw new Error(`matrix row for unknown position ${row.positionId}`);
        return position;
      },
    }),
    cells: t.field({
      type: [PermissionCellRef],
      description: 'One cell per action, in the order of the Action enum.',
      resolve: (row) => ACTIONS.map((action) => ({ action, ...row.cells[action] })),
    }),
  }),
});

