import type { Action } from '../../../gql/graphql';

export type NavItem = { to: string; labelKey: string; requires: Action; end?: boolean };

/** The sections of the app and the site action that makes each one useful to a viewer. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/tickets', labelKey: 'nav.tickets', requires: 'TICKET_VIEW', end: true },
  { to: '/tickets/new', labelKey: 'nav.newTicket', requires: 'TICKET_CREATE' },
  { to: '/org', labelKey: 'nav.org', requires: 'ORG_VIEW' },
  { to: '/staff', labelKey: 'nav.staff', requires: 'STAFF_VIEW' },
  { to: '/requesters', labelKey: 'nav.requesters', requires: 'REQUESTER_VIEW' },
  { to: '/permissions', labelKey: 'nav.permissions', requires: 'ORG_VIEW' },
  { to: '/org-changes', labelKey: 'nav.orgChanges', requires: 'ORG_AUDIT_VIEW' },
  { to: '/reception', labelKey: 'nav.reception', requires: 'RECEPTION_VIEW' },
  { to: '/messages', labelKey: 'nav.messages', requires: 'MESSAGE_VIEW' },
  { to: '/notifications', labelKey: 'nav.notifications', requires: 'NOTIFICATION_VIEW' },
  { to: '/relays', labelKey: 'nav.relays', requires: 'RELAY_VIEW' },
  { to: '/followups', labelKey: 'nav.followups', requires: 'FOLLOWUP_VIEW' },
  { to: '/ticket-deadlines', labelKey: 'nav.deadlines', requires: 'TICKET_VIEW' },
  { to: '/account-audit', labelKey: 'nav.accountAudit', requires: 'ACCOUNT_AUDIT' },
  { to: '/kpi', labelKey: 'nav.kpi', requires: 'KPI_VIEW', end: true },
  { to: '/kpi/report', labelKey: 'nav.kpiReport', requires: 'KPI_REPORT_VIEW' },
];

export const visibleNavItems = (can: (action: Action) => boolean) => NAV_ITEMS.filter((item) => can(item.requires));
