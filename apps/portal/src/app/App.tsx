import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../modules/auth/hooks/useSession';
import { Notice } from '../modules/ui/components/Notice';
import { Skeleton } from '../modules/ui/components/Skeleton';
import { LoginPage } from '../pages/LoginPage';
import { NewRequestPage } from '../pages/NewRequestPage';
import { RequestDetailPage } from '../pages/RequestDetailPage';
import { RequestsPage } from '../pages/RequestsPage';
import { Link, navigate, useRoute } from './router';

type PageLoader<P> = () => Promise<ComponentType<P>>;

/** The profile and account pages load on demand: the first load stays the request list's. */
const loadProfilePage: PageLoader<object> = () => import('../pages/ProfilePage').then((module) => module.ProfilePage);
const loadAccountPage: PageLoader<{ onSignedOut(): void }> = () => import('../pages/AccountPage').then((module) => module.AccountPage);

function LazyPage<P extends object>({ load, label, props }: { load: PageLoader<P>; label: string; props: P }) {
  const [Page, setPage] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    void load().then((page) => setPage(() => page));
  }, [load]);
  return Page ? <Page {...props} /> : <Skeleton lines={3} label={label} />;
}

export function App() {
  const { t, locale, setLocale } = useI18n();
  const { session, login, redeem, logout, reload } = useSession();
  const route = useRoute();

  const body = (() => {
    switch (session.state) {
      case 'loading':
        return <Skeleton lines={3} label={t('app.loading')} />;
      case 'error':
        return (
          <div class="stack">
            <Notice tone="error">{t('app.offline')}</Notice>
            <button type="button" class="button button--secondary" onClick={() => void reload()}>
              {t('app.retry')}
            </button>
          </div>
        );
      case 'signedOut':
        return <LoginPage onLogin={login} onRedeem={redeem} />;
      case 'signedIn':
        if (session.viewer.kind !== 'REQUESTER') return <Notice>{t('app.staffOnly')}</Notice>;
        switch (route.name) {
          case 'new':
            return <NewRequestPage shopUnit={session.viewer.requester?.shopUnit ?? null} />;
          case 'request':
            return <RequestDetailPage id={route.id} />;
          case 'profile':
            return <LazyPage load={loadProfilePage} label={t('app.loading')} props={{}} />;
          case 'account':
            // Signed out everywhere, this device included: back to the sign-in page.
            return <LazyPage load={loadAccountPage} label={t('app.loading')} props={{ onSignedOut: () => void reload().then(() => navigate({ name: 'requests' }, { replace: true })) }} />;
          default:
            return <RequestsPage />;
        }
    }
  })();

  const who = session.state === 'signedIn' ? (session.viewer.requester?.shopName ?? session.viewer.requester?.name ?? session.viewer.username) : null;
  return (
    <>
      <a class="skip" href="#main">
        {t('app.skipToContent')}
      </a>
      <header class="bar">
        <span class="bar__title">{who ?? t('app.title')}</span>
        <span class="bar__actions">
          <button
            type="button"
            class="bar__button"
            lang={locale === 'en' ? 'zh-CN' : 'en'}
            onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}
          >
            {t('app.language')}
          </button>
          {session.state === 'signedIn' && session.viewer.kind === 'REQUESTER' ? (
            <Link to={{ name: 'profile' }} class="bar__button">
              {t('profile.link')}
            </Link>
          ) : null}
          {session.state === 'signedIn' ? (
            <button
              type="button"
              class="bar__button"
              onClick={() => {
                void logout().then(() => navigate({ name: 'requests' }, { replace: true }));
              }}
            >
              {t('app.signOut')}
            </button>
          ) : null}
        </span>
      </header>
      <main id="main" class="main">
        {body}
      </main>
    </>
  );
}
