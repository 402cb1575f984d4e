import { Alert, Box, Button, Group, Modal, Paper, Select, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { EmptyState } from '../../ui/components/EmptyState';
import { PageHeader } from '../../ui/components/PageHeader';
import { PageSkeleton } from '../../ui/components/PageSkeleton';
import { QueryErrorState } from '../../ui/components/QueryErrorState';
import { useLocalized } from '../../ui/format/localized-text';
import { useFormatters } from '../../ui/format/useFormatters';
import { useFollowOrgChanges } from '../hooks/useFollowOrgChanges';
import { useOrgChart } from '../hooks/useOrgChart';
import { useOrgPermissions } from '../hooks/useOrgPermissions';
import { CreatePositionForm } from './CreatePositionForm';
import { OrgChartCanvas } from './OrgChartCanvas';
import { PositionPanel } from './PositionPanel';

/** The open position's panel lies over the chart's right edge, so the chart keeps its zoom. */
const PANEL_WIDTH = 400;
const PANEL_INSET = 8;

/** The org chart page: the graph, a position picker for the keyboard, and the side panel. */
export function OrgChartView() {
  const { t } = useTranslation('org');
  const localized = useLocalized();
  const format = useFormatters();
  const today = format.today();
  // The open position and the day shown live in the URL so they survive reloads and can be shared.
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('position');
  const requestedDay = params.get('asOf');
  // Another day shows the chart as it stood then (or, for a later day, as scheduled), read-only;
  // today (or no day) is the live chart.
  const asOf = requestedDay && /^\d{4}-\d{2}-\d{2}$/.test(requestedDay) && requestedDay !== today ? requestedDay : null;
  const { chart, loading, error, refetch } = useOrgChart(asOf);
  useFollowOrgChanges();
  const { canEditPositions } = useOrgPermissions();
  const navigate = useNavigate();
  const [isCreating, creating] = useDisclosure(false);
  const setParam = (name: string, value: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(name, value);
      else next.delete(name);
      return next;
    });
  const select = (id: string | null) => setParam('position', id);
  const showDay = (day: string | null) => setParam('asOf', day && day !== today ? day : null);
  if (loading) return <PageSkeleton rows={10} />;
  if (error || !chart) return <QueryErrorState error={error} onRetry={() => void refetch()} />;
  const positions = chart.positions;
  const selected = positions.find((p) => p.id === selectedId) ?? null;
  const vacant = positions.reduce((sum, p) => sum + p.vacancies, 0);
  return (
    <>
      <PageHeader
        title={t('chart.title')}
        description={t('chart.description', {
          positions: t('chart.positions', { count: positions.length }),
          vacancies: t('chart.vacantSeats', { count: vacant }),
        })}
        actions={
          <Group gap="xs" align="flex-end">
            <TextInput
              type="date"
              aria-label={t('asOf.label')}
              title={t('asOf.label')}
              value={asOf ?? today}
              onChange={(event) => showDay(event.currentTarget.value || null)}
              w={160}
            />
            {canEditPositions && !asOf ? (
              <Button variant="light" onClick={creating.open}>
                {t('positionCreate.button')}
              </Button>
            ) : null}
          {positions.length > 0 ? (
            <Select
              aria-label={t('chart.jumpTo')}
              placeholder={t('chart.jumpTo')}
              data={positions.map((p) => ({ value: p.id, label: localized(p.title) }))}
              value={selectedId}
              onChange={select}
              searchable
              clearable
              w={240}
            />
          ) : null}
          </Group>
        }
      />
      <Modal opened={isCreating} onClose={creating.close} title={t('positionCreate.title')} size="lg" closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
        <CreatePositionForm
          units={chart.units}
          positions={positions}
          onDone={(created) => {
            creating.close();
            if (created) void navigate(`/org/positions/${encodeURIComponent(created.id)}`);
          }}
        />
      </Modal>
      {asOf ? (
        <Alert color="blue" variant="light" mb="xs" title={t('asOf.banner', { day: format.localDate(asOf) })}>
          <Group justify="space-between" gap="xs">
            <Text size="sm">{t('asOf.readOnly')}</Text>
            <Button size="xs" variant="default" onClick={() => showDay(null)}>
              {t('asOf.backToToday')}
            </Button>
          </Group>
        </Alert>
      ) : null}
      {positions.length === 0 ? (
        <EmptyState title={t('chart.empty')} description={t('chart.emptyHint')} />
      ) : (
        <>
          <Box pos="relative">
            <Paper withBorder radius="md" h="calc(100vh - 190px)" mih={420} component="figure" m={0} aria-label={t('chart.figureLabel')}>
              <OrgChartCanvas
                positions={positions}
                selectedId={selectedId}
                onSelect={select}
                coveredRight={selected ? PANEL_WIDTH + PANEL_INSET : 0}
              />
            </Paper>
            {selected ? (
              <Box
                pos="absolute"
                top={PANEL_INSET}
                right={PANEL_INSET}
                bottom={PANEL_INSET}
                w={`min(${PANEL_WIDTH}px, calc(100% - ${2 * PANEL_INSET}px))`}
                style={{ zIndex: 10 }}
              >
                <PositionPanel position={selected} positions={positions} readOnly={asOf !== null} onClose={() => select(null)} />
              </Box>
            ) : null}
          </Box>
          <Text size="xs" c="gray.7" mt={4}>
            {t('chart.hint')}
          </Text>
        </>
      )}
    </>
  );
}
