import type { ComponentChildren } from 'preact';

type FieldProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  /** Shows the text's length against its limit, next to the field (the form refuses over it). */
  count?: { length: number; limit: number };
  children: (described: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ComponentChildren;
};

/** A label, the control, then its hint or its error right below it, tied together for screen readers. */
export function Field({ id, label, hint, error, count, children }: FieldProps) {
  const describedBy = [hint && !error ? `${id}-hint` : null, error ? `${id}-error` : null, count ? `${id}-count` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label for={id} class="field__label">
        {label}
      </label>
      {children({ id, 'aria-describedby': describedBy, ...(error ? { 'aria-invalid': true } : {}) })}
      {hint || error || count ? (
        <div class="field__foot">
          {hint && !error ? (
            <p id={`${id}-hint`} class="field__hint">
              {hint}
            </p>
          ) : null}
          {error ? (
            <p id={`${id}-error`} class="field__error" role="alert">
              {error}
            </p>
          ) : null}
          {count ? (
            <p id={`${id}-count`} class={`field__count${count.length > count.limit ? ' field__count--over' : ''}`}>
              {count.length} / {count.limit}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
