import { wallClockAt, zoneOffsetMs } from '../sites/site-clock.js';
import type { RepairCategory, Severity, SlaDeadlines, Ticket, TicketKind } from './ticket.js';

/**
 * The SLA policy of complaints, `001_…` 投诉接待 (5), as code; other kinds follow a policy per
 * site (TicketPolicies), the product's own default below when the site sets none.
 *
 * - major 重大: to the director the same (local calendar) day, a clear reply within 2 days,
 *   resolved within 10 days.
 * - important 重要: to the supervisor within 1 hour, resolved within 3 days. The seed sets no
 *   separate reply for it, so `replyBy` is null: the result itself is the reply, reported the
 *   same day it is reached (投诉接待 (6)②).
 * - minor 轻微: resolved "within 2 days or by the requester's own deadline": a requester's
 *   deadline replaces the 2 days, earlier or later, because it is what they asked for. One that
 *   is not after intake is ignored, so no deadline ever precedes intake.
 *
 * "Days" are 24-hour multiples: the seed counts 2天内/10日内 from the event, not to a day's end.
 * Only 当天 (same day) is a calendar-day rule, evaluated in the mall's time zone.
 */
export const MALL_TIME_ZONE = 'Asia/Shanghai';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const addMs = (at: Date, ms: number): Date => new Date(at.getTime() + ms);
const days = (n: number): number => n * DAY_MS;

/** The instant the zone's wall clock reads 00:00 on the given local date (Date.UTC rolls over months and years). */
const localMidnight = (year: number, month: number, day: number, timeZone: string): number => {
  const wall = Date.UTC(year, month - 1, day);
  // Twice, so a DST change between the guess and the answer is picked up.
  const guess = wall - zoneOffsetMs(new Date(wall), timeZone);
  return wall - zoneOffsetMs(new Date(guess), timeZone);
};

/** The last millisecond of the local calendar day containing `at`, so it still formats as that day. */
export const endOfLocalDay = (at: Date, timeZone: string = MALL_TIME_ZONE): Date => {
  const w = wallClockAt(at, timeZone);
  return new Date(localMidnight(w.year, w.month, w.day + 1, timeZone) - 1);
};

/** How long each step may take, per severity, for a kind of ticket that is not a complaint. */
export type DeadlinePolicy = { handoverWithinHours: number | null; replyWithinHours: number | null; resolveWithinHours: number };
/** A site's deadlines for the kinds the seeds set none for (repairs, consultations, requests …), per severity. */
export type TicketPolicies = Partial<Record<Exclude<TicketKind, 'complaint'>, Record<Severity, DeadlinePolicy>>>;

/**
 * The product's own default for every kind but complaints (the seeds give deadlines for
 * complaints only; repairs have follow-up windows, not resolve windows): no hand-over or reply
 * step, resolved within 1 day (major), 2 days (important) or 3 days (minor); a minor one honours
 * the requester's own deadline, as minor complaints do. A site overrides it per kind.
 */
export const DEFAULT_KIND_POLICY: Record<Severity, DeadlinePolicy> = {
  major: { handoverWithinHours: null, replyWithinHours: null, resolveWithinHours: 24 },
  important: { handoverWithinHours: null, replyWithinHours: null, resolveWithinHours: 48 },
  minor: { handoverWithinHours: null, replyWithinHours: null, resolveWithinHours: 72 },
};

export const policyFor = (kind: Exclude<TicketKind, 'complaint'>, policies?: TicketPolicies | null): Record<Severity, DeadlinePolicy> =>
  policies?.[kind] ?? DEFAULT_KIND_POLICY;

export type DeadlineInput = {
  kind: TicketKind;
  severity: Severity;
  receivedAt: Date;
  requestedBy?: Date | null;
  timeZone?: string;
  /** The site's policies for kinds other than complaints; the product's default when absent. */
  policies?: TicketPolicies | null;
};

const ownDeadlineOf = (receivedAt: Date, requestedBy: Date | null | undefined): Date | null =>
  requestedBy && requestedBy.getTime() > receivedAt.getTime() ? requestedBy : null;

/**
 * `001_…` 投诉接待 (5), as data: "重大投诉,应当天呈送管理处主任进入处理程序,2天内给住户明确答复,10日内解决;
 * …重要投诉,应在接待一小时内转呈部门主管进入处理程序,3天内处理完毕;…轻微投诉,应在2天内或在住户要求的期限内解决".
 * The seed's, so no site changes it.
 */
export const COMPLAINT_POLICY: Record<Severity, DeadlinePolicy & { handoverSameDay: boolean }> = {
  major: { handoverWithinHours: null, handoverSameDay: true, replyWithinHours: 48, resolveWithinHours: 240 },
  important: { handoverWithinHours: 1, handoverSameDay: false, replyWithinHours: null, resolveWithinHours: 72 },
  minor: { handoverWithinHours: null, handoverSameDay: false, replyWithinHours: null, resolveWithinHours: 48 },
};

