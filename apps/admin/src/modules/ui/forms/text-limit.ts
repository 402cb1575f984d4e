import type { TFunction } from 'i18next';

/**
 * A text field's limit shown as a counter below it, and checked as the gateway checks it
 * (trimmed length). No `maxLength`: the browser would cut pasted text without a word.
 */
export function textLimitProps(value: string, limit: number, t: TFunction) {
  const count = value.trim().length;
  return {
    description: t('common:validation.charCount', { count, limit }),
    inputWrapperOrder: ['label', 'input', 'description', 'error'] as ('label' | 'input' | 'description' | 'error')[],
  };
}

/** A Mantine form rule: refuses text over the limit with a message that says by how much. */
export const withinLimit =
  (limit: number, t: TFunction) =>
  (value: string | null | undefined): string | null => {
    const count = value?.trim().length ?? 0;
    return count > limit ? t('common:validation.tooLong', { limit, count }) : null;
  };
