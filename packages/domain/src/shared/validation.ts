import { DomainError } from './domain-error.js';

/** One problem with one input field; `rule` is a stable key for the message catalogue. */
export type FieldIssue = {
  field: string;
  rule:
    | 'required'
    | 'too_long'
    | 'too_short'
    | 'out_of_range'
    | 'invalid_format'
    | 'phone_format'
    | 'invalid_choice'
    | 'invalid_date'
    | 'file_too_large'
    | 'file_type'
    | 'too_many'
    | 'invalid_characters'
    | 'in_future'
    | 'before_start'
    | 'after_later_step'
    | 'password_too_short'
    | 'password_contains_username'
    | 'password_too_common'
    | 'already_used'
    | 'staff_inactive'
    | 'over_strength'
    | 'after_today'
    | 'before_last_change'
    | 'scheduled_change_pending'
    | 'nothing_scheduled'
    | 'handover_same_person'
    | 'handover_inactive'
    | 'handover_outside_unit'
    | 'handover_two_targets';
  limit?: number;
};

export class ValidationError extends DomainError {
  readonly code = 'VALIDATION.INVALID_INPUT';
  readonly issues: readonly FieldIssue[];

  constructor(issues: FieldIssue[]) {
    super(`Invalid input: ${issues.map((i) => `${i.field} (${i.rule})`).join(', ')}`, { issues });
    this.issues = issues;
  }
}

/** Collects field issues and throws them together, so a form can show every problem at once. */
export class InputChecker {
  private readonly issues: FieldIssue[] = [];

  text(field: string, value: string | null | undefined, opts: { required?: boolean; max: number; min?: number }): this {
    const trimmed = value?.trim() ?? '';
    if (trimmed.length === 0) {
      if (opts.required) this.issues.push({ field, rule: 'required' });
      return this;
    }
    if (opts.min !== undefined && trimmed.length < opts.min) this.issues.push({ field, rule: 'too_short', limit: opts.min });
    if (trimmed.length > opts.max) this.issues.push({ field, rule: 'too_long', limit: opts.max });
    return this;
  }

  oneOf<T extends string>(field: string, value: string | null | undefined, choices: readonly T[], required = true): this {
    if (value === null || value === undefined || value === '') {
      if (required) this.issues.push({ field, rule: 'required' });
    } else if (!(choices as readonly string[]).includes(value)) {
      this.issues.push({ field, rule: 'invalid_choice' });
    }
    return this;
  }

  integer(field: string, value: number | null | undefined, opts: { min: number; max: number; required?: boolean }): this {
    if (value === null || value === undefined) {
      if (opts.required) this.issues.push({ field, rule: 'required' });
    } else if (!Number.isInteger(value) || value < opts.min || value > opts.max) {
      this.issues.push({ field, rule: 'out_of_range' });
    }
    return this;
  }

  date(field: string, value: Date | null | undefined, required = false): this {
    if (value === null || value === undefined) {
      if (required) this.issues.push({ field, rule: 'required' });
    } else if (Number.isNaN(value.getTime())) {
      this.issues.push({ field, rule: 'invalid_date' });
    }
    return this;
  }

  add(issue: FieldIssue): this {
    this.issues.push(issue);
    return this;
  }

  /** Throws a ValidationError listing every issue found, or returns quietly. */
  check(): void {
    if (this.issues.length > 0) throw new ValidationError([...this.issues]);
  }
}
