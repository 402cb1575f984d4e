import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PortalMySessionsQuery } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/i18n';
import { ApiError, request } from '../../api/graphql-client';
import { Notice } from '../../ui/components/Notice';
import { Skeleton } from '../../ui/components/Skeleton';
import { PortalRevokeMySessionMutation, PortalSignOutEverywhereMutation } from '../graphql/mutations/account-security';
import { PortalMySessionsQuery as SESSIONS } from '../graphql/queries/my-sessions';

type Session = PortalMySessionsQuery['mySessions'][number];

/**
 * The person's own open sessions, this device marked: each other one can be signed out, or all
 * of them at once, this one included (a lost phone, a shared counter computer).
 * `refresh` changes when the list may have changed elsewhere (a new password ends the others).
 */
export function SessionList({ refresh, onSignedOut }: { refresh: number; onSignedOut(): void }) {
  const { t, formatDate } = useI18n();
  const [sessions, setSessions] = useState<Session[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [ended, setEnded] = useState(false);
  const fail = useCallback((error: unknown) => setFailure(error instanceof ApiError && error.code !== 'NETWORK' ? error.message : t('app.offline')), [t]);

  const load = useCallback(() => {
    request(SESSIONS)
      .then((data) => setSessions(data.mySessions))
      .catch(fail);
  }, [fail]);
  useEffect(load, [load, refresh]);

  const signOut = async (id: string) => {
    setBusy(true);
    setFailure(null);
    setEnded(false);
    try {
      await request(PortalRevokeMySessionMutation, { id });
      setEnded(true);
      load();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const signOutEverywhere = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await request(PortalSignOutEverywhereMutation);
      onSignedOut();
    } catch (error) {
      fail(error);
      setBusy(false);
    }
  };

  return (
    <section class="panel" aria-labelledby="sessions-title">
      <h2 id="sessions-title" class="panel__title">
        {t('account.sessions.title')}
      </h2>
      <p class="panel__intro">{t('account.sessions.hint')}</p>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {ended ? <Notice tone="success">{t('account.sessions.ended')}</Notice> : null}
      {sessions === null ? (
        failure ? null : <Skeleton lines={1} label={t('app.loading')} />
      ) : (
        <ul class="cards" aria-labelledby="sessions-title">
          {sessions.map((session) => (
            <li key={session.id} class="card session">
              <div class="session__when">
                <span>{t('account.sessions.signedInAt', { when: formatDate(session.createdAt, true) })}</span>
                <span class="session__meta">{t('account.sessions.expiresAt', { when: formatDate(session.expiresAt, true) })}</span>
              </div>
              {session.current ? (
                <span class="badge badge--new">{t('account.sessions.current')}</span>
              ) : (
                <button
                  type="button"
                  class="button button--secondary button--compact"
                  disabled={busy}
                  aria-label={t('account.sessions.signOutOne', { when: formatDate(session.createdAt, true) })}
                  onClick={() => void signOut(session.id)}
                >
                  {t('account.sessions.signOut')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {confirming ? (
        <div class="stack" role="group" aria-labelledby="sign-out-everywhere-question">
          <p id="sign-out-everywhere-question">{t('account.sessions.everywhereQuestion')}</p>
          <button type="button" class="button" disabled={busy} onClick={() => void signOutEverywhere()}>
            {t('account.sessions.everywhereConfirm')}
          </button>
          <button type="button" class="button button--secondary" disabled={busy} onClick={() => setConfirming(false)}>
            {t('account.sessions.everywhereCancel')}
          </button>
        </div>
      ) : (
        <button type="button" class="button button--secondary" onClick={() => setConfirming(true)}>
          {t('account.sessions.everywhere')}
        </button>
      )}
    </section>
  );
}
