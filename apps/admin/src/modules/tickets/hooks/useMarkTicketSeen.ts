import { useMutation } from '@apollo/client';
import { useEffect } from 'react';
import { MARK_TICKET_SEEN_MUTATION } from '../graphql/mutations/mark-ticket-seen.mutation';

/**
 * Opening a portal request that is new to the desk tells the gateway once; the answer lands in
 * the normalized cache, so the queue's "新" badge goes away too. A failure only leaves the badge.
 */
export function useMarkTicketSeen(ticket: { id: string; newToStaff: boolean }) {
  const [markSeen] = useMutation(MARK_TICKET_SEEN_MUTATION);
  const { id, newToStaff } = ticket;
  useEffect(() => {
    if (newToStaff) markSeen({ variables: { id } }).catch(() => undefined);
  }, [id, newToStaff, markSeen]);
}
