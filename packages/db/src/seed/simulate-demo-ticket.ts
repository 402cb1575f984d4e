import type { PositionCode, UnitCode } from '@kefu/domain/org';
import type { RequesterKind } from '@kefu/domain/shared';
import {
  applyCommand,
  openTicket,
  type Channel,
  type FollowUpChannel,
  type NewTicket,
  type NewTicketEvent,
  type Severity,
  type Ticket,
  type TicketActor,
  type TicketCommand,
  type TicketStatus,
} from '@kefu/domain/tickets';
import type { DemoTicketTemplate } from './demo-tickets.js';
import type { SeededRandom } from '@kefu/domain/testing';

/** Who could act at a given moment, answered from the org chart (assignments change over time). */
export type DemoCast = {
  /** Staff ids currently holding the position, regular holders first. */
  holders(position: PositionCode, at: Date): string[];
  /** The org chart's 上报 target above `fromStaffId`, or null when nobody is above. */
  escalationTarget(fromStaffId: string, unitId: string, at: Date): { staffId: string; position: PositionCode } | null;
};

export type DemoTicketInput = {
  siteId: string;
  timeZone: string;
  template: DemoTicketTemplate;
  unitId: string;
  title: string;
  description: string;
  location: string | null;
  requester: { id: string; kind: RequesterKind };
  channel: Channel;
  severity: Severity;
  requestedBy: Date | null;
  receivedAt: Date;
  /** Nothing happens at or after this instant: later steps are left undone. */
  now: Date;
  /** Work stalls once the ticket reaches this status, so it is still open (and likely overdue) at `now`. */
  stallAt: TicketStatus | null;
};

export type DemoTicketHistory = { ticket: NewTicket; events: Omit<NewTicketEvent, 'ticketId'>[] };

const HOUR_MS = 3_600_000;

const INVALID_REASONS = [
  '经核实,顾客所购商品非本商场商户售出,不属于受理范围。',
  '调取监控及销售记录,投诉情况与事实不符。',
  '顾客已与商户自行协商解决,且投诉内容不涉及商场服务。',
];
const ESCALATION_REASONS: Record<Severity, string[]> = {
  major: ['重大投诉,涉及顾客安全及公司形象,当日上报经理。', '顾客情绪激动并扬言投诉媒体,需上级出面处理。'],
  important: ['涉及管理及服务失误,按规定一小时内移交主管。', '现场无法解决,上报主管协调处理。'],
  minor: ['顾客要求主管答复。'],
};
const REOPEN_REASONS = ['回访时顾客反映问题复发,重新处理。', '商户反映维修后再次出现同样问题。', '顾客补充了购物凭证,重新受理。'];
const FOLLOW_UP_NOTES: Record<FollowUpChannel, string[]> = {
  phone: ['电话回访,顾客表示满意。', '电话回访,顾客提出的补充意见已记录。'],
  on_site: ['上门回访,现场确认问题已解决。', '现场回访,顾客对处理结果表示认可。'],
};
const UNHAPPY_NOTES = ['回访时顾客表示问题没有彻底解决,要求重新处理。', '顾客对处理结果不满意,已反馈给责任人整改。'];

/** The intake desk of each queue: 服务大厅 for merchant matters and the cart team, 卖场客服 on the floor. */
const INTAKE: Record<UnitCode, PositionCode[]> = {
  department: ['office_clerk'],
  merchant_service: ['hall_clerk', 'office_clerk'],
  floor_service: ['floor_clerk'],
  shuttle_team: ['hall_clerk'],
};
const WORKERS: Record<UnitCode, PositionCode[]> = {
  department: ['deputy'],
  merchant_service: ['office_clerk', 'hall_clerk'],
  floor_service: ['floor_clerk'],
  shuttle_team: ['cart_captain', 'cart_driver'],
};
// 客户意见定时回访 is a clerk's KPI; the cart team's own tickets are the team's to follow up, and
// the captain, who works the team's queue (ticket grants of cart_captain), calls back.
const FOLLOW_UP_DESK: Record<UnitCode, PositionCode[]> = {
  department: ['office_clerk'],
  merchant_service: ['office_clerk', 'hall_clerk'],
  floor_service: ['floor_clerk'],
  shuttle_team: ['cart_captain'],
};

