import { useQuery } from '@apollo/client';
import { PositionDetailQuery } from '../graphql/queries/position-detail.query';

export function usePositionDetail(id: string) {
  const { data, loading, error, refetch } = useQuery(PositionDetailQuery, { variables: { id } });
  const node = data?.node;
  const position = node?.__typename === 'Position' ? node : null;
  return { position, missing: Boolean(data) && !position, loading: loading && !data, error, refetch };
}
