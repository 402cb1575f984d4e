import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { createApolloClient } from '../app/apollo-client';
import { App } from '../app/App';
import { routes as appRoutes } from '../app/routes';
import { createI18n, type Language } from '../i18n/i18n';
import { allResources } from './i18n-resources';

type Options = {
  /** The URL the memory router starts at. */
  route?: string;
  /** The route pattern `ui` is mounted at, so it can read params (e.g. `/org/positions/:id`). */
  path?: string;
  locale?: Language;
};

function setup(routes: RouteObject[], { route = '/', locale = 'zh-CN' }: Options) {
  const i18n = createI18n({ lng: locale, resources: allResources });
  const client = createApolloClient({ language: () => i18n.language, uri: 'http://localhost/graphql' });
  const router = createMemoryRouter(routes, { initialEntries: [route] });
  const user = userEvent.setup();
  const result = render(
    <App client={client} i18n={i18n} env="test">
      <RouterProvider router={router} />
    </App>,
  );
  return { ...result, user, client, i18n, router };
}

/** Renders one component with every provider the app has, inside a memory router. */
export function renderWithProviders(ui: ReactElement, options: Options = {}) {
  return setup([{ path: options.path ?? '*', element: ui }, { path: '/sign-in', element: <p>sign-in</p> }], options);
}

/** Renders the whole app (shell, guards, lazy pages) at a route. */
export function renderApp(options: Options = {}) {
  return setup(appRoutes, options);
}
