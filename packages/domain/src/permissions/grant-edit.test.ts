import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GRANT_SCOPES, SCOPE_REACH, type GrantScope } from '../org/grants.js';
import { someoneEditsOrgSiteWide } from '../org/grant-edit.js';
import type { OrgChart } from '../org/org-chart.js';
import { GrantEscalationError, LastOrgEditorError } from '../org/org.errors.js';
import { ORG_EDIT_ACTION } from '../org/permissions.js';
import { AT, chartArb, STAFF_IDS, staffIdArb, TEST_SITE } from '../org/testing/org-arbitraries.js';
import { NOW, SITE_ID, STAFF, staffedChart } from '../org/testing/staffed-chart.js';
import { DomainError } from '../shared/domain-error.js';
import { ForbiddenError } from '../shared/common.errors.js';
import type { StaffPrincipal } from '../shared/principal.js';
import { ValidationError } from '../shared/validation.js';
import { ACTIONS, can, editGrant, permissionMatrix, permissions } from './index.js';

const chart = staffedChart();
const staff = (key: keyof typeof STAFF): StaffPrincipal => ({ kind: 'staff', siteId: SITE_ID, staffId: STAFF[key]!.id });
const pos = (code: string) => `pos-${code}`;
const hallQueue = { type: 'ticket', siteId: SITE_ID, unitId: 'unit-merchant_service', assigneeId: null, requesterId: 'm-1', createdById: null, kind: 'repair', requesterKind: 'merchant' } as const;
const withGrants = (grants: OrgChart['grants']): OrgChart => ({ ...chart, grants });
const cellOf = (c: OrgChart, code: string, action: (typeof ACTIONS)[number], editor?: StaffPrincipal) =>
  permissionMatrix(c, NOW, editor).find((row) => row.code === code)!.cells[action];

