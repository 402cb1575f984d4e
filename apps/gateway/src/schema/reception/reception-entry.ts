import { findReceptionStandard } from '@kefu/db/reception';
import {
  isReceptionLate,
  RECEPTION_CATEGORIES,
  RECEPTION_CHANNELS,
  RECEPTION_OUTCOMES,
  receptionResource,
  RECORDED_OUTCOMES,
  waitedMs,
  type ReceptionEntry,
} from '@kefu/domain/reception';
import { ticketResource } from '@kefu/domain/tickets';
import { builder } from '../../builder.js';
import type { GatewayContext } from '../../context.js';
import { domainEnum } from '../common/domain-enum.js';
import { signedInStaff } from '../common/request-scope.js';
import { StaffRef } from '../org/staff.js';
import { RequesterRef } from '../requesters/requester.js';
import { TicketRef } from '../tickets/ticket.js';

export const ReceptionChannelEnum = domainEnum('ReceptionChannel', RECEPTION_CHANNELS, 'How a contact reached the desk (来电、来访、信函).', {
  phone: 'A phone call (来电).',
  walk_in: 'A visit to the desk or the service hall (来访).',
  letter: 'A letter (信函).',
});
export const ReceptionCategoryEnum = domainEnum('ReceptionCategory', RECEPTION_CATEGORIES, 'What a contact was about (接待信息的分类).', {
  consultation: 'Consultation (咨询): market information, shopping.',
  complaint: 'Complaint (投诉).',
  repair: 'Repair report (报修).',
  leasing_inquiry: 'Leasing inquiry (招商咨询).',
  lost_found: 'Lost and found (失物招领).',
  returns: 'Return or exchange of goods (退换货).',
  other: 'Anything else (其他).',
});
export const ReceptionOutcomeEnum = domainEnum('ReceptionOutcome', RECEPTION_OUTCOMES, 'How a contact ended (处理结果).', {
  answered: 'Answered on the spot (当场答复).',
  ticket: 'Became a ticket (转为工单); see `ticket`.',
  relayed: 'Relayed to another department (已转交).',
  message_taken: 'A message was taken (已留言).',
});
export const RecordedOutcomeEnum = domainEnum('RecordedReceptionOutcome', RECORDED_OUTCOMES, 'An outcome a clerk records directly; a ticket comes only with `turnReceptionIntoTicket`.', {
  answered: 'Answered on the spot (当场答复).',
  relayed: 'Relayed to another department (已转交).',
  message_taken: 'A message was taken (已留言).',
});

/** The site's reception standard, read once per request. */
const standards = new WeakMap<GatewayContext, Promise<number>>();
export const receptionStandardOf = (ctx: GatewayContext): Promise<number> => {
  let standard = standards.get(ctx);
  if (!standard) {
    standard = findReceptionStandard(ctx.db, signedInStaff(ctx).siteId);
    standards.set(ctx, standard);
  }
  return standard;
};

const mayView = async (entry: ReceptionEntry, ctx: GatewayContext): Promise<boolean> =>
  ctx.viewer.principal.kind === 'staff' && (await ctx.access()).can('reception.view', receptionResource(entry));

export const ReceptionEntryRef = builder.objectRef<ReceptionEntry>('ReceptionEntry').implement({
  description: 'One registered call, visit or letter (来电来访登记). Staff with `reception.view` on the site.',
  authScopes: (entry, ctx) => mayView(entry, ctx),
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The entry’s id.' }),
    channel: t.field({ type: ReceptionChannelEnum, description: 'Call, visit or letter.', resolve: (e) => e.channel }),
    category: t.field({ type: ReceptionCategoryEnum, description: 'What it was about.', resolve: (e) => e.category }),
    requester: t.field({
      type: RequesterRef,
      nullable: true,
      description: 'Who it was; null for an anonymous caller or visitor.',
      resolve: (e, _args, ctx) => (e.requesterId ? signedInStaff(ctx).loaders.requesters.load(e.requesterId) : null),
    }),
    summary: t.exposeString('summary', { description: 'What they said or asked, in a few words.' }),
    arrivedAt: t.field({ type: 'DateTime', description: 'When the call came in or the visitor arrived (a fact for 来客准时接待率).', resolve: (e) => e.arrivedAt }),
    receivedAt: t.field({ type: 'DateTime', nullable: true, description: 'When a clerk took them; null while a visitor waits.', resolve: (e) => e.receivedAt }),
    receivedBy: t.field({
      type: StaffRef,
      nullable: true,
      description: 'The clerk who received them.',
      resolve: (e, _args, ctx) => (e.receivedById ? signedInStaff(ctx).loaders.staff.load(e.receivedById) : null),
    }),
    registeredBy: t.field({
      type: StaffRef,
      nullable: true,
      description: 'The clerk who wrote the entry.',
      resolve: (e, _args, ctx) => signedInStaff(ctx).loaders.staff.load(e.registeredById),
    }),
    registeredAt: t.field({ type: 'DateTime', description: 'When the entry was written.', resolve: (e) => e.registeredAt }),
    outcome: t.field({ type: ReceptionOutcomeEnum, nullable: true, description: 'How it ended; null while open.', resolve: (e) => e.outcome }),
    ticketNumber: t.int({
      nullable: true,
      description: 'The number of the ticket it became (shown as KF-000123); null unless the outcome is a ticket.',
      resolve: async (e, _args, ctx) => (e.ticketId ? ((await signedInStaff(ctx).loaders.tickets.load(e.ticketId))?.number ?? null) : null),
    }),
    ticket: t.field({
      type: TicketRef,
      nullable: true,
      description: 'The ticket it became, when the viewer may see that ticket.',
      resolve: async (e, _args, ctx) => {
        if (!e.ticketId) return null;
        const ticket = await signedInStaff(ctx).loaders.tickets.load(e.ticketId);
        return ticket && (await ctx.access()).can('ticket.view', ticketResource(ticket)) ? ticket : null;
      },
    }),
    waitedSeconds: t.int({
      description: 'How long they waited to be received, in seconds; still counting while they wait.',
      resolve: (e, _args, ctx) => Math.floor(waitedMs(e.arrivedAt, e.receivedAt, ctx.now) / 1000),
    }),
    late: t.boolean({
      description: 'Waited longer than the site’s reception standard (`receptionStandardMinutes`); a waiting visitor turns late once it has passed.',
      resolve: async (e, _args, ctx) => isReceptionLate(e.arrivedAt, e.receivedAt, ctx.now, await receptionStandardOf(ctx)),
    }),
  }),
});
