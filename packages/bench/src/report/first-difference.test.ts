import { describe, expect, it } from 'vitest';
import { firstDifference } from './first-difference.js';

describe('firstDifference', () => {
  it('is null for equal answers, whatever the key order', () => {
    expect(firstDifference({ a: 1, b: [{ c: 'x' }] }, { b: [{ c: 'x' }], a: 1 })).toBeNull();
  });

  it('names the first field that differs and both values', () => {
    const gateway = { data: { tickets: { edges: [{ node: { id: '1', slaState: 'MET' } }, { node: { id: '2', slaState: 'DUE_SOON' } }] } } };
    const floor = { data: { tickets: { edges: [{ node: { id: '1', slaState: 'MET' } }, { node: { id: '2', slaState: 'OVERDUE' } }] } } };
    expect(firstDifference(gateway, floor)).toEqual({ path: '$.data.tickets.edges[1].node.slaState', left: 'DUE_SOON', right: 'OVERDUE' });
  });

  it('reports a missing element or key at its own path', () => {
    expect(firstDifference([1, 2], [1])).toEqual({ path: '$[1]', left: 2, right: undefined });
    expect(firstDifference({ a: 1 }, { a: 1, errors: ['x'] })).toEqual({ path: '$.errors', left: undefined, right: ['x'] });
  });

  it('reports a change of type at the value itself', () => {
    expect(firstDifference({ a: [1] }, { a: { 0: 1 } })).toEqual({ path: '$.a', left: [1], right: { 0: 1 } });
  });
});
