import dagre from '@dagrejs/dagre';

export const NODE_WIDTH = 220;
export const NODE_HEIGHT = 148;
/** A position's title on the chart, in CSS pixels at zoom 1. */
export const TITLE_FONT_PX = 16;
/** The smallest a title may look on screen (the product's own floor); a fitted chart never goes below it. */
export const MIN_TITLE_SCREEN_PX = 12;
/** The lowest zoom a fitted chart may take: titles stay at least MIN_TITLE_SCREEN_PX. */
export const MIN_READABLE_ZOOM = MIN_TITLE_SCREEN_PX / TITLE_FONT_PX;

type LaidOutPosition = { id: string; reportsTo: readonly { id: string }[] };
export type ChartEdge = { id: string; source: string; target: string };
export type ChartLayout = { points: Map<string, { x: number; y: number }>; edges: ChartEdge[] };

/** One edge per reporting line, drawn from the superior down to the position reporting to it. */
export function reportingEdges(positions: readonly LaidOutPosition[]): ChartEdge[] {
  const known = new Set(positions.map((p) => p.id));
  return positions.flatMap((p) =>
    p.reportsTo.filter((superior) => known.has(superior.id)).map((superior) => ({ id: `${superior.id}->${p.id}`, source: superior.id, target: p.id })),
  );
}

/** Lays the chart out top-down with superiors above: top-left corners, as React Flow wants them. */
export function layoutOrgChart(positions: readonly LaidOutPosition[]): ChartLayout {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 48, marginx: 16, marginy: 16 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const p of positions) graph.setNode(p.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  const edges = reportingEdges(positions);
  for (const edge of edges) graph.setEdge(edge.source, edge.target);
  dagre.layout(graph);
  const points = new Map<string, { x: number; y: number }>();
  for (const p of positions) {
    const node = graph.node(p.id);
    points.set(p.id, { x: node.x - NODE_WIDTH / 2, y: node.y - NODE_HEIGHT / 2 });
  }
  return { points, edges };
}
