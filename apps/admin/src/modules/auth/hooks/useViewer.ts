import { useQuery } from '@apollo/client';
import { useCallback } from 'react';
import type { Action } from '../../../gql/graphql';
import { ViewerQuery } from '../graphql/queries/viewer.query';

/**
 * The signed-in viewer and what they may do anywhere in the site. Permission rules live in the
 * domain; this only reads the actions the gateway reports.
 */
export function useViewer() {
  const { data, loading, error, refetch } = useQuery(ViewerQuery, { fetchPolicy: 'cache-first' });
  const viewer = data?.viewer ?? null;
  const actions = viewer?.siteActions;
  const can = useCallback((action: Action) => actions?.includes(action) ?? false, [actions]);
  return { viewer, loading: loading && !data, error, refetch, can };
}
