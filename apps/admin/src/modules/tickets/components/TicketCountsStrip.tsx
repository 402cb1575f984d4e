import { Paper, SimpleGrid, Skeleton, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTicketCounts, type TicketTotals } from '../hooks/useTicketCounts';

const TILES: readonly (keyof TicketTotals)[] = ['open', 'majorOpen', 'followUp', 'closed'];
const TILE_LABEL_KEYS = { open: 'counts.open', majorOpen: 'counts.major', followUp: 'counts.followUp', closed: 'counts.closed' } as const;

/** The dashboard numbers over everything the viewer may see, whatever the filter. */
export function TicketCountsStrip() {
  const { t } = useTranslation('tickets');
  const { totals } = useTicketCounts();
  return (
    <section aria-label={t('counts.label')}>
      <SimpleGrid cols={4} spacing={{ base: 6, sm: 'sm' }}>
        {TILES.map((tile) => (
          <Paper key={tile} withBorder p={{ base: 6, sm: 'sm' }} radius="md">
            <Text size="sm" c="gray.7" component="h2" fw={500} m={0} lineClamp={1}>
              {t(TILE_LABEL_KEYS[tile])}
            </Text>
            {totals ? (
              <Text fz={{ base: 20, sm: 28 }} fw={700} lh={1.2} data-testid={`count-${tile}`}>
                {totals[tile].toLocaleString()}
              </Text>
            ) : (
              <Skeleton height={34} mt={2} width="50%" />
            )}
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}
