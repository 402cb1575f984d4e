import { findMessageEscalation } from '@kefu/db/messages';
import { escalatesAt, isEscalated, MESSAGE_URGENCIES, messageAgeMs, type Message } from '@kefu/domain/messages';
import { mayReadMessage as readable } from '../../use-cases/messages/may-read-message.js';
import { builder } from '../../builder.js';
import type { GatewayContext } from '../../context.js';
import { domainEnum } from '../common/domain-enum.js';
import { signedInStaff } from '../common/request-scope.js';
import { StaffRef } from '../org/staff.js';
import { UnitRef } from '../org/unit.js';

export const MessageUrgencyEnum = domainEnum('MessageUrgency', MESSAGE_URGENCIES, 'How soon the receiver should see a message.', {
  normal: 'Normal (一般): goes to the taker’s supervisors after the site’s escalation time.',
  urgent: 'Urgent (紧急): goes to the taker’s supervisors after half of it.',
});

/** The site's escalation time, read once per request. */
const escalations = new WeakMap<GatewayContext, Promise<number>>();
export const escalationOf = (ctx: GatewayContext): Promise<number> => {
  let minutes = escalations.get(ctx);
  if (!minutes) {
    minutes = findMessageEscalation(ctx.db, signedInStaff(ctx).siteId);
    escalations.set(ctx, minutes);
  }
  return minutes;
};

/** Who reads a message: the messages context's one rule (`mayReadMessage`), at the request's instant. */
export async function mayReadMessage(message: Message, ctx: GatewayContext): Promise<boolean> {
  const { principal } = ctx.viewer;
  if (principal.kind !== 'staff') return false;
  return readable(principal, await ctx.access(), message, ctx.now, await escalationOf(ctx));
}

export const MessageRef = builder.objectRef<Message>('Message').implement({
  description: 'A message taken for a member of staff or a unit (留言). Its receiver, those over them, its taker and, once overdue, the supervisors over its taker.',
  authScopes: (message, ctx) => mayReadMessage(message, ctx),
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The message’s id.' }),
    fromName: t.exposeString('fromName', { description: 'Who left it, in the taker’s words.' }),
    fromPhone: t.exposeString('fromPhone', { nullable: true, description: 'A number to call them back on.' }),
    forStaff: t.field({
      type: StaffRef,
      nullable: true,
      description: 'The person it is for; null when it is for a unit.',
      resolve: (m, _args, ctx) => (m.forStaffId ? signedInStaff(ctx).loaders.staff.load(m.forStaffId) : null),
    }),
    forUnit: t.field({
      type: UnitRef,
      nullable: true,
      description: 'The unit it is for; null when it is for a person.',
      resolve: async (m, _args, ctx) => (m.forUnitId ? ((await ctx.access()).chart?.units.find((u) => u.id === m.forUnitId) ?? null) : null),
    }),
    text: t.exposeString('text', { description: 'The message.' }),
    urgency: t.field({ type: MessageUrgencyEnum, description: 'Normal or urgent.', resolve: (m) => m.urgency }),
    takenBy: t.field({ type: StaffRef, nullable: true, description: 'Who took it.', resolve: (m, _args, ctx) => signedInStaff(ctx).loaders.staff.load(m.takenById) }),
    takenAt: t.field({ type: 'DateTime', description: 'When it was taken.', resolve: (m) => m.takenAt }),
    acknowledgedAt: t.field({ type: 'DateTime', nullable: true, description: 'When the receiver acknowledged it; null until then.', resolve: (m) => m.acknowledgedAt }),
    acknowledgedBy: t.field({
      type: StaffRef,
      nullable: true,
      description: 'Who acknowledged it.',
      resolve: (m, _args, ctx) => (m.acknowledgedById ? signedInStaff(ctx).loaders.staff.load(m.acknowledgedById) : null),
    }),
    ageSeconds: t.int({ description: 'How long it has waited for its receiver, in seconds (until acknowledged).', resolve: (m, _args, ctx) => Math.floor(messageAgeMs(m, ctx.now) / 1000) }),
    escalatesAt: t.field({
      type: 'DateTime',
      description: 'When it goes to the taker’s supervisors if still unacknowledged.',
      resolve: async (m, _args, ctx) => escalatesAt(m, await escalationOf(ctx)),
    }),
    escalated: t.boolean({
      description: 'Unacknowledged past the site’s escalation time: shown to the taker’s supervisors.',
      resolve: async (m, _args, ctx) => isEscalated(m, ctx.now, await escalationOf(ctx)),
    }),
  }),
});
