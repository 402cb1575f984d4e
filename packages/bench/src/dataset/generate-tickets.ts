import type { RequesterKind } from '@kefu/domain/shared';
import {
  computeDeadlines,
  followUpDueAt,
  nextDeadline,
  type PeerDepartment,
  type RepairCategory,
  type Severity,
  type TicketEventType,
  type TicketKind,
  type TicketStatus,
} from '@kefu/domain/tickets';
import { seededRandom, type SeededRandom } from '@kefu/domain/testing';
import { sequentialUuid } from './sequential-uuid.js';

/** The people and queues of one site that generated tickets point at. */
export type SiteCast = {
  siteId: string;
  /** Distinguishes the sites' ids; 1-based. */
  siteIndex: number;
  units: { merchant: string; floor: string; shuttle: string };
  /** Clerks who work each unit's queue (assignees), by unit id. */
  clerksByUnit: ReadonlyMap<string, readonly string[]>;
  requesters: Readonly<Record<RequesterKind, readonly string[]>>;
};

/** `tickets` columns in COPY order. */
export const TICKET_COPY_COLUMNS = [
  'id', 'site_id', 'number', 'kind', 'channel', 'severity', 'status', 'title', 'description', 'location',
  'requester_id', 'requester_kind', 'unit_id', 'assignee_id', 'relayed_to', 'repair_category', 'received_at',
  'handover_by', 'reply_by', 'resolve_by', 'follow_up_due_at', 'resolved_at', 'closed_at', 'due_at',
  'escalation_level', 'satisfaction', 'created_by_id', 'version', 'updated_at', 'handed_over_at', 'replied_at',
] as const;

/** `ticket_events` columns in COPY order. */
export const EVENT_COPY_COLUMNS = [
  'id', 'site_id', 'ticket_id', 'at', 'actor_kind', 'actor_id', 'type', 'from_status', 'to_status', 'data', 'visible_to_requester',
] as const;

export type CopyValue = string | number | boolean | Date | null;
export type GeneratedTicket = { ticket: CopyValue[]; events: CopyValue[][] };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const KINDS_BY_REQUESTER: Record<RequesterKind, readonly (readonly [TicketKind, number])[]> = {
  merchant: [['repair', 30], ['service_request', 20], ['consultation', 15], ['complaint', 10], ['logistics', 10], ['technical', 10], ['suggestion', 5]],
  customer: [['complaint', 40], ['consultation', 25], ['return_exchange', 25], ['suggestion', 10]],
  owner: [['repair', 50], ['consultation', 20], ['complaint', 15], ['suggestion', 15]],
};

const TITLES: Record<TicketKind, readonly string[]> = {
  complaint: ['销售人员服务态度差', '送货与样品不一致', '承诺的优惠未兑现', '安装质量问题', '导购车未按时发车'],
  repair: ['店铺照明故障', '卷帘门无法关闭', '屋面漏水', '空调不制冷', '插座跳闸'],
  consultation: ['营业时间咨询', '停车收费咨询', '促销活动咨询', '发票开具咨询'],
  service_request: ['申请延时营业', '申请广告位', '申请临时用电', '申请卸货车位'],
  return_exchange: ['瓷砖退货', '地板更换', '卫浴洁具换货'],
  logistics: ['大件配送预约', '配送延误', '搬运人手不足'],
  technical: ['收银系统故障', '网络中断', '监控画面缺失'],
  suggestion: ['增加休息座椅', '改进指示标识', '延长导购车线路'],
};

const RELAY_BY_KIND: Partial<Record<TicketKind, PeerDepartment>> = {
  repair: 'engineering',
  logistics: 'logistics',
  technical: 'technical',
  service_request: 'property',
};

/** Weights by age: recent tickets are still being worked, old ones are mostly closed. */
const statusWeights = (ageDays: number): readonly (readonly [TicketStatus, number])[] => {
  if (ageDays < 1) return [['received', 30], ['assigned', 35], ['in_progress', 20], ['relayed', 10], ['resolved', 5]];
  if (ageDays < 7) return [['received', 5], ['assigned', 15], ['in_progress', 25], ['relayed', 10], ['resolved', 25], ['followed_up', 10], ['closed', 10]];
  if (ageDays < 30) return [['assigned', 3], ['in_progress', 5], ['relayed', 3], ['resolved', 10], ['followed_up', 14], ['closed', 62], ['invalid', 3]];
  return [['received', 0.3], ['assigned', 0.7], ['in_progress', 1], ['resolved', 2], ['followed_up', 5], ['closed', 87], ['invalid', 4]];
};

