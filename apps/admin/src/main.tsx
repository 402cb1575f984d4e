import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createApolloClient } from './app/apollo-client';
import { App } from './app/App';
import { ROUTER_BASENAME, routes } from './app/routes';
import { createI18n } from './i18n/i18n';

const i18n = createI18n();
const client = createApolloClient({ language: () => i18n.resolvedLanguage ?? i18n.language });
const router = createBrowserRouter(routes, { basename: ROUTER_BASENAME });

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App client={client} i18n={i18n}>
      <RouterProvider router={router} />
    </App>
  </StrictMode>,
);
