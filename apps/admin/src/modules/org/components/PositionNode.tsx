import { Badge, Group, Stack, Text } from '@mantine/core';
import { Handle, Position as Side, type Node, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { PositionSummaryFragment } from '../../../gql/graphql';
import { useLocalized } from '../../ui/format/localized-text';
import { NODE_HEIGHT, NODE_WIDTH, TITLE_FONT_PX } from '../utils/org-chart-layout';

export type PositionNodeData = { position: PositionSummaryFragment; selected: boolean };
export type PositionNodeType = Node<PositionNodeData, 'position'>;

/** A position on the chart: title, unit, who holds it, how many seats are empty or how far it is over strength (超编). */
export function PositionNode({ data }: NodeProps<PositionNodeType>) {
  const { t } = useTranslation('org');
  const localized = useLocalized();
  const { position, selected } = data;
  const holders = position.holders;
  return (
    <Stack
      gap={4}
      p="xs"
      w={NODE_WIDTH}
      h={NODE_HEIGHT}
      style={{
        borderRadius: 8,
        border: `${selected ? 2 : 1}px solid var(--mantine-color-${selected ? 'blue-7' : position.overStrength > 0 ? 'red-6' : position.vacancies > 0 ? 'orange-6' : 'gray-4'})`,
        background: position.vacancies > 0 ? 'var(--mantine-color-orange-0)' : 'var(--mantine-color-white)',
        cursor: 'pointer',
        overflow: 'hidden',
      }}
    >
      <Handle type="target" position={Side.Top} isConnectable={false} />
      {/* Titles wrap rather than lose words: two lines fit every title in the catalogue. */}
      <Text fw={700} fz={TITLE_FONT_PX} lh={1.25} data-position-title>
        {localized(position.title)}
      </Text>
      <Text fz={13} c="gray.7" lineClamp={1}>
        {localized(position.unit.name)}
      </Text>
      <Text fz={13} lineClamp={2} lh={1.35}>
        {holders.length === 0
          ? t('chart.noHolder')
          : holders.map((h) => (h.acting ? t('chart.actingHolder', { name: h.staff.name }) : h.staff.name)).join('、')}
      </Text>
      <Group gap={4} mt="auto">
        {position.overStrength > 0 ? (
          <Badge size="sm" color="red.7" variant="filled">
            {t('chart.overStrength', { count: position.overStrength })}
          </Badge>
        ) : null}
        {position.vacancies > 0 ? (
          <Badge size="sm" color="orange.2" c="dark.9" variant="filled">
            {t('chart.vacancies', { count: position.vacancies })}
          </Badge>
        ) : null}
        <Badge size="sm" variant="default">
          {t('chart.headcount', { count: position.headcount })}
        </Badge>
      </Group>
      <Handle type="source" position={Side.Bottom} isConnectable={false} />
    </Stack>
  );
}
