import { Anchor, Badge, Button, Card, Grid, Group, List, Modal, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotFoundState } from '../../ui/components/NotFoundState';
import { PageHeader } from '../../ui/components/PageHeader';
import { PageSkeleton } from '../../ui/components/PageSkeleton';
import { QueryErrorState } from '../../ui/components/QueryErrorState';
import { useLocalized } from '../../ui/format/localized-text';
import { useFollowOrgChanges } from '../hooks/useFollowOrgChanges';
import { useOrgChart } from '../hooks/useOrgChart';
import { useOrgPermissions } from '../hooks/useOrgPermissions';
import { usePositionDetail } from '../hooks/usePositionDetail';
import { AssignmentHistoryTable } from './AssignmentHistoryTable';
import { PositionHistory } from './PositionHistory';
import { AssignStaffForm } from './AssignStaffForm';
import { HoldersList } from './HoldersList';
import { PositionEditForm } from './PositionEditForm';
import { ReportingLineForm } from './ReportingLineForm';
import { RetirePositionButton } from './RetirePositionButton';
import { ScheduledChangesList } from './ScheduledChangesList';
import { KEYBOARD_SCROLL } from './keyboard-scroll';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="md" component="section">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** 岗位说明书: a position's purpose, duties, KPIs, authorities, qualifications and holders. */
export function PositionDetailView({ id }: { id: string }) {
  const { t } = useTranslation('org');
  const localized = useLocalized();
  const { position, missing, loading, error, refetch } = usePositionDetail(id);
  const { chart } = useOrgChart();
  useFollowOrgChanges();
  const { canEditPositions, canEditAssignments, canEditReportingLines, canReadOrgChanges } = useOrgPermissions();
  const [editing, edit] = useDisclosure(false);
  const [reloads, setReloads] = useState(0);
  const narrow = useMediaQuery('(max-width: 48em)') ?? false;
  if (loading) return <PageSkeleton rows={12} />;
  if (error) return <QueryErrorState error={error} onRetry={() => void refetch()} />;
  if (missing || !position) return <NotFoundState />;
  const title = localized(position.title);
  const superiors = chart?.positions.filter((p) => position.reportsTo.some((r) => r.id === p.id)) ?? [];
  const positionLink = (p: { id: string; title: { zh: string; en: string } }) => (
    <Anchor key={p.id} component={Link} to={`/org/positions/${encodeURIComponent(p.id)}`}>
      {localized(p.title)}
    </Anchor>
  );
  const q = position.qualifications;
  return (
    <>
      <Anchor component={Link} to={`/org?position=${encodeURIComponent(position.id)}`} size="sm">
        ← {t('detail.backToChart')}
      </Anchor>
      <PageHeader
        title={title}
        description={localized(position.unit.name)}
        actions={
          canEditPositions ? (
            <Group gap="xs">
              <RetirePositionButton id={position.id} version={position.version} title={title} />
              <Button variant="light" onClick={edit.open}>
                {t('detail.edit')}
              </Button>
            </Group>
          ) : null
        }
      />
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <Section title={t('detail.purpose')}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {localized(position.purpose)}
              </Text>
            </Section>
            <Section title={t('detail.duties')}>
              {position.duties.length === 0 ? <Text size="sm">{t('detail.none')}</Text> : null}
              <Stack gap="sm">
                {position.duties.map((group, index) => (
                  <div key={index}>
                    <Text fw={600} size="sm">
                      {localized(group.function)}
                    </Text>
                    <List size="sm" spacing={2}>
                      {group.duties.map((duty, i) => (
                        <List.Item key={i}>{localized(duty)}</List.Item>
                      ))}
                    </List>
                  </div>
                ))}
              </Stack>
            </Section>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Section title={t('detail.kpis')}>
                {position.kpis.length === 0 ? <Text size="sm">{t('detail.none')}</Text> : null}
                <List size="sm" spacing={2}>
                  {position.kpis.map((kpi, i) => (
                    <List.Item key={i}>{localized(kpi)}</List.Item>
                  ))}
                </List>
              </Section>
              <Section title={t('detail.workEnvironment')}>
                {position.workEnvironment.length === 0 ? <Text size="sm">{t('detail.none')}</Text> : null}
                <List size="sm" spacing={2}>
                  {position.workEnvironment.map((w, i) => (
                    <List.Item key={i}>
                      {localized(w.place)} {w.share}%
                    </List.Item>
                  ))}
                </List>
              </Section>
            </SimpleGrid>
            <Section title={t('detail.authorities')}>
              {position.authorities.length === 0 ? (
                <Text size="sm">{t('detail.noAuthorities')}</Text>
              ) : (
                <Table.ScrollContainer minWidth={420} scrollAreaProps={KEYBOARD_SCROLL}>
                  <Table withTableBorder fz="sm" aria-label={t('detail.authorities')}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('authority.domainHeader')}</Table.Th>
                        <Table.Th scope="col">{t('authority.verbHeader')}</Table.Th>
                        <Table.Th scope="col">{t('authority.subjectHeader')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {position.authorities.map((a, i) => (
                        <Table.Tr key={i}>
                          <Table.Td>{t(`authority.domain.${a.domain}`)}</Table.Td>
                          <Table.Td>
                            <Badge variant="light" size="sm">
                              {t(`authority.verb.${a.verb}`)}
                            </Badge>
                          </Table.Td>
                          <Table.Td>{localized(a.subject)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Section>
            <Section title={t('detail.qualifications')}>
              <Stack gap={6}>
                <Text size="sm">
                  <Text span fw={600}>
                    {t('detail.education')}：
                  </Text>
                  {localized(q.education)}
                </Text>
                <Text size="sm">
                  <Text span fw={600}>
                    {t('detail.experience')}：
                  </Text>
                  {localized(q.experience)}
                </Text>
                {q.knowledge.length > 0 ? (
                  <Text size="sm">
                    <Text span fw={600}>
                      {t('detail.knowledge')}：
                    </Text>
                    {q.knowledge.map(localized).join('；')}
                  </Text>
                ) : null}
                {q.skills.length > 0 ? (
                  <Text size="sm">
                    <Text span fw={600}>
                      {t('detail.skills')}：
                    </Text>
                    {q.skills.map(localized).join('；')}
                  </Text>
                ) : null}
              </Stack>
            </Section>
            <Section title={t('detail.history')}>
              <AssignmentHistoryTable assignments={position.assignmentHistory} show="staff" caption={t('detail.history')} />
            </Section>
            {canEditPositions || canReadOrgChanges ? <PositionHistory id={position.id} /> : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <Section title={t('detail.lines')}>
              <Stack gap={6}>
                <Text size="sm" fw={600}>
                  {t('panel.reportsTo')}
                </Text>
                <Group gap="xs">{superiors.length > 0 ? superiors.map(positionLink) : <Text size="sm">{t('reportingLine.none')}</Text>}</Group>
                <Text size="sm" fw={600}>
                  {t('detail.directReports')}
                </Text>
                <Group gap="xs">
                  {position.directReports.length > 0 ? position.directReports.map(positionLink) : <Text size="sm">{t('detail.noDirectReports')}</Text>}
                </Group>
                <ScheduledChangesList
                  positionId={position.id}
                  changes={position.scheduledChanges}
                  canCancelLines={canEditReportingLines}
                  canCancelGrants={canEditPositions}
                />
                {canEditReportingLines && chart ? <ReportingLineForm position={position} candidates={chart.positions} /> : null}
              </Stack>
            </Section>
            <Section title={t('holders.titleWithCount', { count: position.holders.length, headcount: position.headcount })}>
              <HoldersList holders={position.holders} vacancies={position.vacancies} canEnd={canEditAssignments} />
            </Section>
            {canEditAssignments ? (
              <Section title={t('assign.title')}>
                <AssignStaffForm positionId={position.id} full={position.vacancies === 0} />
              </Section>
            ) : null}
          </Stack>
        </Grid.Col>
      </Grid>
      <Modal
        opened={editing}
        onClose={edit.close}
        title={t('positionEdit.title', { title })}
        size="xl"
        fullScreen={narrow}
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      >
        {/* Reloading after a CONFLICT opens the form afresh on the version saved meanwhile. */}
        <PositionEditForm
          key={reloads}
          position={position}
          onDone={edit.close}
          onReload={() => void refetch().then(() => setReloads((n) => n + 1))}
        />
      </Modal>
    </>
  );
}
