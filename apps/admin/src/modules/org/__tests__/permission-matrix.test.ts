import { describe, expect, it } from 'vitest';
import { groupActions, orderRows, reportingDepths } from '../utils/permission-matrix';

describe('permission matrix layout', () => {
  it('groups the actions by context, the org chart’s own first, then every other context the gateway lists', () => {
    expect(groupActions(['TICKET_VIEW', 'ORG_VIEW', 'STAFF_EDIT', 'ORG_POSITION_EDIT', 'REQUESTER_VIEW', 'TICKET_ASSIGN'])).toEqual([
      { context: 'ORG', actions: ['ORG_VIEW', 'ORG_POSITION_EDIT'] },
      { context: 'STAFF', actions: ['STAFF_EDIT'] },
      { context: 'TICKET', actions: ['TICKET_VIEW', 'TICKET_ASSIGN'] },
      { context: 'REQUESTER', actions: ['REQUESTER_VIEW'] },
    ]);
  });

  it('puts positions in the order of their reporting depth, longest line counted', () => {
    const positions = [
      { id: 'clerk', reportsTo: [{ id: 'supervisor' }] },
      { id: 'supervisor', reportsTo: [{ id: 'director' }, { id: 'deputy' }] },
      { id: 'deputy', reportsTo: [{ id: 'director' }] },
      { id: 'director', reportsTo: [{ id: 'outside' }] },
    ];
    const depths = reportingDepths(positions);
    expect(Object.fromEntries(depths)).toEqual({ director: 0, deputy: 1, supervisor: 2, clerk: 3 });
    const rows = positions.map((p) => ({ position: { id: p.id } }));
    expect(orderRows(rows, depths, (r) => r.position.id).map((r) => r.position.id)).toEqual(['director', 'deputy', 'supervisor', 'clerk']);
  });
});
