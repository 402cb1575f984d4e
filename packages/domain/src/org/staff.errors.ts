import { DomainError } from '../shared/domain-error.js';

/** Nobody deactivates their own record: it would sign them out with no one to undo it (the product's own rule). */
export class SelfDeactivationError extends DomainError {
  readonly code = 'ORG.SELF_DEACTIVATION';
  constructor(staffId: string) {
    super('A member of staff cannot deactivate their own record', { staffId });
  }
}
