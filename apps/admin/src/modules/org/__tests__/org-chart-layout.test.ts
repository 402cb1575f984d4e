import { describe, expect, it } from 'vitest';
import { layoutOrgChart, NODE_HEIGHT, reportingEdges } from '../utils/org-chart-layout';

const positions = [
  { id: 'director', reportsTo: [] },
  { id: 'deputy', reportsTo: [{ id: 'director' }] },
  { id: 'merchant_supervisor', reportsTo: [{ id: 'director' }, { id: 'deputy' }] },
  { id: 'hall_clerk', reportsTo: [{ id: 'merchant_supervisor' }] },
  { id: 'marketing', reportsTo: [{ id: 'outside-the-department' }] },
];

describe('org chart layout', () => {
  it('draws one edge per reporting line, superior to subordinate, and none to positions not on the chart', () => {
    expect(reportingEdges(positions).map((e) => [e.source, e.target])).toEqual([
      ['director', 'deputy'],
      ['director', 'merchant_supervisor'],
      ['deputy', 'merchant_supervisor'],
      ['merchant_supervisor', 'hall_clerk'],
    ]);
  });

  it('places every superior above the positions reporting to it', () => {
    const { points, edges } = layoutOrgChart(positions);
    expect(points.size).toBe(positions.length);
    for (const edge of edges) {
      expect(points.get(edge.source)!.y + NODE_HEIGHT).toBeLessThanOrEqual(points.get(edge.target)!.y);
    }
  });
});
