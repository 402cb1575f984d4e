import { useApolloClient, useMutation } from '@apollo/client';
import { LoginMutation } from '../graphql/mutations/login.mutation';

export function useSignIn() {
  const client = useApolloClient();
  const [login, { loading }] = useMutation(LoginMutation);
  const signIn = async (username: string, password: string) => {
    const result = await login({ variables: { username, password } });
    // Everything cached belonged to whoever was signed in before.
    await client.resetStore();
    return result.data?.login ?? null;
  };
  return { signIn, loading };
}
