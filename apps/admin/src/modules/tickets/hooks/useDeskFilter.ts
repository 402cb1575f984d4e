import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { SAVED_VIEW_KEYS, savedViewFilter, type SavedViewKey, type ViewerScope } from '../utils/saved-views';
import type { TicketOrder } from '../../../gql/graphql';
import {
  deskFilterToParams,
  EMPTY_DESK_FILTER,
  parseDeskFilter,
  parseDeskOrder,
  sameDeskFilter,
  withDeskOrder,
  type DeskFilter,
} from '../utils/ticket-filter-params';

/** The desk's filter lives in the URL search params, so a view can be shared as a link. */
export function useDeskFilter(scope: ViewerScope) {
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => parseDeskFilter(params), [params]);
  const order = parseDeskOrder(params);

  const setFilter = useCallback(
    (next: DeskFilter) => setParams(withDeskOrder(deskFilterToParams(next), order), { replace: true }),
    [setParams, order],
  );
  const setOrder = useCallback(
    (next: TicketOrder) => setParams(withDeskOrder(deskFilterToParams(filter), next), { replace: true }),
    [setParams, filter],
  );
  const patchFilter = useCallback((patch: Partial<DeskFilter>) => setFilter({ ...filter, ...patch }), [filter, setFilter]);
  const clearFilter = useCallback(() => setFilter(EMPTY_DESK_FILTER), [setFilter]);

  const views = useMemo(
    () =>
      SAVED_VIEW_KEYS.flatMap((key) => {
        const preset = savedViewFilter(key, scope);
        return preset ? [{ key, filter: preset }] : [];
      }),
    [scope],
  );
  const activeView: SavedViewKey | null = views.find((v) => sameDeskFilter(v.filter, filter))?.key ?? null;
  const applyView = useCallback(
    (key: SavedViewKey) => {
      const preset = views.find((v) => v.key === key);
      if (preset) setFilter(preset.filter);
    },
    [views, setFilter],
  );

  return { filter, setFilter, patchFilter, clearFilter, views, activeView, applyView, order, setOrder };
}
