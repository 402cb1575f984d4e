import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useViewer } from '../../auth/hooks/useViewer';
import { PageHeader } from '../../ui/components/PageHeader';
import { PageSkeleton } from '../../ui/components/PageSkeleton';
import { QueryErrorState } from '../../ui/components/QueryErrorState';
import { notifyFailure, notifySuccess } from '../../ui/errors/notify';
import { useMonthlyReport } from '../hooks/useMonthlyReport';
import { lastMonth } from '../utils/format-figure';
import { KpiTeamTable } from './KpiTeamTable';
import classes from './KpiReportView.module.css';

/** Counts of one dimension of the month's intake, largest first. */
const tally = <T,>(rows: readonly T[], key: (row: T) => string, count: (row: T) => number) => {
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(key(row), (sums.get(key(row)) ?? 0) + count(row));
  return [...sums].sort((a, b) => b[1] - a[1]);
};

function CountTable({ caption, rows, label }: { caption: string; rows: [string, number][]; label: (key: string) => string }) {
  return (
    <Table striped aria-label={caption} className={classes.table}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{caption}</Table.Th>
          <Table.Th ta="right">#</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(([key, n]) => (
          <Table.Tr key={key}>
            <Table.Td>{label(key)}</Table.Td>
            <Table.Td ta="right">{n}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * 月度统计分析 (seed 001: "每月进行汇总、统计、分析"): a month of the site — complaints by kind,
 * source, requester and severity, deadlines met, relays, what recurs, the KPI tables — with the
 * director's analysis; printable, and downloadable as .xlsx with the same numbers.
 */
export function KpiReportView() {
  const { t } = useTranslation('kpi');
  const { can } = useViewer();
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? lastMonth();
  const r = useMonthlyReport(month);
  const [analysis, setAnalysis] = useState('');
  useEffect(() => setAnalysis(r.report?.analysis?.analysis ?? ''), [r.report?.analysis?.analysis]);

  if (r.error) return <QueryErrorState error={r.error} onRetry={() => void r.refetch()} />;
  if (r.loading || !r.report) return <PageSkeleton />;
  const report = r.report;
  const complaints = report.intake.filter((row) => row.kind === 'complaint');
  const save = async () => {
    try {
      await r.saveAnalysis(analysis);
      notifySuccess(t('report.analysisSaved'), t);
    } catch (error) {
      notifyFailure(error, t);
    }
  };

  return (
    <div className={classes.report}>
      <PageHeader
        title={t('report.title', { month })}
        description={t('report.description')}
        actions={
          <Group className={classes.noPrint}>
            <Button variant="default" onClick={() => window.print()}>
              {t('report.print')}
            </Button>
            <Button loading={r.downloading} onClick={() => void r.download()}>
              {t('report.download')}
            </Button>
          </Group>
        }
      />
      <TextInput className={classes.noPrint} type="month" label={t('month')} value={month} onChange={(e) => e.currentTarget.value && setParams({ month: e.currentTarget.value })} w={180} mb="md" />
      <Stack gap="lg">
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('report.complaints')}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 4 }}>
            <CountTable caption={t('report.byKind')} rows={tally(report.intake, (x) => x.kind, (x) => x.count)} label={(k) => t(`kind.${k}`, k)} />
            <CountTable caption={t('report.bySource')} rows={tally(complaints, (x) => x.channel, (x) => x.count)} label={(k) => t(`channel.${k}`, k)} />
            <CountTable caption={t('report.bySubject')} rows={tally(complaints, (x) => x.requesterKind, (x) => x.count)} label={(k) => t(`requesterKind.${k}`, k)} />
            <CountTable caption={t('report.bySeverity')} rows={tally(complaints, (x) => x.severity, (x) => x.count)} label={(k) => t(`severity.${k}`, k)} />
          </SimpleGrid>
        </Paper>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              {t('report.sla')}
            </Title>
            <Table aria-label={t('report.sla')} className={classes.table}>
              <Table.Tbody>
                {report.sla.map((row) => (
                  <Table.Tr key={row.deadline}>
                    <Table.Td>{t(`deadline.${row.deadline}`)}</Table.Td>
                    <Table.Td ta="right">
                      {row.met} / {row.due}
                    </Table.Td>
                    <Table.Td ta="right">{row.rate === null ? t('noData.short') : `${row.rate}%`}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Title order={3} size="h5" mt="md" mb="xs">
              {t('report.followUps')}
            </Title>
            <Table aria-label={t('report.followUps')} className={classes.table}>
              <Table.Tbody>
                {(
                  [
                    ['onTime', report.followUps.onTime, report.followUps.onTimeRate],
                    ['handled', report.followUps.handled, report.followUps.handlingRate],
                  ] as const
                ).map(([row, count, rate]) => (
                  <Table.Tr key={row}>
                    <Table.Td>{t(`report.followUpRow.${row}`)}</Table.Td>
                    <Table.Td ta="right">
                      {count} / {report.followUps.due}
                    </Table.Td>
                    <Table.Td ta="right">{rate === null ? t('noData.short') : `${rate}%`}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="sm" c="dimmed" mt="xs">
              {t('report.followUpLine', report.followUps)}
            </Text>
          </Paper>
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              {t('report.relays')}
            </Title>
            <Text>{t('report.relayLine', { ...report.relays, accuracy: report.relays.accuracy === null ? t('noData.short') : `${report.relays.accuracy}%` })}</Text>
            <Title order={3} size="h5" mt="md" mb="xs">
              {t('report.recurring')}
            </Title>
            <CountTable
              caption={t('report.recurring')}
              rows={report.recurring.map((x) => [`${x.by}:${x.key}`, x.count])}
              label={(k) => {
                const [by, key] = [k.slice(0, k.indexOf(':')), k.slice(k.indexOf(':') + 1)];
                const [kind, repairCategory] = key.split('/');
                const what = by === 'category' ? [t(`kind.${kind}`, kind ?? key), repairCategory ? t(`repairCategory.${repairCategory}`, repairCategory) : null].filter(Boolean).join(' / ') : key;
                return `${t(`recurringBy.${by}`)} · ${what}`;
              }}
            />
          </Paper>
        </SimpleGrid>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('report.kpis')}
          </Title>
          <Stack>
            <KpiTeamTable caption={t('report.teams')} cards={[report.site, ...report.teams]} onOpen={() => undefined} />
            <KpiTeamTable caption={t('team.people')} cards={report.people} onOpen={() => undefined} />
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('report.analysis')}
          </Title>
          {can('KPI_REPORT_EDIT') ? (
            <Stack>
              <Textarea value={analysis} onChange={(e) => setAnalysis(e.currentTarget.value)} autosize minRows={4} maxLength={5000} aria-label={t('report.analysis')} />
              <Group className={classes.noPrint}>
                <Button onClick={() => void save()} loading={r.savingAnalysis}>
                  {t('report.saveAnalysis')}
                </Button>
              </Group>
            </Stack>
          ) : (
            <Text style={{ whiteSpace: 'pre-wrap' }}>{report.analysis?.analysis ?? t('report.noAnalysis')}</Text>
          )}
        </Paper>
      </Stack>
    </div>
  );
}
