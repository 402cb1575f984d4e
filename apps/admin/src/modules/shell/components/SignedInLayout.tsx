import { RequireSignedIn } from '../../auth/components/RequireSignedIn';
import { AppLayout } from './AppLayout';

/**
 * The frame of every signed-in page, as a route of its own: the sign-in page (a first visit)
 * does not download the shell, and a signed-in page loads it beside its own chunk.
 */
export default function SignedInLayout() {
  return (
    <RequireSignedIn>
      <AppLayout />
    </RequireSignedIn>
  );
}
