import { DomainError } from '../shared/domain-error.js';
import type { FollowUpStatus } from './follow-up.js';

/**
 * Why a follow-up refused a step: `not_open` — calls are recorded only while it is open;
 * `not_awaiting_decision` — the supervisor decides only after the last failed attempt;
 * `handler_may_not_call` — after a reopen the site's policy wants another caller than the handler.
 */
export type FollowUpRefusal = 'not_open' | 'not_awaiting_decision' | 'handler_may_not_call';

export class FollowUpRefusedError extends DomainError {
  readonly code = 'FOLLOWUP.REFUSED';

  constructor(status: FollowUpStatus, reason: FollowUpRefusal) {
    super(`The follow-up refuses this step (${reason})`, { status, reason });
  }
}
