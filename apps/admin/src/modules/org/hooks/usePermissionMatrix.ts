import { useQuery } from '@apollo/client';
import { PermissionMatrixQuery } from '../graphql/queries/permission-matrix.query';

export function usePermissionMatrix() {
  const { data, loading, error, refetch } = useQuery(PermissionMatrixQuery);
  return { rows: data?.permissionMatrix ?? [], loading: loading && !data, error, refetch };
}