/**
 * Tickets of one site with their timelines, deterministic for (seed, site, anchor): kinds,
 * requesters, units and assignees drawn from realistic weights; ages skewed to the recent past
 * (up to two years); statuses by age, so old tickets are closed and recent ones open; SLA
 * deadlines and the queue key `due_at` from the domain's own policy, so some open tickets are
 * overdue. About five timeline events each.
 */
export function* generateTickets(cast: SiteCast, count: number, seed: number, anchor: Date): Generator<GeneratedTicket> {
  const rnd = seededRandom(seed * 31 + cast.siteIndex);
  const now = anchor.getTime();
  const ages = Array.from({ length: count }, () => Math.min(730 * DAY, -Math.log(1 - rnd.next()) * 120 * DAY) + rnd.int(5, 600) * 60_000);
  // Numbers follow intake time, as at a real desk.
  ages.sort((a, b) => b - a);
  let eventCounter = 0;
  for (let i = 0; i < count; i++) {
    const id = sequentialUuid(rnd, cast.siteIndex * 16 + 1, i);
    const receivedAt = now - ages[i]!;
    const requesterKind = rnd.weighted<RequesterKind>([['merchant', 60], ['customer', 30], ['owner', 10]]);
    const requesterId = pickRequester(rnd, cast.requesters[requesterKind]);
    const kind = rnd.weighted(KINDS_BY_REQUESTER[requesterKind]);
    const severity = rnd.weighted<Severity>(kind === 'complaint' ? [['minor', 55], ['important', 35], ['major', 10]] : [['minor', 75], ['important', 21], ['major', 4]]);
    const unitId =
      requesterKind === 'customer'
        ? rnd.chance(0.9) ? cast.units.floor : cast.units.shuttle
        : rnd.chance(0.85) ? cast.units.merchant : cast.units.floor;
    const channel = requesterKind === 'customer'
      ? rnd.weighted([['phone', 45], ['walk_in', 45], ['letter', 10]] as const)
      : rnd.weighted([['portal', 45], ['phone', 25], ['walk_in', 25], ['letter', 5]] as const);
    let status = rnd.weighted(statusWeights(ages[i]! / DAY));
    if (status === 'invalid' && kind !== 'complaint') status = 'closed';
    const clerks = cast.clerksByUnit.get(unitId) ?? [];
    const assigneeId = status === 'received' || clerks.length === 0 ? null : rnd.pick(clerks);
    const createdById = channel === 'portal' || clerks.length === 0 ? null : rnd.pick(clerks);
    const repairCategory: RepairCategory | null = kind === 'repair' ? rnd.weighted([['safety', 20], ['leak', 25], ['other', 55]] as const) : null;
    const relayedTo = status === 'relayed' || (RELAY_BY_KIND[kind] && rnd.chance(0.3)) ? (RELAY_BY_KIND[kind] ?? 'property') : null;
    const deadlines = computeDeadlines({ kind: 'complaint', severity, receivedAt: new Date(receivedAt), requestedBy: null });

    // The timeline, played forward from intake and never past the anchor.
    const clip = (at: number) => Math.min(at, now - 60_000);
    const events: CopyValue[][] = [];
    let at = receivedAt;
    let from: TicketStatus | null = null;
    const push = (type: TicketEventType, to: TicketStatus | null, actorId: string | null, data: Record<string, unknown>, visible: boolean) => {
      events.push([
        sequentialUuid(rnd, cast.siteIndex * 16 + 2, eventCounter++), cast.siteId, id, new Date(at), actorId ? 'staff' : 'requester', actorId ?? requesterId,
        type, from, to, JSON.stringify(data), visible,
      ]);
      if (to) from = to;
    };
    push('created', 'received', createdById, {}, true);
    const path = lifePath(status, relayedTo !== null);
    let resolvedAt: number | null = null;
    let closedAt: number | null = null;
    let satisfaction: number | null = null;
    for (const step of path) {
      at = clip(at + stepDelay(rnd, step, deadlines.resolveBy.getTime() - receivedAt));
      switch (step) {
        case 'assigned':
          push('assigned', 'assigned', createdById ?? assigneeId, { assigneeId }, true);
          break;
        case 'relayed':
          push('relayed', 'relayed', assigneeId, { department: relayedTo }, true);
          break;
        case 'in_progress':
          push('started', 'in_progress', assigneeId, {}, false);
          if (rnd.chance(0.3)) push('commented', null, assigneeId, { note: '已联系客户,约定上门时间' }, false);
          break;
        case 'resolved':
          resolvedAt = at;
          push('resolved', 'resolved', assigneeId, { resolution: '已处理完毕,客户确认' }, true);
          break;
        case 'followed_up':
          satisfaction = rnd.weighted([[5, 50], [4, 30], [3, 12], [2, 5], [1, 3]] as const);
          push('followed_up', 'followed_up', assigneeId, { satisfaction, channel: 'phone' }, true);
          break;
        case 'closed':
          closedAt = at;
          push('closed', 'closed', assigneeId, {}, true);
          break;
        case 'invalid':
          closedAt = at;
          push('marked_invalid', 'invalid', assigneeId, { reason: '经核实不属实' }, true);
          break;
        default:
          break;
      }
    }
    const followUp = resolvedAt === null ? null : followUpDueAt({ kind, repairCategory, resolvedAt: new Date(resolvedAt) });
    // Handed over once out of intake, answered once resolved: stored, so every server reads the same `nextDeadline`.
    const facts = {
      status,
      deadlines,
      followUpDueAt: followUp,
      receivedAt: new Date(receivedAt),
      resolvedAt: resolvedAt === null ? null : new Date(resolvedAt),
      handedOverAt: status === 'received' ? null : new Date(receivedAt),
      repliedAt: resolvedAt === null ? null : new Date(resolvedAt),
    };
    const title = rnd.pick(TITLES[kind]);
    yield {
      ticket: [
        id, cast.siteId, i + 1, kind, channel, severity, status, title, `${title}:请尽快处理。`, rnd.chance(0.8) ? `${String.fromCharCode(65 + rnd.int(0, 5))}${rnd.int(1, 3)}-${String(rnd.int(1, 300)).padStart(3, '0')}` : null,
        requesterId, requesterKind, unitId, assigneeId, relayedTo, repairCategory, new Date(receivedAt),
        deadlines.handoverBy, deadlines.replyBy, deadlines.resolveBy, followUp, resolvedAt === null ? null : new Date(resolvedAt),
        closedAt === null ? null : new Date(closedAt), nextDeadline(facts), rnd.chance(0.03) ? 1 : 0, satisfaction, createdById,
        events.length, new Date(at), facts.handedOverAt, facts.repliedAt,
      ],
      events,
    };
  }
}

