import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Group, Paper, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiCode, KpiGroupFigureFieldsFragment, KpiGroupsQuery } from '../../../gql/graphql';
import { PageSkeleton } from '../../ui/components/PageSkeleton';
import { QueryErrorState } from '../../ui/components/QueryErrorState';
import { SidewaysScroll } from '../../ui/components/SidewaysScroll';
import { useKpiGroups } from '../hooks/useKpiGroups';
import { formatFigure } from '../utils/format-figure';
import { KpiStatusBadge } from './KpiStatusBadge';

type GroupData = KpiGroupsQuery['kpiGroups'][number];

/**
 * 集团: each group of sites the viewer reads over the month holding `day`, its member sites side
 * by side per KPI against each site's own target, with the group's total (the sites' facts
 * summed), and one KPI's figure per site as bars. Shown only to a group's readers.
 */
export function KpiGroupView({ day }: { day: string }) {
  const { t } = useTranslation('kpi');
  const { groups, loading, error, refetch } = useKpiGroups(day);
  if (error) return <QueryErrorState error={error} onRetry={() => void refetch()} />;
  if (loading) return <PageSkeleton />;
  if (groups.length === 0) return <Text c="dimmed">{t('group.none')}</Text>;
  return (
    <Stack gap="lg">
      {groups.map((group) => (
        <GroupFigures key={group.groupId} group={group} />
      ))}
    </Stack>
  );
}

function GroupFigures({ group }: { group: GroupData }) {
  const { t, i18n } = useTranslation('kpi');
  const en = i18n.language === 'en';
  const name = en ? group.name.en : group.name.zh;
  const caption = t('group.caption', { name });
  const [selected, setSelected] = useState<KpiCode | null>(null);
  const code = selected ?? group.totals.find((f) => f.value !== null)?.kpi.code ?? group.totals[0]?.kpi.code ?? null;
  const noData = (f: KpiGroupFigureFieldsFragment) => (f.noDataReason === 'SOURCE_PENDING' ? t('noData.SOURCE_PENDING') : t('noData.short'));
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('group.title', { name, month: group.periodStart.slice(0, 7) })}
      </Title>
      <SidewaysScroll label={caption} hint={t('scrollHint')}>
        <Table striped highlightOnHover aria-label={caption}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('figures.kpi')}</Table.Th>
              {group.sites.map((site) => (
                <Table.Th key={site.siteId} ta="right">
                  {en ? site.name.en : site.name.zh}
                </Table.Th>
              ))}
              <Table.Th ta="right">{t('group.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {group.totals.map((total) => (
              <Table.Tr key={total.kpi.code} bg={code === total.kpi.code ? 'blue.0' : undefined}>
                <Table.Td>
                  <UnstyledButton onClick={() => setSelected(total.kpi.code)} aria-pressed={code === total.kpi.code}>
                    <Text size="sm" td="underline">
                      {en ? total.kpi.name.en : total.kpi.name.zh}
                    </Text>
                  </UnstyledButton>
                </Table.Td>
                {group.sites.map((site) => {
                  const f = site.figures.find((x) => x.kpi.code === total.kpi.code);
                  return (
                    <Table.Td key={site.siteId} ta="right">
                      {f ? (
                        <Group gap={6} justify="flex-end" wrap="nowrap">
                          <span>{formatFigure(f.value, f.kpi.unit, noData(f))}</span>
                          {f.target !== null && f.value !== null && <KpiStatusBadge status={f.status} />}
                        </Group>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                  );
                })}
                <Table.Td ta="right" fw={600}>
                  {formatFigure(total.value, total.kpi.unit, noData(total))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </SidewaysScroll>
      {code && <SiteBars group={group} code={code} />}
    </Paper>
  );
}

/** One KPI's figure per member site; a site without data has no bar, never a 0. */
function SiteBars({ group, code }: { group: GroupData; code: KpiCode }) {
  const { t, i18n } = useTranslation('kpi');
  const en = i18n.language === 'en';
  const total = group.totals.find((f) => f.kpi.code === code);
  if (!total) return null;
  const kpiName = en ? total.kpi.name.en : total.kpi.name.zh;
  const data = group.sites.map((site) => ({ site: en ? site.name.en : site.name.zh, [kpiName]: site.figures.find((f) => f.kpi.code === code)?.value ?? null }));
  // A rate's or a mean's group figure is a line across the sites; a count's total is their sum, not a level.
  const line = total.value !== null && total.kpi.unit !== 'COUNT' ? [{ y: total.value, label: t('group.total'), color: 'red.6' }] : [];
  return (
    <figure style={{ margin: '1rem 0 0' }}>
      <Text component="figcaption" size="sm" fw={600} mb="xs">
        {t('group.chart', { name: kpiName })}
      </Text>
      <BarChart h={220} data={data} dataKey="site" series={[{ name: kpiName, color: 'blue.6' }]} referenceLines={line} maxBarWidth={64} />
    </figure>
  );
}