/**
 * Plays one ticket's life through the domain's own intake and state machine, with each step's
 * time drawn after the one before, so the stored timeline is one the state machine allows.
 */
export const simulateDemoTicket = (input: DemoTicketInput, cast: DemoCast, rnd: SeededRandom): DemoTicketHistory => {
  const { template, now, timeZone } = input;
  const unit = template.unit;
  const staffAt = (positions: PositionCode[], at: Date): string => {
    const ids = positions.flatMap((p) => cast.holders(p, at));
    if (ids.length === 0) throw new Error(`nobody holds ${positions.join('/')} on ${at.toISOString()}`);
    return rnd.pick(ids);
  };
  const staff = (id: string): TicketActor => ({ kind: 'staff', id });
  const fromPortal = input.channel === 'portal';
  const intakeClerk = staffAt(INTAKE[unit], input.receivedAt);

  const opened = openTicket(
    {
      kind: template.kind,
      channel: input.channel,
      severity: input.severity,
      title: input.title,
      description: input.description,
      location: input.location,
      requesterId: input.requester.id,
      requesterKind: input.requester.kind,
      unitId: input.unitId,
      requestedBy: input.requestedBy,
      repairCategory: template.repairCategory ?? null,
      // A requester does not name a subject; the desk records it (`001_…` "被投诉人及被投诉部门").
      subject: template.aboutUnit && !fromPortal ? { kind: 'unit', unitCode: template.aboutUnit } : null,
    },
    {
      now: input.receivedAt,
      siteId: input.siteId,
      timeZone,
      actor: fromPortal ? { kind: 'requester', id: input.requester.id } : staff(intakeClerk),
    },
  );
  // The store assigns id and number; the placeholders never leave this function.
  let ticket: Ticket = { ...opened.ticket, id: '', number: 0 };
  const events: Omit<NewTicketEvent, 'ticketId'>[] = [opened.event];
  let clock = input.receivedAt;
  let stopped = false;

  /** Applies `command` `hours` after the previous step, unless that is not before `now` or work has stalled. */
  const step = (hours: number, act: (at: Date) => { actor: TicketActor; command: TicketCommand } | null): boolean => {
    if (stopped) return false;
    const at = new Date(clock.getTime() + Math.max(0.05, hours) * HOUR_MS);
    if (at.getTime() >= now.getTime()) {
      stopped = true;
      return false;
    }
    const next = act(at);
    if (!next) return false;
    const { ticket: changed, event } = applyCommand(ticket, next.command, { now: at, actor: next.actor, timeZone });
    const { ticketId: _placeholder, ...stored } = event;
    ticket = changed;
    events.push(stored);
    clock = at;
    if (ticket.status === input.stallAt) stopped = true;
    return true;
  };
  const assignee = (): string => ticket.assigneeId ?? intakeClerk;
  // Read through a function: the status changes inside \`step\`, out of the compiler's sight.
  const status = (): TicketStatus => ticket.status;
  const late = (hours: number): number => (rnd.chance(0.12) ? hours * rnd.between(1.6, 2.6) : hours);
  const severity = input.severity;

  // 派单: minor work waits a little; important goes within the hour (mostly), major at once.
  const dispatchHours =
    severity === 'minor' ? rnd.between(0.1, 4) : severity === 'important' ? late(rnd.between(0.1, 0.8)) : rnd.between(0.05, 0.5);
  step(dispatchHours, (at) => ({
    actor: staff(fromPortal ? staffAt(INTAKE[unit], at) : intakeClerk),
    // A portal ticket arrives with a default severity; the desk re-triages while dispatching.
    command: {
      type: 'assign',
      assigneeId: staffAt(WORKERS[unit], at),
      unitId: input.unitId,
      ...(fromPortal ? { severity } : {}),
    },
  }));

  // 上报 up the reporting line: important to the supervisor, major until it reaches the director.
  const escalations = severity === 'major' ? 3 : severity === 'important' && rnd.chance(0.6) ? 1 : 0;
  for (let i = 0; i < escalations; i++) {
    let reachedDirector = false;
    step(rnd.between(0.1, 1.5), (at) => {
      const from = assignee();
      const target = cast.escalationTarget(from, input.unitId, at);
      if (!target) return null;
      reachedDirector = target.position === 'director';
      return { actor: staff(from), command: { type: 'escalate', toStaffId: target.staffId, reason: rnd.pick(ESCALATION_REASONS[severity]) } };
    });
    if (reachedDirector) break;
  }

  // 无效投诉: judged by the supervisor above whoever has it.
  if (template.kind === 'complaint' && severity !== 'major' && rnd.chance(0.14)) {
    step(rnd.between(2, 30), (at) => {
      const judge = cast.escalationTarget(assignee(), input.unitId, at)?.staffId ?? assignee();
      return { actor: staff(judge), command: { type: 'markInvalid', reason: rnd.pick(INVALID_REASONS) } };
    });
    if (!rnd.chance(0.2)) return finish();
    step(rnd.between(24, 96), () => ({ actor: staff(assignee()), command: { type: 'reopen', reason: REOPEN_REASONS[2]! } }));
  }

  if (template.relayTo) {
    const department = template.relayTo;
    step(rnd.between(0.2, 3), () => ({
      actor: staff(assignee()),
      command: { type: 'relay', department, note: '已电话通知对方部门负责人,跟踪到底。' },
    }));
  }

  const resolveHours = (): number =>
    late(severity === 'major' ? rnd.between(24, 200) : severity === 'important' ? rnd.between(4, 60) : rnd.between(2, 40));

  for (let round = 0; round < 3 && !stopped; round++) {
    step(rnd.between(0.3, 8), () => ({ actor: staff(assignee()), command: { type: 'start' } }));
    step(resolveHours(), (at) => ({
      actor: staff(assignee()),
      command: {
        type: 'resolve',
        resolution: template.resolution,
        // 闭水试验 shortly before the leak repair is reported done.
        ...(ticket.repairCategory === 'leak' ? { waterTestAt: new Date(Math.max(at.getTime() - HOUR_MS, ticket.receivedAt.getTime())) } : {}),
      },
    }));
    if (status() !== 'resolved') break;

    if (ticket.followUpDueAt) {
      // 回访; a dissatisfied requester (≤ 2) sends the ticket back to work.
      const unhappy = round === 0 && rnd.chance(0.08);
      const channel: FollowUpChannel = rnd.chance(0.8) ? 'phone' : 'on_site';
      step(late(rnd.between(3, 40)), (at) => ({
        actor: staff(staffAt(FOLLOW_UP_DESK[unit], at)),
        command: {
          type: 'followUp',
          satisfaction: unhappy ? rnd.int(1, 2) : rnd.weighted([[5, 55], [4, 35], [3, 10]] as const),
          channel,
          note: rnd.pick(unhappy ? UNHAPPY_NOTES : FOLLOW_UP_NOTES[channel]),
        },
      }));
      if (status() !== 'followed_up') continue;
    }
    if (fromPortal && rnd.chance(0.5)) {
      step(rnd.between(1, 20), () => ({
        actor: { kind: 'requester', id: input.requester.id },
        command: { type: 'rate', stars: rnd.weighted([[5, 60], [4, 30], [3, 10]] as const), comment: '处理及时,谢谢。' },
      }));
    }
    step(rnd.between(1, 24), (at) => ({
      actor: staff(ticket.followUpDueAt ? staffAt(FOLLOW_UP_DESK[unit], at) : assignee()),
      command: { type: 'close' },
    }));
    // Now and then the problem comes back after closing (问题复发).
    if (status() !== 'closed' || round > 0 || !rnd.chance(0.05)) break;
    step(rnd.between(24, 120), () => ({ actor: staff(assignee()), command: { type: 'reopen', reason: REOPEN_REASONS[rnd.int(0, 1)]! } }));
  }
  return finish();

  function finish(): DemoTicketHistory {
    const { id: _id, number: _number, ...stored } = ticket;
    return { ticket: stored, events };
  }
};
