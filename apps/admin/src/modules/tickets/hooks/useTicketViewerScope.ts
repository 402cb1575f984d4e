import { useQuery } from '@apollo/client';
import { useMemo } from 'react';
import { TICKET_VIEWER_SCOPE_QUERY } from '../graphql/queries/ticket-viewer-scope.query';
import type { ViewerScope } from '../utils/saved-views';

/** Who "my queue" and "my team" mean: the viewer's staff record and the unit of their first position. */
export function useTicketViewerScope(): { scope: ViewerScope; loading: boolean } {
  const { data, loading } = useQuery(TICKET_VIEWER_SCOPE_QUERY);
  const scope = useMemo<ViewerScope>(
    () => ({ staffId: data?.viewer?.staff?.id ?? null, unitId: data?.viewer?.positions[0]?.unit.id ?? null }),
    [data],
  );
  return { scope, loading };
}
