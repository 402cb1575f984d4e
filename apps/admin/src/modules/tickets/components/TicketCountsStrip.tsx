import { Paper, SimpleGrid, Skeleton, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTicketCounts, type TicketTotals } from '../hooks/useTicketCounts';
import { OPEN_STATUSES } from '../utils/saved-views';
import { deskFilterToParams, EMPTY_DESK_FILTER, type DeskFilter } from '../utils/ticket-filter-params';

const TILES: readonly (keyof TicketTotals)[] = ['open', 'majorOpen', 'followUp', 'closed'];
const TILE_LABEL_KEYS = { open: 'counts.open', majorOpen: 'counts.major', followUp: 'counts.followUp', closed: 'counts.closed' } as const;

/** The desk filter each tile counts, so a tile opens exactly the tickets behind its number. */
export const TILE_FILTERS: Record<keyof TicketTotals, DeskFilter> = {
  open: { ...EMPTY_DESK_FILTER, statuses: [...OPEN_STATUSES] },
  majorOpen: { ...EMPTY_DESK_FILTER, statuses: [...OPEN_STATUSES], severities: ['MAJOR'] },
  followUp: { ...EMPTY_DESK_FILTER, statuses: ['RESOLVED'] },
  closed: { ...EMPTY_DESK_FILTER, statuses: ['CLOSED'] },
};

const tilePath = (tile: keyof TicketTotals) => `/tickets?${deskFilterToParams(TILE_FILTERS[tile]).toString()}`;

/** The dashboard numbers over everything the viewer may see, whatever the filter; each is a link to its queue. */
export function TicketCountsStrip() {
  const { t } = useTranslation('tickets');
  const { totals } = useTicketCounts();
  return (
    <section aria-label={t('counts.label')}>
      <SimpleGrid cols={4} spacing={{ base: 6, sm: 'sm' }}>
        {TILES.map((tile) => (
          <Paper
            key={tile}
            component={Link}
            to={tilePath(tile)}
            withBorder
            p={{ base: 6, sm: 'sm' }}
            radius="md"
            title={t('counts.showTickets')}
            style={{ color: 'inherit', textDecoration: 'none' }}
            className="kefu-tile"
            data-testid={`tile-${tile}`}
          >
            <Text size="sm" c="gray.7" component="h2" fw={500} m={0}>
              {t(TILE_LABEL_KEYS[tile])}
            </Text>
            {totals ? (
              <Text fz={{ base: 20, sm: 28 }} fw={700} lh={1.2} c="blue.8" data-testid={`count-${tile}`}>
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
