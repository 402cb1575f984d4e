import { DomainError } from '../shared/domain-error.js';

/** The change would make a position (indirectly) report to itself. `via` is the loop, start to start. */
export class ReportingCycleError extends DomainError {
  readonly code = 'ORG.REPORTING_CYCLE';
  constructor(positionId: string, via: string[]) {
    super(`Reporting line would form a cycle: ${via.join(' → ')}`, { positionId, via });
  }
}

export class SelfReportingError extends DomainError {
  readonly code = 'ORG.SELF_REPORTING';
  constructor(positionId: string) {
    super('A position cannot report to itself', { positionId });
  }
}

export class UnknownPositionError extends DomainError {
  readonly code = 'ORG.UNKNOWN_POSITION';
  constructor(positionId: string) {
    super('Unknown position', { positionId });
  }
}

/** The same person already holds the position for part of the requested span. */
export class OverlappingAssignmentError extends DomainError {
  readonly code = 'ORG.OVERLAPPING_ASSIGNMENT';
  constructor(staffId: string, positionId: string, existingAssignmentId: string) {
    super('The person already holds this position in an overlapping period', { staffId, positionId, existingAssignmentId });
  }
}

/** An assignment must end after it starts (`endsOn` is exclusive). */
export class InvalidAssignmentEndError extends DomainError {
  readonly code = 'ORG.INVALID_ASSIGNMENT_END';
  constructor(assignmentId: string, startsOn: Date, endsOn: Date) {
    super('An assignment must end after it starts', { assignmentId, startsOn: startsOn.toISOString(), endsOn: endsOn.toISOString() });
  }
}

export type OrgErrorCode =
  | ReportingCycleError['code']
  | SelfReportingError['code']
  | UnknownPositionError['code']
  | OverlappingAssignmentError['code']
  | InvalidAssignmentEndError['code']
  | DuplicateEmployeeNoError['code']
  | GrantEscalationError['code']
  | LastOrgEditorError['code']
  | PositionInUseError['code']
  | HandoverNotPermittedError['code'];

/** Employee numbers are unique within a site. */
export class DuplicateEmployeeNoError extends DomainError {
  readonly code = 'ORG.DUPLICATE_EMPLOYEE_NO';
  constructor(employeeNo: string) {
    super(`Employee number ${employeeNo} is already taken`, { employeeNo });
  }
}

/** A grant reaching further than the editor's own grant of the action (no privilege escalation). */
export class GrantEscalationError extends DomainError {
  readonly code = 'ORG.GRANT_ESCALATION';
  constructor(action: string, scope: string, editorScope: string | null) {
    super(`Cannot grant ${action} with scope ${scope}: beyond the editor's own`, { action, scope, editorScope });
  }
}

/** The change would leave nobody on the site who edits the org site-wide. */
export class LastOrgEditorError extends DomainError {
  readonly code = 'ORG.LAST_ORG_EDITOR';
  constructor(action: string, positionId: string) {
    super('Nobody on the site would be left to edit the org', { action, positionId });
  }
}

/** A position someone holds or reports to cannot be retired; `holders` and `reports` say who (names, titles). */
export class PositionInUseError extends DomainError {
  readonly code = 'ORG.POSITION_IN_USE';
  constructor(positionId: string, holders: string, reports: string) {
    super('The position is held or has positions reporting to it', { positionId, holders, reports });
  }
}

/**
 * Ending an assignment with a hand-over moves every open ticket of the leaver; the one ending it
 * must be allowed to dispatch (ticket.assign) each of them, and to see it. Otherwise nothing is
 * ended or moved (deny by default, the product's own rule): `count` says how many block it,
 * `numbers` the numbers of those among them the ender can see (one they cannot see is not named).
 */
export class HandoverNotPermittedError extends DomainError {
  readonly code = 'ORG.HANDOVER_NOT_PERMITTED';
  constructor(count: number, numbers: readonly number[], field: 'handOverTo' | 'returnWorkToQueue' = 'handOverTo') {
    super(`Not allowed to hand over ${count} of the open tickets`, { field, count, numbers: numbers.map((n) => `#${n}`).join(', ') });
  }
}
