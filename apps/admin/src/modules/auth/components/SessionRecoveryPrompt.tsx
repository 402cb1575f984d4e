import { lazy, Suspense } from 'react';
import { useSessionRecovery } from '../hooks/useSessionRecovery';

// Loaded only when a session ends: the sign-in form stays out of the first download.
const ReauthDialog = lazy(() => import('./ReauthDialog'));

/** The re-sign-in dialog, while the session is gone. */
export function SessionRecoveryPrompt() {
  const { expired } = useSessionRecovery();
  if (!expired) return null;
  return (
    <Suspense fallback={null}>
      <ReauthDialog />
    </Suspense>
  );
}
