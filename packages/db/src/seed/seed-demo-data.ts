import { randomUUID } from 'node:crypto';
import {
  currentHolders,
  escalationTarget,
  type Assignment,
  type OrgChart,
  type Position,
  type PositionCode,
} from '@kefu/domain/org';
import type { Requester } from '@kefu/domain/requesters';
import type { RequesterKind } from '@kefu/domain/shared';
import { openFollowUp } from '@kefu/domain/followups';
import { seededRandom, type SeededRandom } from '@kefu/domain/testing';
import { endOfLocalDay, type Channel, type TicketEvent, type TicketStatus } from '@kefu/domain/tickets';
import { hashPassword, insertAccount } from '../accounts/index.js';
import type { Database, Queryable } from '../engine/index.js';
import { insertAssignment, insertCatalogueChart, insertPosition, insertStaff } from '../org/index.js';
import { insertRequester } from '../requesters/index.js';
import { insertSite, localDate } from '../sites/index.js';
import { insertTicket } from '../tickets/index.js';
import { insertFollowUp } from '../followups/index.js';
import { addSiteGroupReader, insertSiteGroup, putSiteInGroup } from '../kpi/index.js';
import { DEMO_PASSWORD } from './demo-logins.js';
import { DEMO_DEPARTMENTS } from './demo-departments.js';
import { insertDepartment } from '../relays/index.js';
import { DEMO_PEOPLE } from './demo-people.js';
import { DEMO_TICKET_TEMPLATES, type DemoTicketTemplate } from './demo-tickets.js';
import { insertTicketEvents } from './insert-ticket-events.js';
import { simulateDemoTicket, type DemoCast, type DemoTicketInput } from './simulate-demo-ticket.js';

export type SeedDemoOptions = { now: Date; log?: (line: string) => void };
export type SeedDemoSummary = { site: string; staff: number; requesters: number; tickets: number };

const SITE = {
  code: 'demo',
  name: { zh: '建材商场', en: 'Demo Building-Materials Mall' },
  timeZone: 'Asia/Shanghai',
} as const;
/**
 * The demo's group of sites (集团), set up as an operator would: the demo mall in it and the
 * demo director its reader, so the KPI page's group view shows in the demo.
 */
const GROUP = { code: 'demo-group', name: { zh: '演示商业集团', en: 'Demo Retail Group' }, reader: 'director' } as const;
const TICKET_COUNT = 300;
const HISTORY_DAYS = 60;
const RANDOM_SEED = 20_240_601;
// Any constant shared by all replicas: gateways starting together seed once.
const SEED_LOCK = 4_201_512;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * Fills an empty database with one demo mall: the department from the domain's catalogue, its
 * people, merchants, owners and customers, their sign-ins, and ~300 tickets whose timelines are
 * played through the domain's state machine. Does nothing and returns null once any site
 * exists, so start-up may call it every time. The same `now` gives the same data.
 */
export async function seedDemoData(db: Database, { now, log = () => {} }: SeedDemoOptions): Promise<SeedDemoSummary | null> {
  if (await anySite(db)) return null;
  const started = Date.now();
  // scrypt is slow on purpose: hash once, outside the transaction, and share it.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const summary = await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    if (await anySite(tx)) return null;
    return seedSite(tx, { now, log, passwordHash });
  });
  if (summary) log(`demo data seeded in ${Date.now() - started} ms`);
  return summary;
}

const anySite = async (q: Queryable): Promise<boolean> => (await q.query('SELECT 1 FROM sites LIMIT 1')).length > 0;

type SeedContext = { now: Date; log: (line: string) => void; passwordHash: string };

