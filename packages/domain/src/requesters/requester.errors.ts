import { DomainError } from '../shared/domain-error.js';

/**
 * Another file already has this phone number, or holds this unit actively with the same kind
 * (product rule: one file per caller, one tenant per unit). Names the existing file so the
 * form can offer it instead.
 */
export class DuplicateRequesterError extends DomainError {
  readonly code = 'REQUESTER.DUPLICATE';
  constructor(field: 'phone' | 'units', value: string, existingId: string, existingName: string) {
    super(`A requester with this ${field} already exists`, { field, value, existingId, existingName });
  }
}
