import type { ComponentType } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { NotFoundState } from '../modules/ui/components/NotFoundState';
import { PageSkeleton } from '../modules/ui/components/PageSkeleton';
import { RouteErrorState } from '../modules/ui/components/RouteErrorState';

/** Each page is its own chunk: a page file default-exports its component. */
const page = (load: () => Promise<{ default: ComponentType }>) => async () => ({ Component: (await load()).default });

export const routes: RouteObject[] = [
  {
    HydrateFallback: PageSkeleton,
    ErrorBoundary: RouteErrorState,
    children: [
      { path: 'sign-in', lazy: page(() => import('../pages/SignInPage')) },
      {
        lazy: page(() => import('../modules/shell/components/SignedInLayout')),
        children: [
          { index: true, element: <Navigate to="/tickets" replace /> },
          { path: 'org', lazy: page(() => import('../pages/org/OrgChartPage')) },
          { path: 'org/positions/:id', lazy: page(() => import('../pages/org/PositionDetailPage')) },
          { path: 'staff', lazy: page(() => import('../pages/org/StaffDirectoryPage')) },
          { path: 'permissions', lazy: page(() => import('../pages/org/PermissionMatrixPage')) },
          { path: 'org-changes', lazy: page(() => import('../pages/org/OrgAuditPage')) },
          { path: 'tickets', lazy: page(() => import('../pages/tickets/TicketDeskPage')) },
          { path: 'tickets/new', lazy: page(() => import('../pages/tickets/TicketIntakePage')) },
          { path: 'tickets/:id', lazy: page(() => import('../pages/tickets/TicketDetailPage')) },
          { path: 'ticket-deadlines', lazy: page(() => import('../pages/tickets/DeadlinePoliciesPage')) },
          { path: 'requesters', lazy: page(() => import('../pages/requesters/RequesterFilesPage')) },
          { path: 'reception', lazy: page(() => import('../pages/reception/ReceptionPage')) },
          { path: 'messages', lazy: page(() => import('../pages/messages/MessagesPage')) },
          { path: 'notifications', lazy: page(() => import('../pages/notifications/NotificationsPage')) },
          { path: 'relays', lazy: page(() => import('../pages/relays/RelaysPage')) },
          { path: 'followups', lazy: page(() => import('../pages/followups/FollowUpQueuePage')) },
          { path: 'kpi', lazy: page(() => import('../pages/kpi/KpiPage')) },
          { path: 'kpi/report', lazy: page(() => import('../pages/kpi/KpiReportPage')) },
          { path: 'requesters/:id', lazy: page(() => import('../pages/requesters/RequesterFilePage')) },
          { path: 'account', lazy: page(() => import('../pages/AccountSecurityPage')) },
          { path: 'account-audit', lazy: page(() => import('../pages/AccountAuditPage')) },
          { path: '*', element: <NotFoundState /> },
        ],
      },
    ],
  },
];

export const ROUTER_BASENAME = '/admin';
