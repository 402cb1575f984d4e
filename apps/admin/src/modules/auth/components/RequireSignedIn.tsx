import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { PageSkeleton } from '../../ui/components/PageSkeleton';
import { QueryErrorState } from '../../ui/components/QueryErrorState';
import { useViewer } from '../hooks/useViewer';
import { StaffOnlyNotice } from './StaffOnlyNotice';

/** Renders its children for signed-in staff; sends everyone else to the sign-in page. */
export function RequireSignedIn({ children }: { children: ReactNode }) {
  const { viewer, loading, error, refetch } = useViewer();
  const location = useLocation();
  if (loading) return <PageSkeleton />;
  if (error) return <QueryErrorState error={error} onRetry={() => void refetch()} />;
  if (!viewer) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  if (viewer.kind !== 'STAFF') return <StaffOnlyNotice />;
  // A first or reset password holds the session back until its owner changes it.
  if (viewer.mustChangePassword && location.pathname !== '/account') return <Navigate to="/account" replace />;
  return children;
}
