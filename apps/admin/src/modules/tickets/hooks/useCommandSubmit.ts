import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { applyFieldErrors } from '../../ui/errors/graphql-errors';
import type { TransitionOutcome } from './useTransitionTicket';

/** Submits, then closes on success or a conflict (the page shows the reload), or maps field errors. */
export function useCommandSubmit<V extends object>(form: UseFormReturnType<V>, onClose: () => void) {
  const [failure, setFailure] = useState<string | null>(null);
  const submitWith = (send: (values: V) => Promise<TransitionOutcome>) =>
    form.onSubmit(async (values) => {
      setFailure(null);
      const outcome = await send(values);
      if (outcome.ok || outcome.conflict) {
        onClose();
        return;
      }
      const unplaced = outcome.invalidInput ? applyFieldErrors(form, outcome.error) : [];
      if (!outcome.invalidInput || unplaced.length) setFailure(unplaced.map((issue) => issue.message).join(' ') || outcome.message);
    });
  return { failure, submitWith };
}
