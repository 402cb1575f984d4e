import { TICKET_EVENT_TYPES, type TicketEvent } from '@kefu/domain/tickets';
import { domainEnum } from '../common/domain-enum.js';
import { builder } from '../../builder.js';
import { StaffRef } from '../org/staff.js';
import { signedInStaff } from '../common/request-scope.js';
import { PeerDepartmentEnum, TicketStatusEnum } from './ticket-enums.js';

const TicketEventTypeEnum = domainEnum('TicketEventType', TICKET_EVENT_TYPES);
export { TicketEventTypeEnum };
const ActorKindEnum = domainEnum('ActorKind', ['staff', 'requester', 'system'] as const);

const text = (data: Record<string, unknown>, ...keys: string[]): string | null => {
  for (const key of keys) {
    const value = data[key] ?? (data.internal as Record<string, unknown> | undefined)?.[key];
    if (typeof value === 'string' && value.length > 0) return value;
  }
  return null;
};
const num = (data: Record<string, unknown>, key: string): number | null => (typeof data[key] === 'number' ? (data[key] as number) : null);

/** One entry of a ticket's timeline as staff see it: internal notes included. */
export const TicketEventRef = builder.objectRef<TicketEvent>('TicketEvent').implement({
  authScopes: { staff: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.field({ type: 'DateTime', resolve: (e) => e.at }),
    type: t.field({ type: TicketEventTypeEnum, resolve: (e) => e.type }),
    fromStatus: t.field({ type: TicketStatusEnum, nullable: true, resolve: (e) => e.fromStatus }),
    toStatus: t.field({ type: TicketStatusEnum, nullable: true, resolve: (e) => e.toStatus }),
    actorKind: t.field({ type: ActorKindEnum, resolve: (e) => e.actorKind }),
    actor: t.field({
      type: StaffRef,
      nullable: true,
      resolve: (e, _args, ctx) => (e.actorKind === 'staff' && e.actorId ? signedInStaff(ctx).loaders.staff.load(e.actorId) : null),
    }),
    assignee: t.field({
      type: StaffRef,
      nullable: true,
      resolve: (e, _args, ctx) => {
        const id = text(e.data, 'assigneeId', 'toStaffId');
        return id ? signedInStaff(ctx).loaders.staff.load(id) : null;
      },
    }),
    department: t.field({
      type: PeerDepartmentEnum,
      nullable: true,
      resolve: (e) => text(e.data, 'department') as never,
    }),
    note: t.string({
      nullable: true,
      description: 'Resolution, reason, note or comment recorded with the event.',
      resolve: (e) => text(e.data, 'resolution', 'reason', 'note', 'comment'),
    }),
    satisfaction: t.int({ nullable: true, resolve: (e) => num(e.data, 'satisfaction') ?? num(e.data, 'stars') }),
    visibleToRequester: t.exposeBoolean('visibleToRequester'),
  }),
});
