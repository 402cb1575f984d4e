import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { positionsHeldBy } from '../org/assignments.js';
import type { OrgChart } from '../org/org-chart.js';
import { changeReportingLine, superiorsOf } from '../org/reporting-lines.js';
import { AT, chartArb, STAFF_IDS, staffIdArb, TEST_SITE } from '../org/testing/org-arbitraries.js';
import { NOW, SINCE, SITE_ID, STAFF, staffedChart } from '../org/testing/staffed-chart.js';
import type { Principal } from '../shared/principal.js';
import type { TicketResource } from '../tickets/ticket-resource.js';
import { ACTIONS, can, decide, permissionMatrix, visibility, type Action, type Resource } from './index.js';

const chart = staffedChart();
const staff = (key: keyof typeof STAFF): Principal => ({ kind: 'staff', siteId: SITE_ID, staffId: STAFF[key]!.id });
const merchant: Principal = { kind: 'requester', siteId: SITE_ID, requesterId: 'm-1', requesterKind: 'merchant' };
const anonymous: Principal = { kind: 'anonymous' };

type Ticket = TicketResource;
const ticket = (over: Partial<Ticket> = {}): Ticket => ({
  type: 'ticket',
  siteId: SITE_ID,
  unitId: null,
  assigneeId: null,
  requesterId: 'm-1',
  createdById: null,
  kind: 'repair',
  requesterKind: 'merchant',
  ...over,
});
const queue = (unit: string) => ticket({ unitId: `unit-${unit}` });
const assignedTo = (key: keyof typeof STAFF) => ticket({ assigneeId: STAFF[key]!.id });
const staffRes = (key: keyof typeof STAFF): Resource => ({ type: 'staff', siteId: SITE_ID, staffId: STAFF[key]!.id });
const positionRes = (code: string): Resource => ({ type: 'position', siteId: SITE_ID, positionId: `pos-${code}` });
const site: Resource = { type: 'site', siteId: SITE_ID };

const check = (p: Principal, action: Action, r: Resource) => decide(p, action, r, chart, NOW);

describe('decide: who nobody is', () => {
  it('denies the anonymous everything', () => {
    for (const action of ACTIONS) expect(check(anonymous, action, site)).toEqual({ allowed: false, reason: 'anonymous' });
  });

  it('denies anything on another site', () => {
    expect(check(staff('director'), 'ticket.view', ticket({ siteId: 'site-b' }))).toEqual({ allowed: false, reason: 'cross_site' });
    expect(check(staff('director'), 'org.view', { type: 'site', siteId: 'site-b' })).toEqual({ allowed: false, reason: 'cross_site' });
    expect(check({ ...merchant, siteId: 'site-b' }, 'ticket.view', ticket({ siteId: 'site-b' })).reason).toBe('cross_site');
  });

  it('denies staff who hold no position now', () => {
    const former: Principal = { kind: 'staff', siteId: SITE_ID, staffId: 'left' };
    const c = staffedChart([{ staffId: 'left', position: 'hall_clerk', startsOn: SINCE, endsOn: new Date('2025-01-01') }]);
    expect(decide(former, 'org.view', site, c, NOW)).toEqual({ allowed: false, reason: 'no_position' });
  });
});

describe('decide: requesters', () => {
  it('create, view and rate their own tickets', () => {
    expect(check(merchant, 'ticket.create', site)).toEqual({ allowed: true, reason: 'in_scope' });
    for (const action of ['ticket.create', 'ticket.view', 'ticket.rate'] as const) {
      expect(check(merchant, action, ticket())).toEqual({ allowed: true, reason: 'own_request' });
    }
  });

  it("never reach someone else's ticket", () => {
    expect(check(merchant, 'ticket.view', ticket({ requesterId: 'm-2' }))).toEqual({ allowed: false, reason: 'not_own_request' });
  });

  it('may do nothing else', () => {
    for (const action of ACTIONS.filter((a) => !['ticket.create', 'ticket.view', 'ticket.rate'].includes(a))) {
      expect(check(merchant, action, ticket()).allowed, action).toBe(false);
    }
    expect(check(merchant, 'org.view', site).reason).toBe('requester_not_allowed');
  });
});

