import { isCurrent } from '@kefu/domain/org';
import { NotFoundError } from '@kefu/domain/shared';
import { signedIn } from '../common/request-scope.js';
import { AssignmentRef, PositionRef, StaffRef } from './org-refs.js';

export { AssignmentRef };

AssignmentRef.implement({
  description: 'A person holding a position over a span of time; acting (代理) holders have the same authority.',
  authScopes: { can: 'org.view' },
  fields: (t) => ({
    id: t.exposeID('id'),
    startsOn: t.field({ type: 'LocalDate', resolve: (a) => a.startsOn }),
    endsOn: t.field({ type: 'LocalDate', nullable: true, description: 'Exclusive; null while open.', resolve: (a) => a.endsOn }),
    acting: t.exposeBoolean('acting'),
    current: t.boolean({ resolve: (a, _args, ctx) => isCurrent(a, ctx.now) }),
    staff: t.field({
      type: StaffRef,
      resolve: async (a, _args, ctx) => (await signedIn(ctx).loaders.staff.load(a.staffId)) ?? Promise.reject(new NotFoundError('Staff', a.staffId)),
    }),
    position: t.field({
      type: PositionRef,
      resolve: async (a, _args, ctx) => {
        const { chart } = await ctx.access();
        const position = chart?.positions.find((p) => p.id === a.positionId);
        if (!position) throw new NotFoundError('Position', a.positionId);
        return position;
      },
    }),
  }),
});
