import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** The portal's base path (Vite's `base`), without the trailing slash. */
const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

export type Route =
  | { name: 'requests' }
  | { name: 'new' }
  | { name: 'request'; id: string }
  | { name: 'notFound' };

export const routePath = (route: Route): string => {
  switch (route.name) {
    case 'requests':
      return `${BASE}/`;
    case 'new':
      return `${BASE}/new`;
    case 'request':
      return `${BASE}/requests/${encodeURIComponent(route.id)}`;
    case 'notFound':
      return `${BASE}/`;
  }
};

export function parseRoute(pathname: string): Route {
  const path = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname;
  if (path === '' || path === '/') return { name: 'requests' };
  if (path === '/new') return { name: 'new' };
  const match = /^\/requests\/([^/]+)$/.exec(path);
  if (match) return { name: 'request', id: decodeURIComponent(match[1]!) };
  return { name: 'notFound' };
}

const listeners = new Set<() => void>();

export function navigate(route: Route, { replace = false } = {}): void {
  const path = routePath(route);
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  window.scrollTo(0, 0);
  for (const listener of listeners) listener();
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.pathname));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.pathname));
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return route;
}

type LinkProps = { to: Route; children: ComponentChildren } & Omit<JSX.HTMLAttributes<HTMLAnchorElement>, 'href'>;

/** A real link (open in a new tab works); a plain click stays in the app. */
export function Link({ to, children, ...rest }: LinkProps) {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a {...rest} href={routePath(to)} onClick={onClick}>
      {children}
    </a>
  );
}