describe('decide: every staff member', () => {
  it('views the org and staff, and creates tickets', () => {
    for (const key of Object.keys(STAFF)) {
      expect(can(staff(key), 'org.view', site, chart, NOW), key).toBe(true);
      expect(can(staff(key), 'staff.view', staffRes('director'), chart, NOW), key).toBe(true);
      expect(can(staff(key), 'ticket.create', site, chart, NOW), key).toBe(true);
    }
  });
});

describe('decide: director', () => {
  it('sees and works every ticket of the site', () => {
    for (const action of ['ticket.view', 'ticket.assign', 'ticket.escalate', 'ticket.markInvalid', 'ticket.reopen', 'ticket.close'] as const) {
      expect(check(staff('director'), action, ticket()), action).toEqual({ allowed: true, reason: 'site_scope' });
    }
  });

  it('edits the org, including its own position', () => {
    for (const action of ['org.position.edit', 'org.reportingLine.edit', 'org.assignment.edit'] as const) {
      expect(check(staff('director'), action, positionRes('director')).allowed).toBe(true);
    }
    expect(check(staff('director'), 'staff.edit', staffRes('hallClerk')).allowed).toBe(true);
  });

  it('appraises everyone below but not itself', () => {
    expect(check(staff('director'), 'staff.appraise', staffRes('deputy'))).toEqual({ allowed: true, reason: 'subordinate_scope' });
    expect(check(staff('director'), 'staff.appraise', staffRes('cartDriver')).allowed).toBe(true);
    expect(check(staff('director'), 'staff.appraise', staffRes('director'))).toEqual({ allowed: false, reason: 'not_below' });
    expect(check(staff('director'), 'staff.appraise', { type: 'staff', siteId: SITE_ID, staffId: 'nobody' }).allowed).toBe(false);
  });

  it('loses the whole site if made to report to someone', () => {
    const moved = changeReportingLine(
      { ...chart, positions: [...chart.positions, { ...chart.positions[0]!, id: 'pos-board', code: 'board', reportsTo: [] }] },
      'pos-director',
      ['pos-board'],
    );
    expect(decide(staff('director'), 'ticket.view', queue('floor_service'), moved, NOW).reason).toBe('subordinate_scope');
    expect(decide(staff('director'), 'ticket.view', ticket(), moved, NOW).allowed).toBe(false);
  });
});

describe('decide: deputy', () => {
  it('edits the org only below itself', () => {
    expect(check(staff('deputy'), 'org.assignment.edit', positionRes('floor_supervisor')).allowed).toBe(true);
    expect(check(staff('deputy'), 'org.reportingLine.edit', positionRes('cart_driver')).allowed).toBe(true);
    expect(check(staff('deputy'), 'org.assignment.edit', positionRes('director'))).toEqual({ allowed: false, reason: 'not_below' });
    expect(check(staff('deputy'), 'org.position.edit', positionRes('deputy')).allowed).toBe(false);
    expect(check(staff('deputy'), 'staff.edit', staffRes('director')).allowed).toBe(false);
  });

  it('appraises staff below but never the director', () => {
    expect(check(staff('deputy'), 'staff.appraise', staffRes('floorSupervisor')).allowed).toBe(true);
    expect(check(staff('deputy'), 'staff.appraise', staffRes('director')).allowed).toBe(false);
    expect(check(staff('deputy'), 'staff.appraise', staffRes('deputy')).allowed).toBe(false);
  });

  it("works tickets of every unit below, but not the director's own", () => {
    expect(check(staff('deputy'), 'ticket.assign', queue('floor_service')).allowed).toBe(true);
    expect(check(staff('deputy'), 'ticket.view', assignedTo('cartDriver')).allowed).toBe(true);
    expect(check(staff('deputy'), 'ticket.view', assignedTo('director'))).toEqual({ allowed: false, reason: 'out_of_scope' });
  });
});

