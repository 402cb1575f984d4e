import { useApolloClient, useMutation } from '@apollo/client';
import { LogoutMutation } from '../graphql/mutations/logout.mutation';

export function useSignOut() {
  const client = useApolloClient();
  const [logout, { loading }] = useMutation(LogoutMutation);
  const signOut = async () => {
    await logout();
    await client.clearStore();
    await client.refetchQueries({ include: 'active' });
  };
  return { signOut, loading };
}
