import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** The portal's base path (Vite's `base`), without the trailing slash. */
const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

export type Route =
  | { name: 'requests' }
  | { name: 'new' }
  | { name: 'profile' }
  | { name: 'account' }
  | { name: 'request'; id: string }
  | { name: 'notFound' };

export const routePath = (route: Route): string => {
  switch (route.name) {
    case 'requests':
      return `${BASE}/`;
    case 'new':
      return `${BASE}/new`;
    case 'profile':
      return `${BASE}/profile`;
    case 'account':
      return `${BASE}/account`;
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
  if (path === '/profile') return { name: 'profile' };
  if (path === '/account') return { name: 'account' };
  const match = /^\/requests\/([^/]+)$/.exec(path);
  if (match) return { name: 'request', id: decodeURIComponent(match[1]!) };
  return { name: 'notFound' };
}

const listeners = new Set<() => void>();

/** Asked before the app moves on while a form holds unsaved input; false stays on the page. */
let leaveGuard: (() => boolean) | null = null;
/** The path on screen, to return to when the guard keeps the user from going back. */
let shownPath = typeof location === 'undefined' ? '' : location.pathname;

/**
 * While `confirmLeave` is set, leaving the page asks it first: links and `navigate`, the
 * browser's back button, and closing or reloading the tab (the browser's own prompt).
 */
export function useLeaveGuard(confirmLeave: (() => boolean) | null): void {
  useEffect(() => {
    if (!confirmLeave) return;
    leaveGuard = confirmLeave;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when a return value is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => {
      if (leaveGuard === confirmLeave) leaveGuard = null;
      window.removeEventListener('beforeunload', ask);
    };
  }, [confirmLeave]);
}

export function navigate(route: Route, { replace = false } = {}): void {
  const path = routePath(route);
  if (leaveGuard && !leaveGuard()) return;
  shownPath = path;
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  window.scrollTo(0, 0);
  for (const listener of listeners) listener();
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.pathname));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.pathname));
    const back = () => {
      // The browser has already moved: put the form's page back when the user stays.
      if (leaveGuard && location.pathname !== shownPath && !leaveGuard()) {
        history.pushState(null, '', shownPath);
        return;
      }
      shownPath = location.pathname;
      update();
    };
    listeners.add(update);
    window.addEventListener('popstate', back);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', back);
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