describe('decide: supervisors', () => {
  it("reach their units' queues and their subordinates' tickets", () => {
    expect(check(staff('merchantSupervisor'), 'ticket.view', queue('merchant_service'))).toEqual({ allowed: true, reason: 'own_unit_queue' });
    expect(check(staff('merchantSupervisor'), 'ticket.escalate', queue('shuttle_team'))).toEqual({ allowed: true, reason: 'subordinate_scope' });
    expect(check(staff('merchantSupervisor'), 'ticket.markInvalid', assignedTo('hallClerk'))).toEqual({ allowed: true, reason: 'subordinate_scope' });
    expect(check(staff('merchantSupervisor'), 'ticket.reopen', ticket({ createdById: STAFF.cartDriver!.id })).allowed).toBe(true);
  });

  it('see a ticket assigned to someone they supervise, whichever queue holds it', () => {
    const elsewhere = ticket({ unitId: 'unit-floor_service', assigneeId: STAFF.hallClerk!.id });
    expect(check(staff('merchantSupervisor'), 'ticket.view', elsewhere)).toEqual({ allowed: true, reason: 'subordinate_scope' });
    expect(visibility(staff('merchantSupervisor'), 'ticket.view', chart, NOW)).toMatchObject({ staffIds: expect.arrayContaining([STAFF.hallClerk!.id]) });
  });

  it('stay out of the other centre and of their superiors', () => {
    expect(check(staff('merchantSupervisor'), 'ticket.view', queue('floor_service')).allowed).toBe(false);
    expect(check(staff('floorSupervisor'), 'ticket.view', queue('merchant_service')).allowed).toBe(false);
    expect(check(staff('floorSupervisor'), 'ticket.view', assignedTo('deputy')).allowed).toBe(false);
    expect(check(staff('floorSupervisor'), 'ticket.view', queue('department')).allowed).toBe(false);
  });

  it('neither edit the org nor appraise', () => {
    expect(check(staff('merchantSupervisor'), 'org.assignment.edit', positionRes('hall_clerk')).reason).toBe('not_granted');
    expect(check(staff('merchantSupervisor'), 'staff.appraise', staffRes('hallClerk')).reason).toBe('not_granted');
  });
});