/** The statuses a ticket passed through to reach `status`, after intake. */
function lifePath(status: TicketStatus, relayed: boolean): TicketStatus[] {
  const work: TicketStatus[] = relayed ? ['assigned', 'relayed', 'in_progress'] : ['assigned', 'in_progress'];
  switch (status) {
    case 'received':
      return [];
    case 'assigned':
      return ['assigned'];
    case 'relayed':
      return ['assigned', 'relayed'];
    case 'in_progress':
      return work;
    case 'resolved':
      return [...work, 'resolved'];
    case 'followed_up':
      return [...work, 'resolved', 'followed_up'];
    case 'closed':
      return [...work, 'resolved', 'followed_up', 'closed'];
    case 'invalid':
      return ['assigned', 'invalid'];
  }
}

function stepDelay(rnd: SeededRandom, step: TicketStatus, window: number): number {
  switch (step) {
    case 'assigned':
      return rnd.int(5, 120) * 60_000;
    case 'relayed':
    case 'in_progress':
      return rnd.int(30, 360) * 60_000;
    case 'resolved':
      // Most work finishes inside the SLA window; some runs late.
      return rnd.chance(0.85) ? rnd.next() * window * 0.8 : window * (1 + rnd.next());
    default:
      return rnd.int(4, 72) * HOUR;
  }
}

/** Busy shops raise more tickets than quiet ones: a skewed pick (the first few most often). */
function pickRequester(rnd: SeededRandom, ids: readonly string[]): string {
  const u = rnd.next();
  return ids[Math.min(ids.length - 1, Math.floor(ids.length * u * u))]!;
}
