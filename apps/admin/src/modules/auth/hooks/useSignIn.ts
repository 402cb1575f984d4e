import { useApolloClient, useMutation } from '@apollo/client';
import { LoginMutation } from '../graphql/mutations/login.mutation';

type Options = {
  /** Keep the cache: the caller decides, once it knows who signed in (the re-sign-in dialog). */
  keepCache?: boolean;
};

export function useSignIn({ keepCache = false }: Options = {}) {
  const client = useApolloClient();
  const [login, { loading }] = useMutation(LoginMutation);
  const signIn = async (username: string, password: string) => {
    const result = await login({ variables: { username, password } });
    // Everything cached belonged to whoever was signed in before.
    if (!keepCache) await client.resetStore();
    return result.data?.login ?? null;
  };
  return { signIn, loading };
}