describe('editGrant: the site’s grants start from the catalogue', () => {
  it('takes an action away from a position, and the permission core reads it', () => {
    expect(can(staff('hallClerk'), 'ticket.close', hallQueue, chart, NOW)).toBe(true);
    const grants = editGrant(staff('director'), chart, { positionId: pos('hall_clerk'), action: 'ticket.close', scope: null }, NOW);
    expect(grants).toEqual([{ positionId: pos('hall_clerk'), action: 'ticket.close', scope: null }]);
    const next = withGrants(grants);
    expect(can(staff('hallClerk'), 'ticket.close', hallQueue, next, NOW)).toBe(false);
    expect(can(staff('hallClerk'), 'ticket.resolve', hallQueue, next, NOW)).toBe(true);
    expect(cellOf(next, 'hall_clerk', 'ticket.close')).toMatchObject({ allowed: false, reason: 'not_granted', source: null, positionScope: null });
  });

  it('replaces an earlier grant of the same cell', () => {
    const once = editGrant(staff('director'), chart, { positionId: pos('cart_driver'), action: 'ticket.close', scope: 'own_queue' }, NOW);
    const twice = editGrant(staff('director'), withGrants(once), { positionId: pos('cart_driver'), action: 'ticket.close', scope: 'subordinates' }, NOW);
    expect(twice).toEqual([{ positionId: pos('cart_driver'), action: 'ticket.close', scope: 'subordinates' }]);
    expect(cellOf(withGrants(twice), 'cart_driver', 'ticket.close')).toMatchObject({ allowed: true, source: 'site', positionScope: 'subordinates' });
  });

  it('lets the deputy give a position below it what the deputy holds', () => {
    const grants = editGrant(staff('deputy'), chart, { positionId: pos('cart_driver'), action: 'ticket.close', scope: 'own_queue' }, NOW);
    expect(cellOf(withGrants(grants), 'cart_driver', 'ticket.close')).toMatchObject({ allowed: true, scope: 'own_queue', source: 'site' });
  });

  it('refuses the deputy a site-wide grant (beyond its own), naming its own scope', () => {
    const edit = { positionId: pos('hall_clerk'), action: 'ticket.close', scope: 'site' as const };
    expect(() => editGrant(staff('deputy'), chart, edit, NOW)).toThrow(GrantEscalationError);
    try {
      editGrant(staff('deputy'), chart, edit, NOW);
    } catch (error) {
      expect((error as DomainError).facts).toEqual({ action: 'ticket.close', scope: 'site', editorScope: 'subordinates' });
    }
  });

  it('refuses anyone a grant of an action they do not hold', () => {
    const withoutClose = withGrants([{ positionId: pos('deputy'), action: 'ticket.close', scope: null }]);
    expect(() => editGrant(staff('deputy'), withoutClose, { positionId: pos('hall_clerk'), action: 'ticket.close', scope: 'own_queue' }, NOW)).toThrow(
      GrantEscalationError,
    );
    // Taking it away is no escalation.
    expect(editGrant(staff('deputy'), withoutClose, { positionId: pos('hall_clerk'), action: 'ticket.close', scope: null }, NOW)).toHaveLength(2);
  });

  it('refuses editors without org.edit on the position', () => {
    expect(() => editGrant(staff('deputy'), chart, { positionId: pos('director'), action: 'ticket.close', scope: null }, NOW)).toThrow(ForbiddenError);
    expect(() => editGrant(staff('deputy'), chart, { positionId: pos('deputy'), action: 'ticket.close', scope: null }, NOW)).toThrow(ForbiddenError);
    expect(() => editGrant(staff('hallClerk'), chart, { positionId: pos('hall_clerk'), action: 'ticket.close', scope: null }, NOW)).toThrow(ForbiddenError);
    expect(() => editGrant({ ...staff('director'), siteId: 'elsewhere' }, chart, { positionId: pos('hall_clerk'), action: 'ticket.close', scope: null }, NOW)).toThrow(
      ForbiddenError,
    );
  });

  it('refuses a scope the action does not support, and portal-facing or baseline-only actions', () => {
    const refused = (action: string, scope: GrantScope | null) => {
      try {
        editGrant(staff('director'), chart, { positionId: pos('hall_clerk'), action, scope }, NOW);
      } catch (error) {
        return error instanceof ValidationError ? error.issues : error;
      }
      return 'accepted';
    };
    expect(refused('ticket.close', 'own')).toEqual([{ field: 'scope', rule: 'invalid_choice' }]);
    expect(refused('staff.appraise', 'site')).toEqual([{ field: 'scope', rule: 'invalid_choice' }]);
    expect(refused('ticket.rate', null)).toEqual([{ field: 'action', rule: 'invalid_choice' }]);
    expect(refused('org.view', null)).toEqual([{ field: 'action', rule: 'invalid_choice' }]);
    expect(refused('no.such', null)).toEqual([{ field: 'action', rule: 'invalid_choice' }]);
  });

  it('never removes the last site-wide path to org.edit', () => {
    expect(() => editGrant(staff('director'), chart, { positionId: pos('director'), action: ORG_EDIT_ACTION, scope: null }, NOW)).toThrow(LastOrgEditorError);
    // The deputy's narrower grant is not such a path; taking it away is fine.
    expect(editGrant(staff('director'), chart, { positionId: pos('deputy'), action: ORG_EDIT_ACTION, scope: null }, NOW)).toHaveLength(1);
  });
});

