import { Anchor, Breadcrumbs, Button, Group, Paper, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { KpiCode, KpiScorecardFieldsFragment, KpiSubjectInput } from '../../../gql/graphql';
import { useViewer } from '../../auth/hooks/useViewer';
import { PageHeader } from '../../ui/components/PageHeader';
import { PageSkeleton } from '../../ui/components/PageSkeleton';
import { QueryErrorState } from '../../ui/components/QueryErrorState';
import { useReadsKpiGroups } from '../hooks/useKpiGroups';
import { useKpiScorecard } from '../hooks/useKpiScorecard';
import { useKpiStartingPoints } from '../hooks/useKpiStartingPoints';
import { useKpiTeam } from '../hooks/useKpiTeam';
import { lastMonth } from '../utils/format-figure';
import { KpiFigureTable } from './KpiFigureTable';
import { KpiGroupView } from './KpiGroupView';
import { KpiTargetForm } from './KpiTargetForm';
import { KpiTeamTable } from './KpiTeamTable';
import { KpiTicketsTable } from './KpiTicketsTable';
import { KpiTrendChart } from './KpiTrendChart';

/** One step of the drill-down: the site, a team (its position), or a person. */
type Step = { subject: KpiSubjectInput; name: string };

/**
 * 关键绩效: the viewer's figures against the site's targets, their trend, the teams and people
 * below side by side, and the tickets behind a person's or team's complaints. The director
 * starts at the site, a supervisor at the team, everyone else at their own figures. A reader of a
 * group of sites (集团) also gets the group view: its sites side by side.
 */
export function KpiView() {
  const { t } = useTranslation('kpi');
  const { can } = useViewer();
  const start = useKpiStartingPoints();
  const [month, setMonth] = useState(lastMonth());
  const [path, setPath] = useState<Step[] | null>(null);
  const [selected, setSelected] = useState<KpiCode | null>(null);
  const readsGroups = useReadsKpiGroups();
  const [view, setView] = useState<string | null>('site');

  const first: Step | null = start.start
    ? start.start.site
      ? { subject: { kind: 'SITE' }, name: t('site') }
      : start.start.teamPositionIds[0]
        ? { subject: { kind: 'POSITION', id: start.start.teamPositionIds[0] }, name: t('myTeam') }
        : { subject: { kind: 'STAFF', id: start.start.staffId }, name: t('mine') }
    : null;
  const steps = path ?? (first ? [first] : []);
  const current = steps.at(-1) ?? null;
  const day = `${month}-01`;
  const figures = useKpiScorecard(current?.subject ?? null, day);
  // The site's teams are those of the director's position; a team's its own.
  const teamPosition = current?.subject.kind === 'POSITION' ? current.subject.id! : current?.subject.kind === 'SITE' ? (start.start?.teamPositionIds[0] ?? null) : null;
  const team = useKpiTeam(teamPosition, day);

  const open = (card: KpiScorecardFieldsFragment) => {
    const kind = card.subjectKind;
    setPath([...steps, { subject: { kind, id: card.subjectId }, name: card.name.zh }]);
  };

  if (start.error) return <QueryErrorState error={start.error} onRetry={() => void start.refetch()} />;
  if (start.loading || !current) return <PageSkeleton />;
  const code = selected ?? figures.scorecard?.figures[0]?.kpi.code ?? null;
  const siteView = (
    <>
      <Breadcrumbs mb="md" aria-label={t('path')}>
        {steps.map((step, i) =>
          i === steps.length - 1 ? (
            <Text key={i} fw={600}>
              {step.name}
            </Text>
          ) : (
            <Anchor key={i} component="button" type="button" onClick={() => setPath(steps.slice(0, i + 1))}>
              {step.name}
            </Anchor>
          ),
        )}
      </Breadcrumbs>
      {figures.error ? (
        <QueryErrorState error={figures.error} onRetry={() => void figures.refetch()} />
      ) : figures.loading || !figures.scorecard ? (
        <PageSkeleton />
      ) : (
        <Stack gap="lg">
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              {t('figures.title', { name: current.name })}
            </Title>
            <KpiFigureTable card={figures.scorecard} selected={code} onSelect={setSelected} />
          </Paper>
          {code && figures.trend.length > 0 && (
            <Paper withBorder p="md">
              <KpiTrendChart trend={figures.trend} code={code} />
            </Paper>
          )}
          {team.team && current.subject.kind !== 'STAFF' && (
            <Paper withBorder p="md">
              <Stack gap="md">
                {team.team.units.length > 0 && <KpiTeamTable caption={t('team.units')} cards={team.team.units} onOpen={open} />}
                {team.team.people.length > 0 && <KpiTeamTable caption={t('team.people')} cards={team.team.people} onOpen={open} />}
              </Stack>
            </Paper>
          )}
          {current.subject.kind !== 'SITE' && (
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="sm">
                {t('tickets.title')}
              </Title>
              <KpiTicketsTable subject={current.subject} day={day} />
            </Paper>
          )}
          {can('KPI_TARGET_SET') && (
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="sm">
                {t('target.title')}
              </Title>
              <KpiTargetForm card={figures.scorecard} />
            </Paper>
          )}
        </Stack>
      )}
    </>
  );

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          can('KPI_REPORT_VIEW') ? (
            <Button component={Link} to={`/kpi/report?month=${month}`} variant="default">
              {t('openReport')}
            </Button>
          ) : undefined
        }
      />
      <Group mb="md" align="end">
        <TextInput type="month" label={t('month')} value={month} onChange={(e) => e.currentTarget.value && setMonth(e.currentTarget.value)} w={180} />
      </Group>
      {readsGroups ? (
        <Tabs value={view} onChange={setView} keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="site">{t('group.tabSite')}</Tabs.Tab>
            <Tabs.Tab value="group">{t('group.tab')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="site">{siteView}</Tabs.Panel>
          <Tabs.Panel value="group">
            <KpiGroupView day={day} />
          </Tabs.Panel>
        </Tabs>
      ) : (
        siteView
      )}
    </>
  );
}
