import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KpiCode, KpiScorecardFieldsFragment } from '../../../gql/graphql';

/** One KPI month by month; a month without data is a gap in the line, not a 0. */
export function KpiTrendChart({ trend, code }: { trend: readonly KpiScorecardFieldsFragment[]; code: KpiCode }) {
  const { t, i18n } = useTranslation('kpi');
  const figures = trend.map((card) => ({ month: card.periodStart.slice(0, 7), figure: card.figures.find((f) => f.kpi.code === code) ?? null }));
  const kpi = figures.find((f) => f.figure)?.figure?.kpi;
  if (!kpi) return null;
  const name = i18n.language === 'en' ? kpi.name.en : kpi.name.zh;
  const target = figures.at(-1)?.figure?.target ?? null;
  const data = figures.map((f) => ({ month: f.month, [name]: f.figure?.value ?? null }));
  return (
    <figure style={{ margin: 0 }}>
      <Text component="figcaption" size="sm" fw={600} mb="xs">
        {t('trend.title', { name })}
      </Text>
      <LineChart
        h={220}
        data={data}
        dataKey="month"
        series={[{ name, color: 'blue.6' }]}
        connectNulls={false}
        referenceLines={target === null ? [] : [{ y: target, label: t('trend.target'), color: 'red.6' }]}
      />
    </figure>
  );
}
