import { Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KpiCode, KpiScorecardFieldsFragment } from '../../../gql/graphql';
import { SidewaysScroll } from '../../ui/components/SidewaysScroll';
import { formatFigure } from '../utils/format-figure';
import { KpiStatusBadge } from './KpiStatusBadge';

/** Each KPI of a scorecard against its target; choosing one shows its trend. */
export function KpiFigureTable({ card, selected, onSelect }: { card: KpiScorecardFieldsFragment; selected: KpiCode | null; onSelect: (code: KpiCode) => void }) {
  const { t, i18n } = useTranslation('kpi');
  const en = i18n.language === 'en';
  return (
    <SidewaysScroll label={t('figures.caption')} hint={t('scrollHint')}>
      <Table striped highlightOnHover aria-label={t('figures.caption')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('figures.kpi')}</Table.Th>
            <Table.Th ta="right">{t('figures.value')}</Table.Th>
            <Table.Th ta="right">{t('figures.target')}</Table.Th>
            <Table.Th>{t('figures.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {card.figures.map((f) => (
            <Table.Tr key={f.kpi.code} bg={selected === f.kpi.code ? 'blue.0' : undefined}>
              <Table.Td>
                <Tooltip label={`${en ? f.kpi.formula.en : f.kpi.formula.zh}${f.kpi.formulaByProduct ? ` ${t('figures.productFormula')}` : ''}`} multiline w={320}>
                  <UnstyledButton onClick={() => onSelect(f.kpi.code)} aria-pressed={selected === f.kpi.code}>
                    <Text size="sm" td="underline">
                      {en ? f.kpi.name.en : f.kpi.name.zh}
                    </Text>
                  </UnstyledButton>
                </Tooltip>
              </Table.Td>
              <Table.Td ta="right">
                {formatFigure(f.value, f.kpi.unit, f.noDataReason === 'SOURCE_PENDING' ? t('noData.SOURCE_PENDING') : t('noData.NO_EVENTS'))}
              </Table.Td>
              <Table.Td ta="right">{f.target === null ? '—' : formatFigure(f.target, f.kpi.unit, '—')}</Table.Td>
              <Table.Td>
                <KpiStatusBadge status={f.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </SidewaysScroll>
  );
}
