import { useApolloClient } from '@apollo/client';
import { useSyncExternalStore } from 'react';
import { sessionRecoveryOf } from '../utils/session-recovery';

/** The recovery that holds refused operations, and whether the session is gone right now. */
export function useSessionRecovery() {
  const recovery = sessionRecoveryOf(useApolloClient());
  const { expired } = useSyncExternalStore(recovery.subscribe, recovery.getSnapshot);
  return { recovery, expired };
}
