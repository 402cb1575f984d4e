import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KpiScorecardFieldsFragment } from '../../../gql/graphql';
import { SidewaysScroll } from '../../ui/components/SidewaysScroll';
import { formatFigure } from '../utils/format-figure';

/** Teams or people side by side, a column per KPI the first row is measured by; a name drills down. */
export function KpiTeamTable({ caption, cards, onOpen }: { caption: string; cards: readonly KpiScorecardFieldsFragment[]; onOpen: (card: KpiScorecardFieldsFragment) => void }) {
  const { t, i18n } = useTranslation('kpi');
  const en = i18n.language === 'en';
  const columns = [...new Map(cards.flatMap((c) => c.figures.map((f) => [f.kpi.code, f.kpi] as const))).values()];
  return (
    <SidewaysScroll label={caption} hint={t('scrollHint')}>
      <Table striped aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{caption}</Table.Th>
            {columns.map((k) => (
              <Table.Th key={k.code} ta="right">
                {en ? k.name.en : k.name.zh}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cards.map((card) => (
            <Table.Tr key={card.subjectId ?? 'site'}>
              <Table.Td>
                <Anchor component="button" type="button" onClick={() => onOpen(card)}>
                  {en ? card.name.en : card.name.zh}
                </Anchor>
              </Table.Td>
              {columns.map((k) => {
                const f = card.figures.find((x) => x.kpi.code === k.code);
                return (
                  <Table.Td key={k.code} ta="right">
                    {f ? formatFigure(f.value, k.unit, t('noData.short')) : '—'}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </SidewaysScroll>
  );
}
