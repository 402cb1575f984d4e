import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { applyFieldErrors } from '../../ui/errors/graphql-errors';
import type { TransitionOutcome } from './useTransitionTicket';

/**
 * Submits, then closes on success or a conflict (the page shows the reload), or maps field errors.
 * `shell` is what the form's CommandFormShell needs besides its label and submit handler.
 */
export function useCommandSubmit<V extends object>(form: UseFormReturnType<V>, { running, onClose }: { running: boolean; onClose: () => void }) {
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
  return { shell: { failure, running, onClose }, submitWith };
}
