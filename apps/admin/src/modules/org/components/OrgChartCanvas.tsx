import '@xyflow/react/dist/style.css';
import { Background, Controls, MarkerType, ReactFlow, useReactFlow, useStore, type Edge, type NodeMouseHandler } from '@xyflow/react';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PositionSummaryFragment } from '../../../gql/graphql';
import { useLocalized } from '../../ui/format/localized-text';
import { layoutOrgChart } from '../utils/org-chart-layout';
import { PositionNode, type PositionNodeType } from './PositionNode';

const nodeTypes = { position: PositionNode };
// On a phone the whole chart would be unreadably small: stay legible and let the user pan.
const FIT = { padding: 0.12, minZoom: 0.45 };

/** Fits the chart again when its pane changes size (the side panel opens) or positions change. */
function FitOnResize({ count }: { count: number }) {
  const { fitView } = useReactFlow();
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  useEffect(() => {
    if (width > 0 && height > 0) void fitView(FIT);
  }, [width, height, count, fitView]);
  return null;
}

type Props = {
  positions: readonly PositionSummaryFragment[];
  selectedId: string | null;
  onSelect: (id: string) => void;
};

/** The department drawn as a graph: pan with drag, zoom with wheel or the controls. */
export function OrgChartCanvas({ positions, selectedId, onSelect }: Props) {
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
          vacancies: position.vacancies,
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
      <FitOnResize count={positions.length} />
    </ReactFlow>
  );
}
