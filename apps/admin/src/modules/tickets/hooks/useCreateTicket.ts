import { useMutation } from '@apollo/client';
import { useCallback, useState } from 'react';
import type { CreateTicketInput } from '../../../gql/graphql';
import { CREATE_TICKET_MUTATION } from '../graphql/mutations/create-ticket.mutation';
import { useTranslation } from 'react-i18next';
import { errorKind, errorMessage } from '../../ui/errors/graphql-errors';

export type CreateTicketOutcome =
  | { ok: true; ticket: { id: string; number: number } }
  /** `error` is kept for BAD_USER_INPUT, so the form can put each message on its field. */
  | { ok: false; invalidInput: boolean; error: unknown; message: string };

const newIdempotencyKey = (): string => `intake-${crypto.randomUUID()}`;

/**
 * One idempotency key per form instance: a double submit or a retry after a lost response
 * returns the same ticket instead of registering the call twice.
 */
export function useCreateTicket() {
  const { t } = useTranslation();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [mutate, { loading }] = useMutation(CREATE_TICKET_MUTATION, {
    // The desk and its counts must show the new ticket when the clerk goes back.
    refetchQueries: ['TicketQueue', 'TicketCounts'],
  });

  const createTicket = useCallback(
    async (input: CreateTicketInput): Promise<CreateTicketOutcome> => {
      try {
        const { data } = await mutate({ variables: { idempotencyKey, input } });
        if (!data) return { ok: false, invalidInput: false, error: null, message: t('common:errors.UNKNOWN') };
        return { ok: true, ticket: data.createTicket };
      } catch (error) {
        return { ok: false, invalidInput: errorKind(error) === 'BAD_USER_INPUT', error, message: errorMessage(error, t) };
      }
    },
    [mutate, idempotencyKey, t],
  );

  return { createTicket, saving: loading };
}