describe('decide: clerks', () => {
  it('work their own tickets and their unit queue', () => {
    for (const action of ['ticket.view', 'ticket.start', 'ticket.relay', 'ticket.resolve', 'ticket.followUp', 'ticket.close'] as const) {
      expect(check(staff('hallClerk'), action, queue('merchant_service')).allowed, action).toBe(true);
      expect(check(staff('floorClerk'), action, assignedTo('floorClerk')).allowed, action).toBe(true);
    }
    expect(check(staff('officeClerk'), 'ticket.view', ticket({ createdById: STAFF.officeClerk!.id }))).toEqual({ allowed: true, reason: 'own_ticket' });
  });

  it('do not assign, invalidate or reopen', () => {
    for (const action of ['ticket.assign', 'ticket.markInvalid', 'ticket.reopen'] as const) {
      expect(check(staff('hallClerk'), action, queue('merchant_service')), action).toEqual({ allowed: false, reason: 'not_granted' });
    }
  });

  // 002_… 服务人员 投诉受理: "若自己现场不能解决的,要及时传递给相关负责人进行解决,并跟踪到底";
  // 001_… 投诉接待 (3): "应及时联系主管".
  it('take a ticket they registered, and escalate any ticket they hold or registered', () => {
    const registered = ticket({ unitId: 'unit-floor_service', createdById: STAFF.floorClerk!.id });
    expect(check(staff('floorClerk'), 'ticket.take', registered)).toEqual({ allowed: true, reason: 'own_ticket' });
    expect(check(staff('floorClerk'), 'ticket.escalate', registered)).toEqual({ allowed: true, reason: 'own_ticket' });
    expect(check(staff('floorClerk'), 'ticket.escalate', assignedTo('floorClerk')).allowed).toBe(true);
    expect(check(staff('hallClerk'), 'ticket.take', assignedTo('hallClerk')).allowed).toBe(true);
    // Not a queue ticket someone else took down, nor a colleague's.
    expect(check(staff('floorClerk'), 'ticket.take', queue('floor_service')).allowed).toBe(false);
    expect(check(staff('hallClerk'), 'ticket.escalate', assignedTo('hallClerk2')).allowed).toBe(false);
  });

  // 002_… 市场中心服务前台后台服务人员 (9): "及时收集各卖场前台受理的商户投诉和服务申请,传递到相关部门并监督解决".
  it('the front/back-office clerk and the merchant-service supervisor see merchant complaints taken at the floor desks', () => {
    const atFloorDesk = ticket({ unitId: 'unit-floor_service', kind: 'complaint', requesterKind: 'merchant', createdById: STAFF.floorClerk!.id });
    for (const key of ['officeClerk', 'merchantSupervisor'] as const) {
      expect(check(staff(key), 'ticket.view', atFloorDesk), key).toEqual({ allowed: true, reason: 'tagged_record' });
      expect(visibility(staff(key), 'ticket.view', chart, NOW)).toMatchObject({ kind: 'scoped', tags: ['merchant_complaint'] });
    }
    expect(check(staff('officeClerk'), 'ticket.relay', atFloorDesk).allowed).toBe(true);
    // A customer's complaint or a merchant's repair on the floor stays with the floor centre.
    expect(check(staff('officeClerk'), 'ticket.view', { ...atFloorDesk, requesterKind: 'customer' }).allowed).toBe(false);
    expect(check(staff('merchantSupervisor'), 'ticket.view', { ...atFloorDesk, kind: 'repair' }).allowed).toBe(false);
    expect(check(staff('hallClerk'), 'ticket.view', atFloorDesk).allowed).toBe(false);
  });

  it("do not reach another unit's queue or a colleague's own tickets", () => {
    expect(check(staff('hallClerk'), 'ticket.view', queue('floor_service'))).toEqual({ allowed: false, reason: 'out_of_scope' });
    expect(check(staff('hallClerk'), 'ticket.view', assignedTo('hallClerk2')).allowed).toBe(false);
  });

  it('edit nothing in the org', () => {
    for (const action of ['org.position.edit', 'org.reportingLine.edit', 'org.assignment.edit', 'staff.edit', 'staff.appraise'] as const) {
      expect(check(staff('officeClerk'), action, staffRes('cartDriver')).allowed, action).toBe(false);
    }
  });
});

