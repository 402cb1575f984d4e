import { useQuery, useSubscription } from '@apollo/client';
import { useMemo, useRef } from 'react';
import { TICKET_QUERY } from '../graphql/queries/ticket.query';
import { TICKET_UPDATED_SUBSCRIPTION } from '../graphql/subscriptions/ticket-updated.subscription';
import { errorKind } from '../../ui/errors/graphql-errors';

/** What this screen changed itself, so its own echo on the subscription is not reported as someone else's. */
export type OwnChanges = { pending: boolean; versions: Set<number> };

type Options = {
  /** Called when a live update brings a version this screen did not produce. */
  onChangedElsewhere?: () => void;
};

/**
 * One ticket with its timeline and the actions the viewer may take, kept live through the
 * `ticketUpdated` subscription (its payload lands in the normalized cache).
 */
export function useTicket(id: string, { onChangedElsewhere }: Options = {}) {
  const { data, loading, error, refetch } = useQuery(TICKET_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const ticket = data?.ticket ?? null;
  const notFound = errorKind(error) === 'NOT_FOUND';
  const ownChanges = useRef<OwnChanges>({ pending: false, versions: new Set() });
  const hasTicket = ticket !== null;

  useSubscription(TICKET_UPDATED_SUBSCRIPTION, {
    variables: { id },
    skip: !hasTicket,
    onData: ({ data: update }) => {
      const version = update.data?.ticketUpdated.version;
      if (version === undefined) return;
      const own = ownChanges.current;
      if (own.pending || own.versions.has(version)) return;
      onChangedElsewhere?.();
    },
  });

  return useMemo(
    () => ({
      ticket,
      loading: loading && !ticket,
      notFound,
      error: notFound || ticket ? undefined : error,
      refetch: async () => {
        await refetch();
      },
      ownChanges,
    }),
    [ticket, loading, notFound, error, refetch],
  );
}