export const computeDeadlines = (input: DeadlineInput): SlaDeadlines => {
  const { kind, severity, receivedAt, requestedBy, timeZone = MALL_TIME_ZONE } = input;
  const policy = kind === 'complaint' ? COMPLAINT_POLICY[severity] : { ...policyFor(kind, input.policies)[severity], handoverSameDay: false };
  const after = (hours: number | null) => (hours === null ? null : addMs(receivedAt, hours * HOUR_MS));
  // A minor one honours the requester's own deadline (轻微 "或在住户要求的期限内"; other kinds alike, product rule).
  const own = severity === 'minor' ? ownDeadlineOf(receivedAt, requestedBy) : null;
  return {
    handoverBy: policy.handoverSameDay ? endOfLocalDay(receivedAt, timeZone) : after(policy.handoverWithinHours),
    replyBy: after(policy.replyWithinHours),
    resolveBy: own ?? addMs(receivedAt, policy.resolveWithinHours * HOUR_MS),
  };
};

export type FollowUpInput = {
  kind: TicketKind;
  repairCategory: RepairCategory | null;
  resolvedAt: Date;
  waterTestAt?: Date | null;
};

/**
 * When the 回访 is due, or null when none is owed.
 * Repairs (`001_…` 走回访 (1)): safety 2 days after the repair, leaks 3 days after the water test
 * (试漏; the resolution when no test time is known), everything else 2 days.
 * The seeds set a 回访 window for repairs only: a complaint's result is reported to the
 * requester the same day (投诉接待 (6)② "在当天将投诉处理结果通报投诉住户"), which is its reply, and
 * no window for a complaint 回访 is given, so none is owed. Other kinds owe no follow-up either
 * and may be closed once resolved.
 */
export const followUpDueAt = ({ kind, repairCategory, resolvedAt, waterTestAt }: FollowUpInput): Date | null => {
  if (kind !== 'repair') return null;
  if (repairCategory === 'leak') return addMs(waterTestAt ?? resolvedAt, days(3));
  return addMs(resolvedAt, days(2));
};

type SlaFacts = Pick<Ticket, 'status' | 'deadlines' | 'followUpDueAt' | 'receivedAt' | 'resolvedAt' | 'handedOverAt' | 'repliedAt'>;

/**
 * The deadline that matters in the current status, or null when nothing is owed.
 * While open: the hand-over until the ticket is with the one it must reach (`001_…` 投诉接待 (5):
 * a major complaint "当天呈送管理处主任" — met when the director, or whoever acts as director,
 * has it; an important one "一小时内转呈部门主管"; see handoverReached), the reply until the
 * requester is answered ("2天内给住户明确答复": a reply, or the reported result), then the
 * resolution, whichever comes first. Once resolved: the follow-up, if one is owed.
 */
export const nextDeadline = (ticket: SlaFacts): Date | null => {
  const { status, deadlines } = ticket;
  switch (status) {
    case 'received':
    case 'assigned':
    case 'relayed':
    case 'in_progress': {
      const pending = [
        ticket.handedOverAt === null ? deadlines.handoverBy : null,
        ticket.repliedAt === null ? deadlines.replyBy : null,
        deadlines.resolveBy,
      ].filter((d): d is Date => d !== null);
      return pending.reduce((a, b) => (b.getTime() < a.getTime() ? b : a));
    }
    case 'resolved':
      return ticket.followUpDueAt;
    case 'followed_up':
    case 'closed':
    case 'invalid':
      return null;
  }
};

export type SlaState = 'on_track' | 'due_soon' | 'overdue' | 'met';

/** Under this much time left a deadline is due soon, however long its window. */
export const DUE_SOON_MS = 2 * HOUR_MS;
/** Or when less than this share of its window is left. */
export const DUE_SOON_SHARE = 0.25;

/**
 * `met`: nothing is owed in the current status. `overdue`: the deadline that matters has passed
 * (a deadline is inclusive). `due_soon`: less than 2 hours or less than a quarter of its window
 * left; the window opens at intake for open tickets and at resolution for the follow-up.
 */
export const slaState = (ticket: SlaFacts, now: Date): SlaState => {
  const deadline = nextDeadline(ticket);
  if (deadline === null) return 'met';
  const left = deadline.getTime() - now.getTime();
  if (left < 0) return 'overdue';
  const opensAt = ticket.status === 'resolved' && ticket.resolvedAt ? ticket.resolvedAt : ticket.receivedAt;
  const window = Math.max(0, deadline.getTime() - opensAt.getTime());
  return left < DUE_SOON_MS || left < window * DUE_SOON_SHARE ? 'due_soon' : 'on_track';
};

export const isOverdue = (ticket: SlaFacts, now: Date): boolean => slaState(ticket, now) === 'overdue';
