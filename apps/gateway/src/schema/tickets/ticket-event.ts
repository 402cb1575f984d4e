import type { LocalizedText } from '@kefu/domain/shared';
import { TICKET_EVENT_TYPES, type TicketEvent } from '@kefu/domain/tickets';
import { domainEnum } from '../common/domain-enum.js';
import { builder } from '../../builder.js';
import { LocalizedTextRef } from '../common/localized-text.js';
import { StaffRef } from '../org/staff.js';
import { signedInStaff } from '../common/request-scope.js';
import { PeerDepartmentEnum, TicketStatusEnum } from './ticket-enums.js';

const TicketEventTypeEnum = domainEnum('TicketEventType', TICKET_EVENT_TYPES, 'What a timeline event records.', {
  created: 'Registered (受理登记).',
  assigned: 'Dispatched to a member of staff (派单).',
  relayed: 'Handed to another department (传达).',
  started: 'Work started (开始处理).',
  escalated: 'Sent up the reporting line (上报); never shown to the requester.',
  resolved: 'Result reported (反馈结果).',
  marked_invalid: 'Complaint judged not valid (无效投诉).',
  followed_up: 'Follow-up call or visit recorded (回访).',
  closed: 'Closed (关闭).',
  reopened: 'Put back in the queue (重新打开).',
  rated: 'Rated by the requester (来访人评价).',
  commented: 'A comment (备注).',
  subject_changed: 'Who a complaint is about was recorded or corrected (被投诉方); never shown to the requester.',
  replied: 'A clear answer given to the requester (明确答复).',
  relay_accepted: 'The receiving department accepted a relay (受理).',
  relay_returned: 'The receiving department returned a relay (退回); never shown to the requester.',
  relay_replied: 'The receiving department answered a relay (反馈).',
  returned_to_queue: 'Back to the unit’s queue, unassigned, when its assignee’s assignment ended (退回本部门队列); never shown to the requester.',
});
export { TicketEventTypeEnum };

/** A relay event's department name, as the relays context records it ({ zh, en }). */
export const departmentNameOf = (data: Record<string, unknown>): LocalizedText | null => {
  const name = data.departmentName as Partial<LocalizedText> | undefined;
  return name && typeof name.zh === 'string' && typeof name.en === 'string' ? { zh: name.zh, en: name.en } : null;
};
const ActorKindEnum = domainEnum('ActorKind', ['staff', 'requester', 'system'] as const, 'Who caused a timeline event.', {
  staff: 'A member of staff.',
  requester: 'The requester, through the portal.',
  system: 'kefu itself, with no person acting.',
});

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
  description: 'One entry of a ticket’s timeline as staff see it, internal notes included (staff only).',
  authScopes: { staff: true },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The event’s own id.' }),
    at: t.field({ type: 'DateTime', description: 'When it happened.', resolve: (e) => e.at }),
    type: t.field({ type: TicketEventTypeEnum, description: 'What happened.', resolve: (e) => e.type }),
    fromStatus: t.field({ type: TicketStatusEnum, nullable: true, description: 'The ticket’s status before the event; null for its registration.', resolve: (e) => e.fromStatus }),
    toStatus: t.field({ type: TicketStatusEnum, nullable: true, description: 'The ticket’s status after the event.', resolve: (e) => e.toStatus }),
    actorKind: t.field({ type: ActorKindEnum, description: 'Who acted: staff, the requester or the system.', resolve: (e) => e.actorKind }),
    actor: t.field({
      type: StaffRef,
      nullable: true,
      description: 'The member of staff who acted; null when the requester or the system did.',
      resolve: (e, _args, ctx) => (e.actorKind === 'staff' && e.actorId ? signedInStaff(ctx).loaders.staff.load(e.actorId) : null),
    }),
    assignee: t.field({
      type: StaffRef,
      nullable: true,
      description: 'Assignments, escalations and resolutions that made the resolver the handler: the member of staff the ticket went to; null for other events.',
      resolve: (e, _args, ctx) => {
        const id = text(e.data, 'assigneeId', 'toStaffId');
        return id ? signedInStaff(ctx).loaders.staff.load(id) : null;
      },
    }),
    department: t.field({
      type: PeerDepartmentEnum,
      nullable: true,
      description: 'Relays: the department the ticket was handed to (传达); null for other events.',
      resolve: (e) => text(e.data, 'department') as never,
    }),
    departmentName: t.field({
      type: LocalizedTextRef,
      nullable: true,
      description: 'Relays and the department’s answers: the receiving department’s own name (工程维修部); null for other events.',
      resolve: (e) => departmentNameOf(e.data),
    }),
    note: t.string({
      nullable: true,
      description: 'Resolution, reason, note, comment or reply recorded with the event.',
      resolve: (e) => text(e.data, 'resolution', 'reason', 'note', 'comment', 'message', 'reply'),
    }),
    satisfaction: t.int({ nullable: true, description: 'Follow-ups and ratings: the satisfaction or stars given, 1–5; null for other events.', resolve: (e) => num(e.data, 'satisfaction') ?? num(e.data, 'stars') }),
    resolverBecameHandler: t.boolean({
      description: 'Resolutions: nobody handled the ticket, so the member of staff who resolved it became its handler.',
      resolve: (e) => (e.data.internal as Record<string, unknown> | undefined)?.resolverBecameHandler === true,
    }),
    visibleToRequester: t.exposeBoolean('visibleToRequester', { description: 'The requester sees this event in their timeline (without its internal notes); false for internal ones such as escalations.' }),
  }),
});
