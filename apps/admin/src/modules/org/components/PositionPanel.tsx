import { Accordion, Anchor, CloseButton, Divider, Group, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PositionSummaryFragment } from '../../../gql/graphql';
import { useLocalized } from '../../ui/format/localized-text';
import { useOrgPermissions } from '../hooks/useOrgPermissions';
import { AssignStaffForm } from './AssignStaffForm';
import { HoldersList } from './HoldersList';
import { ReportingLineForm } from './ReportingLineForm';

type Props = {
  position: PositionSummaryFragment;
  positions: readonly PositionSummaryFragment[];
  /** A chart of a past day: who held it then, and no changes. */
  readOnly?: boolean;
  onClose: () => void;
};

/** The chart's side panel for one position: who holds it, and the org changes the viewer may make. */
export function PositionPanel({ position, positions, readOnly = false, onClose }: Props) {
  const { t } = useTranslation('org');
  const localized = useLocalized();
  const permissions = useOrgPermissions();
  const canEditAssignments = permissions.canEditAssignments && !readOnly;
  const canEditReportingLines = permissions.canEditReportingLines && !readOnly;
  const superiors = positions.filter((p) => position.reportsTo.some((r) => r.id === p.id));
  const headingId = `position-panel-${position.id}`;
  return (
    <Paper withBorder radius="md" p="md" shadow="md" component="section" aria-labelledby={headingId} h="100%">
      <ScrollArea h="100%" type="auto" offsetScrollbars>
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <div>
              <Title order={2} size="h4" id={headingId}>
                {localized(position.title)}
              </Title>
              <Text size="sm" c="gray.7">
                {localized(position.unit.name)}
              </Text>
            </div>
            <CloseButton aria-label={t('panel.close')} onClick={onClose} />
          </Group>
          <Text size="sm">
            {t('panel.reportsTo')}: {superiors.map((p) => localized(p.title)).join('、') || t('reportingLine.none')}
          </Text>
          <Anchor component={Link} to={`/org/positions/${encodeURIComponent(position.id)}`} size="sm">
            {t('panel.openDetail')}
          </Anchor>
          <Divider label={t('holders.title')} labelPosition="left" />
          <HoldersList holders={position.holders} vacancies={position.vacancies} canEnd={canEditAssignments} />
          {canEditReportingLines || canEditAssignments ? (
            <Accordion variant="separated" defaultValue={canEditReportingLines ? 'reporting' : 'assign'}>
              {canEditReportingLines ? (
                <Accordion.Item value="reporting">
                  <Accordion.Control>{t('reportingLine.title')}</Accordion.Control>
                  <Accordion.Panel>
                    <ReportingLineForm key={position.id} position={position} candidates={positions} />
                  </Accordion.Panel>
                </Accordion.Item>
              ) : null}
              {canEditAssignments ? (
                <Accordion.Item value="assign">
                  <Accordion.Control>{t('assign.title')}</Accordion.Control>
                  <Accordion.Panel>
                    <AssignStaffForm key={position.id} positionId={position.id} />
                  </Accordion.Panel>
                </Accordion.Item>
              ) : null}
            </Accordion>
          ) : null}
        </Stack>
      </ScrollArea>
    </Paper>
  );
}
