import '@xyflow/react/dist/style.css';
import { Background, Controls, MarkerType, ReactFlow, useReactFlow, useStore, type Edge, type NodeMouseHandler } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PositionSummaryFragment } from '../../../gql/graphql';
import { useLocalized } from '../../ui/format/localized-text';
import { layoutOrgChart, MIN_READABLE_ZOOM, NODE_WIDTH } from '../utils/org-chart-layout';
import { PositionNode, type PositionNodeType } from './PositionNode';

const nodeTypes = { position: PositionNode };
// Where the whole chart would be too small to read (a phone, a narrow window), fit no further
// than readable titles and let the user pan; never blow a small chart up beyond its own size.
const FIT = { padding: 0.05, minZoom: MIN_READABLE_ZOOM, maxZoom: 1 };
const EDGE_MARGIN = 32;

/**
 * Fits the chart when its pane changes size (the window is resized) or positions change, then
 * pans (never zooms) so the open position sits in the part of the pane the side panel leaves
 * uncovered: opening a position keeps the chart at the zoom the user was reading it at.
 */
function FitAndReveal({ count, selectedId, coveredRight }: { count: number; selectedId: string | null; coveredRight: number }) {
  const { fitView, getNode, getViewport, setViewport } = useReactFlow();
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  const reveal = useCallback(() => {
    const node = selectedId ? getNode(selectedId) : undefined;
    const visible = width - coveredRight;
    if (!node || visible < NODE_WIDTH) return;
    const { x, y, zoom } = getViewport();
    const left = node.position.x * zoom + x;
    const right = left + NODE_WIDTH * zoom;
    // The smallest shift that brings it into view, so as much of the chart as possible stays put.
    const shift = left < EDGE_MARGIN ? EDGE_MARGIN - left : right > visible - EDGE_MARGIN ? visible - EDGE_MARGIN - right : 0;
    if (shift !== 0) void setViewport({ x: x + shift, y, zoom });
  }, [selectedId, coveredRight, width, getNode, getViewport, setViewport]);
  // Read through a ref so a newly picked position pans without fitting the whole chart again.
  const revealRef = useRef(reveal);
  revealRef.current = reveal;
  useEffect(() => {
    if (width > 0 && height > 0) void fitView(FIT).then(() => revealRef.current());
  }, [width, height, count, fitView]);
  useEffect(reveal, [reveal]);
  return null;
}

type Props = {
  positions: readonly PositionSummaryFragment[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** How many pixels at the pane's right edge an overlaid panel hides. */
  coveredRight?: number;
};

/** The department drawn as a graph: pan with drag, zoom with wheel or the controls. */
export function OrgChartCanvas({ positions, selectedId, onSelect, coveredRight = 0 }: Props) {
  const { t } = useTranslation('org');
  const localized = useLocalized();
  const layout = useMemo(() => layoutOrgChart(positions), [positions]);
  const nodes = useMemo<PositionNodeType[]>(
    () =>
      positions.map((position) => ({
        id: position.id,
        type: 'position',
        position: layout.points.get(position.id) ?? { x: 0, y: 0 },
        data: { position, selected: position.id === selectedId },
        ariaLabel: t('chart.nodeLabel', {
          title: localized(position.title),
          holders: position.holders.map((h) => h.staff.name).join('、') || t('chart.noHolder'),
          vacancies: t('chart.vacancies', { count: position.vacancies }),
        }),
        draggable: false,
        connectable: false,
        selectable: true,
        selected: position.id === selectedId,
      })),
    [positions, layout, selectedId, t, localized],
  );
  const edges = useMemo<Edge[]>(
    () =>
      layout.edges.map((edge) => ({
        ...edge,
        type: 'smoothstep',
        markerEnd: { type: MarkerType.ArrowClosed, color: 'var(--mantine-color-gray-6)' },
        style: { stroke: 'var(--mantine-color-gray-6)', strokeWidth: 1.5 },
        focusable: false,
        selectable: false,
      })),
    [layout],
  );
  const open: NodeMouseHandler<PositionNodeType> = (_event, node) => onSelect(node.id);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      onNodeClick={open}
      onNodesChange={(changes) => {
        // Enter or space on a focused node selects it: keyboard users open positions this way.
        const picked = changes.find((change) => change.type === 'select' && change.selected);
        if (picked && 'id' in picked && picked.id !== selectedId) onSelect(picked.id);
      }}
      nodesDraggable={false}
      nodesConnectable={false}
      edgesFocusable={false}
      fitView
      fitViewOptions={FIT}
      minZoom={0.2}
      maxZoom={1.5}
      proOptions={{ hideAttribution: true }}
      ariaLabelConfig={{
        'node.a11yDescription.default': t('chart.a11y.node'),
        'node.a11yDescription.keyboardDisabled': t('chart.a11y.node'),
        'controls.ariaLabel': t('chart.a11y.controls'),
        'controls.zoomIn.ariaLabel': t('chart.a11y.zoomIn'),
        'controls.zoomOut.ariaLabel': t('chart.a11y.zoomOut'),
        'controls.fitView.ariaLabel': t('chart.a11y.fitView'),
        'controls.interactive.ariaLabel': t('chart.a11y.interactive'),
      }}
    >
      <Background gap={24} color="var(--mantine-color-gray-3)" />
      <Controls showInteractive={false} fitViewOptions={FIT} />
      <FitAndReveal count={positions.length} selectedId={selectedId} coveredRight={coveredRight} />
    </ReactFlow>
  );
}
