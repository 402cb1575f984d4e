import { isCurrent } from '@kefu/domain/org';
import { NotFoundError } from '@kefu/domain/shared';
import { signedIn } from '../common/request-scope.js';
import { AssignmentRef, PositionRef, StaffRef } from './org-refs.js';

export { AssignmentRef };

AssignmentRef.implement({
  description: 'A person holding a position over a span of time; acting (代理) holders have the same authority. Needs `org.view`.',
  authScopes: { can: 'org.view' },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The assignment’s id, as endAssignment takes it.' }),
    startsOn: t.field({ type: 'LocalDate', description: 'The first day the person holds the position.', resolve: (a) => a.startsOn }),
    endsOn: t.field({ type: 'LocalDate', nullable: true, description: 'The first day they no longer hold it (exclusive); null while open.', resolve: (a) => a.endsOn }),
    acting: t.exposeBoolean('acting', { description: 'Held on behalf of someone (代理/兼任), with the same authority.' }),
    current: t.boolean({ description: 'Held today.', resolve: (a, _args, ctx) => isCurrent(a, ctx.now) }),
    staff: t.field({
      type: StaffRef,
      description: 'The person holding it.',
      resolve: async (a, _args, ctx) => (await signedIn(ctx).loaders.staff.load(a.staffId)) ?? Promise.reject(new NotFoundError('Staff', a.staffId)),
    }),
    position: t.field({
      type: PositionRef,
      description: 'The position held.',
      resolve: async (a, _args, ctx) => {
        const { chart } = await ctx.access();
        const position = chart?.positions.find((p) => p.id === a.positionId);
        if (!position) throw new NotFoundError('Position', a.positionId);
        return position;
      },
    }),
  }),
});