describe('decide: cart team and custom positions', () => {
  // 002_… 导购车辆队长: "负责导购车辆服务队伍的全面导购服务工作", 直接下级 导购车辆导购员;
  // 导购车辆导购: "负责相关车辆的检查和维护,并及时定期向上级汇报".
  it("lets the cart team work its own team's tickets, the captain also the drivers'", () => {
    for (const key of ['cartCaptain', 'cartDriver'] as const) {
      for (const action of ['ticket.view', 'ticket.start', 'ticket.resolve', 'ticket.followUp', 'ticket.close'] as const) {
        expect(check(staff(key), action, queue('shuttle_team')).allowed, `${key} ${action}`).toBe(true);
        expect(check(staff(key), action, assignedTo(key)).allowed, `${key} ${action}`).toBe(true);
      }
      expect(check(staff(key), 'ticket.view', queue('merchant_service')).allowed).toBe(false);
      expect(check(staff(key), 'ticket.markInvalid', queue('shuttle_team')).allowed).toBe(false);
    }
    expect(check(staff('cartCaptain'), 'ticket.assign', queue('shuttle_team')).allowed).toBe(true);
    expect(check(staff('cartCaptain'), 'ticket.view', ticket({ assigneeId: STAFF.cartDriver!.id, unitId: 'unit-floor_service' }))).toEqual({ allowed: true, reason: 'subordinate_scope' });
    expect(check(staff('cartDriver'), 'ticket.assign', queue('shuttle_team')).allowed).toBe(false);
    expect(check(staff('cartDriver'), 'ticket.escalate', assignedTo('cartDriver')).allowed).toBe(true);
    expect(check(staff('cartDriver'), 'ticket.view', assignedTo('cartCaptain')).allowed).toBe(false);
  });

  it('gives a custom position only the baseline', () => {
    const custom = { ...chart.positions.find((p) => p.code === 'hall_clerk')!, id: 'pos-custom', code: 'night_desk' };
    const c = { ...chart, positions: [...chart.positions, custom], assignments: [...chart.assignments, { ...chart.assignments[0]!, id: 'x', staffId: 'n1', positionId: 'pos-custom' }] };
    const nightDesk: Principal = { kind: 'staff', siteId: SITE_ID, staffId: 'n1' };
    expect(decide(nightDesk, 'ticket.view', queue('merchant_service'), c, NOW).allowed).toBe(false);
    expect(decide(nightDesk, 'ticket.view', ticket({ createdById: 'n1' }), c, NOW).allowed).toBe(true);
    expect(decide(nightDesk, 'ticket.start', ticket({ assigneeId: 'n1' }), c, NOW).reason).toBe('not_granted');
  });

  it('combines the positions someone holds', () => {
    const c = staffedChart([{ staffId: STAFF.cartDriver!.id, position: 'floor_clerk', startsOn: SINCE, acting: true }]);
    expect(decide(staff('cartDriver'), 'ticket.start', queue('floor_service'), c, NOW).allowed).toBe(true);
  });
});

describe('visibility of tickets', () => {
  it('describes each kind of principal', () => {
    expect(visibility(anonymous, 'ticket.view', chart, NOW)).toEqual({ kind: 'none' });
    expect(visibility(merchant, 'ticket.view', chart, NOW)).toEqual({ kind: 'requester', requesterId: 'm-1' });
    expect(visibility(staff('director'), 'ticket.view', chart, NOW)).toEqual({ kind: 'site' });
    expect(visibility(staff('hallClerk'), 'ticket.view', chart, NOW)).toEqual({ kind: 'scoped', unitIds: ['unit-merchant_service'], staffIds: [STAFF.hallClerk!.id] });
    expect(visibility(staff('cartDriver'), 'ticket.view', chart, NOW)).toEqual({ kind: 'scoped', unitIds: ['unit-shuttle_team'], staffIds: [STAFF.cartDriver!.id] });
    expect(visibility(staff('floorSupervisor'), 'ticket.view', chart, NOW)).toEqual({
      kind: 'scoped',
      unitIds: ['unit-floor_service'],
      staffIds: [STAFF.floorClerk!.id, STAFF.floorSupervisor!.id].sort(),
      // Complaints about the people, positions and units below (a complaint's subject).
      about: { staffIds: [STAFF.floorClerk!.id], positionIds: ['pos-floor_clerk'], unitCodes: ['floor_service'] },
    });
    expect(visibility({ kind: 'staff', siteId: 'site-b', staffId: STAFF.director!.id }, 'ticket.view', chart, NOW)).toEqual({ kind: 'none' });
  });
});