async function seedSite(tx: Queryable, { now, log, passwordHash }: SeedContext): Promise<SeedDemoSummary> {
  const rnd = seededRandom(RANDOM_SEED);
  const site = await insertSite(tx, SITE);
  const siteId = site.id;
  let accounts = 0;
  const accountIds = new Map<string, string>();
  const account = async (username: string, owner: { staffId: string } | { requesterId: string }) => {
    accountIds.set(username, (await insertAccount(tx, { siteId, username, passwordHash, locale: 'zh-CN', ...owner })).id);
    accounts++;
  };

  const { units, positions } = await insertCatalogueChart(tx, siteId);
  log(`demo seed: site ${site.code}, ${units.size} units, ${positions.size} positions`);

  const today = localDate(now, site.timeZone);
  const assignments: Assignment[] = [];
  for (const person of DEMO_PEOPLE.staff) {
    const { name, employeeNo, phone, active } = person;
    const staff = await insertStaff(tx, { siteId, name, employeeNo, phone, active });
    for (const a of person.assignments) {
      assignments.push(
        await insertAssignment(tx, {
          siteId,
          staffId: staff.id,
          positionId: required(positions.get(a.position), a.position).id,
          startsOn: daysBefore(today, a.startsDaysAgo),
          endsOn: a.endsDaysAgo === undefined ? null : daysBefore(today, a.endsDaysAgo),
          acting: a.acting ?? false,
        }),
      );
    }
    if (person.login) await account(person.login, { staffId: staff.id });
  }
  log(`demo seed: ${DEMO_PEOPLE.staff.length} staff, ${assignments.length} assignments`);

  const group = await insertSiteGroup(tx, GROUP);
  await putSiteInGroup(tx, siteId, group.id);
  await addSiteGroupReader(tx, group.id, required(accountIds.get(GROUP.reader), GROUP.reader));
  log(`demo seed: group ${GROUP.code}, read by ${GROUP.reader}`);

  // The ticket simulation's chart (below) keeps to customer service: these join after it is read.
  const departmentMembers = await seedDepartmentStaff(tx, siteId, required(units.get('department'), 'department').id, today, account);
  for (const d of DEMO_DEPARTMENTS) await insertDepartment(tx, siteId, { ...d, memberStaffIds: departmentMembers.get(d.code) ?? [] });
  log(`demo seed: ${DEMO_DEPARTMENTS.length} departments outside customer service, ${departmentMembers.size} with their own staff`);

  const requesters: Record<RequesterKind, Requester[]> = { merchant: [], owner: [], customer: [] };
  for (const m of DEMO_PEOPLE.merchants) {
    const r = await insertRequester(tx, {
      siteId, kind: 'merchant', name: m.name, shopName: m.shopName, shopUnit: m.shopUnit, phone: m.phone,
    });
    requesters.merchant.push(r);
    await account(m.username, { requesterId: r.id });
  }
  for (const o of DEMO_PEOPLE.owners) {
    const r = await insertRequester(tx, { siteId, kind: 'owner', name: o.name, shopName: null, shopUnit: o.shopUnit, phone: o.phone });
    requesters.owner.push(r);
    await account(o.username, { requesterId: r.id });
  }
  for (const c of DEMO_PEOPLE.customers) {
    requesters.customer.push(
      await insertRequester(tx, { siteId, kind: 'customer', name: c.name, shopName: null, shopUnit: null, phone: c.phone }),
    );
  }
  const requesterCount = requesters.merchant.length + requesters.owner.length + requesters.customer.length;
  log(`demo seed: ${requesterCount} requesters, ${accounts} accounts`);

  const chart: OrgChart = { siteId, units: [...units.values()], positions: [...positions.values()], assignments };
  const cast = castFrom(chart, positions);
  const plans = planTickets(rnd, requesters, now, site.timeZone);
  const events: Omit<TicketEvent, 'id'>[] = [];
  for (const plan of plans) {
    const { ticket, events: timeline } = simulateDemoTicket(
      { ...plan, siteId, timeZone: site.timeZone, unitId: required(units.get(plan.template.unit), plan.template.unit).id, now },
      cast,
      rnd,
    );
    const stored = await insertTicket(tx, ticket);
    for (const event of timeline) events.push({ ...event, ticketId: stored.id });
    // A repair still resolved owes its 回访: it waits in the follow-up queue.
    const owed = openFollowUp(stored, { id: randomUUID(), now: stored.resolvedAt ?? now, chart });
    if (owed) await insertFollowUp(tx, owed);
  }
  await insertTicketEvents(tx, events);
  log(`demo seed: ${plans.length} tickets, ${events.length} timeline events`);

  const staffCount = DEMO_PEOPLE.staff.length + DEMO_PEOPLE.departmentStaff.length;
  return { site: site.code, staff: staffCount, requesters: requesterCount, tickets: plans.length };
}

/**
 * The staff accounts of departments outside customer service: each holds a desk position of its
 * own (a custom position of the site, baseline grants only, reporting to no one), so relays to
 * their department reach them. Returns the member staff ids per department code.
 */
async function seedDepartmentStaff(
  tx: Queryable,
  siteId: string,
  unitId: string,
  today: Date,
  account: (username: string, owner: { staffId: string }) => Promise<void>,
): Promise<Map<string, string[]>> {
  const members = new Map<string, string[]>();
  for (const person of DEMO_PEOPLE.departmentStaff) {
    const { name, employeeNo, phone } = person;
    const staff = await insertStaff(tx, { siteId, name, employeeNo, phone, active: true });
    const text = { zh: '', en: '' };
    const position = await insertPosition(tx, {
      siteId,
      code: person.position.code,
      title: person.position.title,
      unitId,
      reportsTo: [],
      headcount: 1,
      purpose: { zh: '受理客服部转交本部门的事项并答复', en: 'Takes the matters customer service relays to the department and answers them' },
      duties: [],
      kpis: [],
      authorities: [],
      qualifications: { education: text, experience: text, knowledge: [], skills: [] },
      workEnvironment: [],
    });
    await insertAssignment(tx, { siteId, staffId: staff.id, positionId: position.id, startsOn: daysBefore(today, 300), endsOn: null, acting: false });
    await account(person.username, { staffId: staff.id });
    members.set(person.department, [...(members.get(person.department) ?? []), staff.id]);
  }
  return members;
}

