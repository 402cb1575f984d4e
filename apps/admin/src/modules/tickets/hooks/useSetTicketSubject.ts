import { useMutation } from '@apollo/client';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintSubjectInput } from '../../../gql/graphql';
import { notifyFailure, notifySuccess } from '../../ui/errors/notify';
import { SET_TICKET_SUBJECT_MUTATION } from '../graphql/mutations/set-ticket-subject.mutation';

/** Records or corrects who a complaint is about; answers whether it was saved. */
export function useSetTicketSubject(ticket: { id: string; version: number }) {
  const { t } = useTranslation('tickets');
  const [mutate, { loading }] = useMutation(SET_TICKET_SUBJECT_MUTATION);
  const save = useCallback(
    async (subject: ComplaintSubjectInput | null): Promise<boolean> => {
      try {
        await mutate({ variables: { id: ticket.id, version: ticket.version, subject } });
        notifySuccess(t('subject.saved'), t);
        return true;
      } catch (error) {
        notifyFailure(error, t);
        return false;
      }
    },
    [mutate, ticket.id, ticket.version, t],
  );
  return { save, saving: loading };
}