describe('permissionMatrix', () => {
  const matrix = permissionMatrix(chart, NOW);
  const cell = (code: string, action: Action) => matrix.find((r) => r.code === code)!.cells[action];

  it('has a row per position and a cell per action', () => {
    expect(matrix).toHaveLength(10);
    for (const row of matrix) expect(Object.keys(row.cells).sort()).toEqual([...ACTIONS].sort());
    expect(matrix.find((r) => r.code === 'hall_clerk')!.holderIds).toEqual([STAFF.hallClerk!.id, STAFF.hallClerk2!.id]);
  });

  it('shows how far each grant reaches', () => {
    expect(cell('director', 'ticket.view')).toMatchObject({ allowed: true, reason: 'site_scope', scope: 'site' });
    expect(cell('hall_clerk', 'ticket.view')).toMatchObject({ allowed: true, reason: 'in_scope', scope: 'own_queue' });
    expect(cell('deputy', 'staff.appraise')).toMatchObject({ allowed: true, reason: 'in_scope', scope: 'subordinates' });
    expect(cell('cart_driver', 'ticket.view')).toMatchObject({ allowed: true, reason: 'in_scope', scope: 'own_queue' });
    expect(cell('cart_driver', 'ticket.start')).toMatchObject({ allowed: true, reason: 'in_scope', scope: 'own_queue' });
    expect(cell('floor_clerk', 'ticket.escalate')).toMatchObject({ allowed: true, reason: 'in_scope', scope: 'own' });
    expect(cell('floor_clerk', 'ticket.take')).toMatchObject({ allowed: true, reason: 'in_scope', scope: 'own' });
    expect(cell('floor_clerk', 'ticket.assign')).toMatchObject({ allowed: false, reason: 'not_granted', scope: null });
    expect(cell('office_clerk', 'org.view')).toMatchObject({ allowed: true, reason: 'granted', scope: 'any' });
    expect(cell('merchant_supervisor', 'ticket.rate').allowed).toBe(false);
  });
});

describe('permissions (properties)', () => {
  /** `other` holds a position at or above one of `me`'s (or is `me`): `me` must not reach them. */
  const assertNoReachUpwards = (c: OrgChart, me: string, other: string): void => {
    const principal: Principal = { kind: 'staff', siteId: TEST_SITE, staffId: me };
    const mine = positionsHeldBy(c, me, AT);
    const atOrAbove = new Set(mine.flatMap((p) => [p.id, ...superiorsOf(c, p.id).map((s) => s.id)]));
    if (other !== me && !positionsHeldBy(c, other, AT).some((p) => atOrAbove.has(p.id))) return;

    const them: Resource = { type: 'staff', siteId: TEST_SITE, staffId: other };
    expect(can(principal, 'staff.appraise', them, c, AT)).toBe(false);
    // Only the top of the tree (site scope) edits people at its own level, e.g. a co-director.
    if (visibility(principal, 'ticket.view', c, AT).kind === 'site') return;
    for (const action of ['staff.edit', 'org.assignment.edit'] as const) expect(can(principal, action, them, c, AT)).toBe(false);
    if (other === me) return;
    // Their own tickets, outside any queue, stay out of reach.
    const theirs = [ticket({ siteId: TEST_SITE, assigneeId: other }), ticket({ siteId: TEST_SITE, createdById: other }), ticket({ siteId: TEST_SITE, assigneeId: other, createdById: other })];
    for (const t of theirs) {
      for (const action of ['ticket.view', 'ticket.assign', 'ticket.close'] as const) expect(can(principal, action, t, c, AT)).toBe(false);
    }
  };

  it('nobody gains scope over someone at or above them', () => {
    fc.assert(
      fc.property(fc.boolean().chain((tree) => chartArb({ tree })), (c) => {
        for (const me of STAFF_IDS) for (const other of STAFF_IDS) assertNoReachUpwards(c, me, other);
      }),
      { numRuns: 300 },
    );
  });

  it('a position below never reaches a position above it', () => {
    fc.assert(
      fc.property(chartArb({ tree: false }), staffIdArb, (c, me) => {
        const principal: Principal = { kind: 'staff', siteId: TEST_SITE, staffId: me };
        if (visibility(principal, 'ticket.view', c, AT).kind === 'site') return;
        for (const p of positionsHeldBy(c, me, AT)) {
          for (const up of [p, ...superiorsOf(c, p.id)]) {
            for (const action of ['org.position.edit', 'org.reportingLine.edit', 'org.assignment.edit'] as const) {
              expect(can(principal, action, { type: 'position', siteId: TEST_SITE, positionId: up.id }, c, AT)).toBe(false);
            }
          }
        }
      }),
    );
  });
});