const required = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`demo seed: ${what} is missing`);
  return value;
};

const daysBefore = (day: Date, days: number): Date => new Date(day.getTime() - days * DAY_MS);

const castFrom = (chart: OrgChart, positions: Map<PositionCode, Position>): DemoCast => {
  const codeOf = new Map([...positions].map(([code, p]) => [p.id, code]));
  return {
    holders: (position, at) => currentHolders(chart, required(positions.get(position), position).id, at).map((a) => a.staffId),
    escalationTarget: (fromStaffId, unitId, at) => {
      const target = escalationTarget(chart, fromStaffId, unitId, at);
      return target ? { staffId: target.staffId, position: required(codeOf.get(target.positionId), target.positionId) } : null;
    },
  };
};

/** What the seed decides about a ticket before the simulation plays it out. */
type TicketPlan = Omit<DemoTicketInput, 'siteId' | 'timeZone' | 'unitId' | 'now'>;

const DEFAULT_SEVERITY = [['minor', 90], ['important', 10]] as const;
// merchant1 and merchant2 are the demo's busiest shops, so their portal views are full.
const MERCHANT_WEIGHTS = [4, 3, 1, 1, 1, 1, 1, 1, 1, 1];

/** Who asks for what, when, and through which channel; sorted by intake so numbers follow time. */
function planTickets(rnd: SeededRandom, requesters: Record<RequesterKind, Requester[]>, now: Date, timeZone: string): TicketPlan[] {
  const merchants = DEMO_PEOPLE.merchants;
  const plans: TicketPlan[] = [];
  for (let i = 0; i < TICKET_COUNT; i++) {
    const template = rnd.pick(DEMO_TICKET_TEMPLATES);
    const kind = rnd.weighted(template.from.map((k) => [k, k === 'merchant' ? 5 : k === 'customer' ? 4 : 1.5] as const));
    let requester: Requester;
    let shop: { name: string; unit: string; trade: string };
    if (kind === 'merchant') {
      const index = rnd.weighted(MERCHANT_WEIGHTS.map((w, j) => [j, w] as const));
      requester = required(requesters.merchant[index], `merchant ${index}`);
      const m = required(merchants[index], `merchant ${index}`);
      shop = { name: m.shopName, unit: m.shopUnit, trade: m.trade };
    } else {
      requester = rnd.pick(requesters[kind]);
      const m = rnd.pick(merchants);
      // An owner speaks about their own unit; a shopper about the shop they bought from.
      shop =
        kind === 'owner'
          ? { name: `${requester.shopUnit}号商铺`, unit: requester.shopUnit ?? '', trade: m.trade }
          : { name: m.shopName, unit: m.shopUnit, trade: m.trade };
    }
    const fill = (text: string) => text.replaceAll('{shop}', shop.name).replaceAll('{unit}', shop.unit).replaceAll('{trade}', shop.trade);
    const channel: Channel =
      kind === 'customer'
        ? rnd.weighted([['phone', 45], ['walk_in', 45], ['letter', 10]] as const)
        : rnd.weighted([['portal', 45], ['phone', 25], ['walk_in', 25], ['letter', 5]] as const);
    const severity = rnd.weighted(template.severity ?? DEFAULT_SEVERITY);
    const receivedAt = intakeTime(rnd, now, timeZone);
    const ageDays = (now.getTime() - receivedAt.getTime()) / DAY_MS;
    plans.push({
      template,
      title: fill(template.title),
      description: fill(template.description),
      location: fill(template.location ?? '{unit}') || null,
      requester: { id: requester.id, kind },
      channel,
      severity,
      // Some shoppers name their own day (轻微: "或按客户要求时间").
      requestedBy:
        severity === 'minor' && channel !== 'portal' && rnd.chance(0.08)
          ? new Date(receivedAt.getTime() + rnd.between(2, 6) * DAY_MS)
          : null,
      receivedAt,
      stallAt: ageDays > 4 && rnd.chance(0.1) ? rnd.pick(stallPoints(template)) : null,
    });
  }
  return plans.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
}

const stallPoints = (template: DemoTicketTemplate): TicketStatus[] => [
  'assigned',
  'in_progress',
  ...(template.relayTo ? (['relayed'] as const) : []),
  ...(template.kind === 'complaint' || template.kind === 'repair' ? (['resolved'] as const) : []),
];

/** A moment in opening hours (08:30–20:30 local) within the last HISTORY_DAYS days, before `now`. */
const intakeTime = (rnd: SeededRandom, now: Date, timeZone: string): Date => {
  for (;;) {
    const day = new Date(now.getTime() - rnd.int(0, HISTORY_DAYS - 1) * DAY_MS);
    const dayStart = endOfLocalDay(day, timeZone).getTime() + 1 - DAY_MS;
    const at = new Date(dayStart + rnd.between(8.5, 20.5) * HOUR_MS);
    if (at.getTime() < now.getTime() - 5 * 60_000) return at;
  }
};