describe('the permission matrix explains each cell and offers an editor’s choices', () => {
  it('names where a grant comes from', () => {
    expect(cellOf(chart, 'hall_clerk', 'ticket.close')).toMatchObject({ allowed: true, reason: 'in_scope', scope: 'own_queue', source: 'catalogue' });
    expect(cellOf(chart, 'hall_clerk', 'ticket.view')).toMatchObject({ scope: 'own_queue', source: 'catalogue' });
    expect(cellOf(chart, 'cart_driver', 'ticket.view')).toMatchObject({ scope: 'own_queue', source: 'catalogue', positionScope: 'own_queue' });
    expect(cellOf(chart, 'cart_driver', 'ticket.rate')).toMatchObject({ allowed: false, source: null, positionScope: null });
    expect(cellOf(chart, 'director', 'ticket.close')).toMatchObject({ reason: 'site_scope', scope: 'site', source: 'catalogue' });
  });

  it('says when the reporting line narrows a site-wide grant', () => {
    const grants = editGrant(staff('director'), chart, { positionId: pos('merchant_supervisor'), action: 'ticket.close', scope: 'site' }, NOW);
    expect(cellOf(withGrants(grants), 'merchant_supervisor', 'ticket.close')).toMatchObject({
      allowed: true,
      reason: 'narrowed_by_reporting_line',
      scope: 'subordinates',
      positionScope: 'site',
      source: 'site',
    });
  });

  it('offers only the scopes the editor may give, on positions it may edit', () => {
    expect(cellOf(chart, 'hall_clerk', 'ticket.close', staff('deputy')).choices).toEqual(['subordinates', 'own_queue']);
    expect(cellOf(chart, 'hall_clerk', 'ticket.close', staff('director')).choices).toEqual(['site', 'subordinates', 'own_queue']);
    expect(cellOf(chart, 'director', 'ticket.close', staff('deputy')).choices).toBeNull();
    expect(cellOf(chart, 'hall_clerk', 'ticket.rate', staff('director')).choices).toBeNull();
    expect(cellOf(chart, 'hall_clerk', 'ticket.close').choices).toBeNull();
    expect(cellOf(chart, 'hall_clerk', 'ticket.close', staff('hallClerk')).choices).toBeNull();
  });
});

// ---- Properties over generated charts and sequences of edits ----

const editableActions = ACTIONS.filter((a) => permissions.isEditable(a));
const editArb = fc.record({
  position: fc.integer({ min: 0, max: 8 }),
  action: fc.constantFrom(...editableActions),
  scope: fc.constantFrom<GrantScope | null>(null, ...GRANT_SCOPES),
});

/** Applies each edit that the rules accept; a refused edit changes nothing. */
const applyEdits = (start: OrgChart, editor: StaffPrincipal, edits: { position: number; action: string; scope: GrantScope | null }[]): OrgChart => {
  let current = start;
  for (const e of edits) {
    const position = current.positions[e.position % current.positions.length]!;
    try {
      current = { ...current, grants: editGrant(editor, current, { positionId: position.id, action: e.action, scope: e.scope }, AT) };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
    }
  }
  return current;
};

const reach = (c: OrgChart, staffId: string, action: string) => permissions.reachOf(c, staffId, action, AT);

describe('grant edits: properties', () => {
  it('no sequence of edits by a non-director leaves anyone with more than the editor held', () => {
    fc.assert(
      fc.property(fc.boolean().chain((tree) => chartArb({ tree })), staffIdArb, fc.array(editArb, { maxLength: 25 }), (start, editorId, edits) => {
        // A non-director: someone who does not edit the org site-wide.
        fc.pre(reach(start, editorId, ORG_EDIT_ACTION) < SCOPE_REACH.site);
        const editor: StaffPrincipal = { kind: 'staff', siteId: TEST_SITE, staffId: editorId };
        const end = applyEdits(start, editor, edits);
        for (const action of editableActions) {
          const editorHeld = reach(start, editorId, action);
          for (const viewer of STAFF_IDS) {
            const before = reach(start, viewer, action);
            const after = reach(end, viewer, action);
            if (after > before) expect(after, `${viewer} gained ${action} beyond ${editorId}`).toBeLessThanOrEqual(editorHeld);
            // In particular: an action the editor lacked is held afterwards only by those who held it before.
            if (editorHeld === 0 && before === 0) expect(after).toBe(0);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('org.edit stays held site-wide by someone, whoever edits', () => {
    fc.assert(
      fc.property(
        fc.boolean().chain((tree) => chartArb({ tree })),
        fc.array(fc.tuple(staffIdArb, editArb), { maxLength: 25 }),
        (start, steps) => {
          fc.pre(someoneEditsOrgSiteWide(permissions, start, AT));
          let current = start;
          for (const [editorId, edit] of steps) {
            // Bias towards the one action the rule is about.
            const biased = { ...edit, action: edit.position % 2 === 0 ? ORG_EDIT_ACTION : edit.action };
            current = applyEdits(current, { kind: 'staff', siteId: TEST_SITE, staffId: editorId }, [biased]);
            expect(someoneEditsOrgSiteWide(permissions, current, AT)).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
