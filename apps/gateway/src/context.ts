import type { Database } from '@kefu/db/engine';
import type { OrgChart, Visibility } from '@kefu/domain/org';
import type { Action, Resource } from '@kefu/domain/permissions';
import type { Locale, Principal } from '@kefu/domain/shared';
import type { ClientInfo } from './http/client-info.js';
import type { Loaders } from './loaders/loaders.js';
import type { GatewayServices } from './services.js';

/** Who sent the request, resolved from the session cookie once per request. */
export type Viewer = {
  principal: Principal;
  accountId: string | null;
  username: string | null;
  sessionToken: string | null;
  /** The password was set by someone else: until its owner changes it, the session may do nothing else. */
  passwordChangeRequired: boolean;
};

export const anonymousViewer: Viewer = {
  principal: { kind: 'anonymous' },
  accountId: null,
  username: null,
  sessionToken: null,
  passwordChangeRequired: false,
};

/** The viewer's permissions, decided by the domain against the site's org chart. */
export type Access = {
  chart: OrgChart | null;
  can(action: Action, resource: Resource): boolean;
  /** The records the viewer may `action`, as the storage filter of the action's context (e.g. `visibility('ticket.view')` for the ticket queue). */
  visibility(action: Action): Visibility;
};

export type GatewayContext = {
  requestId: string;
  db: Database;
  viewer: Viewer;
  locale: Locale;
  /** The request's clock: every rule in one request sees the same instant. */
  now: Date;
  access(): Promise<Access>;
  services: GatewayServices;
  /** Batch loaders of the viewer's site; null for anonymous requests. */
  loaders: Loaders | null;
  /** The caller's address and whether they came over HTTPS (session cookies, sign-in throttling). */
  client: ClientInfo;
  /** Set-Cookie values to send with the response (sign-in, sign-out). */
  responseCookies: string[];
};
