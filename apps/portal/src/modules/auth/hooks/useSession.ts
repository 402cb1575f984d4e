import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PortalViewerQuery as PortalViewerResult } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/i18n';
import { ApiError, request } from '../../api/graphql-client';
import { PortalLoginMutation } from '../graphql/mutations/portal-login';
import { PortalLogoutMutation } from '../graphql/mutations/portal-logout';
import { PortalRedeemInvitationMutation } from '../graphql/mutations/portal-redeem-invitation';
import type { Redemption } from '../components/InvitationForm';
import { PortalViewerQuery } from '../graphql/queries/portal-viewer';

export type PortalViewer = NonNullable<PortalViewerResult['viewer']>;
export type Session =
  | { state: 'loading' }
  | { state: 'error' }
  | { state: 'signedOut' }
  | { state: 'signedIn'; viewer: PortalViewer };

/** Who is signed in (from the HttpOnly cookie, asked of the gateway), with sign-in and sign-out. */
export function useSession() {
  const [session, setSession] = useState<Session>({ state: 'loading' });
  const { setTimeZone } = useI18n();
  // The site's clock is set in the same update as the viewer, so no screen shows the phone's.
  const signedIn = useCallback(
    (viewer: PortalViewer) => {
      setTimeZone(viewer.siteTimeZone);
      setSession({ state: 'signedIn', viewer });
    },
    [setTimeZone],
  );

  const load = useCallback(async () => {
    setSession({ state: 'loading' });
    try {
      const { viewer } = await request(PortalViewerQuery);
      if (viewer) signedIn(viewer);
      else setSession({ state: 'signedOut' });
    } catch (error) {
      setSession(error instanceof ApiError && error.code === 'UNAUTHENTICATED' ? { state: 'signedOut' } : { state: 'error' });
    }
  }, [signedIn]);

  useEffect(() => {
    void load();
  }, [load]);

  const login = useCallback(async (username: string, password: string) => {
    const { login: viewer } = await request(PortalLoginMutation, { username, password });
    signedIn(viewer);
  }, [signedIn]);

  // The code has done its work: it leaves the address bar (and the history) once used.
  const redeem = useCallback(async (input: Redemption) => {
    const { redeemInvitation: viewer } = await request(PortalRedeemInvitationMutation, { input });
    history.replaceState(null, '', location.pathname);
    signedIn(viewer);
  }, [signedIn]);

  const logout = useCallback(async () => {
    try {
      await request(PortalLogoutMutation);
    } finally {
      setSession({ state: 'signedOut' });
    }
  }, []);

  return { session, login, redeem, logout, reload: load };
}
