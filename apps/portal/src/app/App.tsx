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

/** The profile page loads on demand: the first load stays the request list's. */
function LazyProfilePage({ label }: { label: string }) {
  const [Page, setPage] = useState<ComponentType | null>(null);
  useEffect(() => {
    void import('../pages/ProfilePage').then((module) => setPage(() => module.ProfilePage));
  }, []);
  return Page ? <Page /> : <Skeleton lines={3} label={label} />;
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
            return <LazyProfilePage label={t('app.loading')} />;
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
