import { Paper, SimpleGrid, Skeleton, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { KpiStatusBadge } from '../../kpi/components/KpiStatusBadge';
import { formatFigure } from '../../kpi/utils/format-figure';
import { DESK_KPI_TILES, useDeskKpiTiles } from '../hooks/useDeskKpiTiles';

/** This month's KPIs from the catalogue, each against its target, linking to the KPI page. */
export function DeskKpiTiles() {
  const { t, i18n } = useTranslation('tickets');
  const { shown, figures } = useDeskKpiTiles();
  if (!shown) return null;
  const english = i18n.language.startsWith('en');
  return (
    <section aria-label={t('kpiTiles.label')}>
      <SimpleGrid cols={{ base: 2, sm: DESK_KPI_TILES }} spacing={{ base: 6, sm: 'sm' }}>
        {figures
          ? figures.map((f) => (
              <Paper
                key={f.kpi.code}
                component={Link}
                to="/kpi"
                withBorder
                p={{ base: 6, sm: 'sm' }}
                radius="md"
                title={t('kpiTiles.open')}
                style={{ color: 'inherit', textDecoration: 'none' }}
                className="kefu-tile"
                data-testid={`kpi-tile-${f.kpi.code}`}
              >
                <Text size="sm" c="gray.7" component="h2" fw={500} m={0}>
                  {english ? f.kpi.name.en : f.kpi.name.zh}
                </Text>
                <Text fz={{ base: 18, sm: 22 }} fw={700} lh={1.3} c="blue.8">
                  {formatFigure(f.value, f.kpi.unit, t('kpiTiles.noData'))}
                </Text>
                <KpiStatusBadge status={f.status} />
              </Paper>
            ))
          : Array.from({ length: DESK_KPI_TILES }, (_, i) => <Skeleton key={i} height={84} radius="md" />)}
      </SimpleGrid>
    </section>
  );
}
