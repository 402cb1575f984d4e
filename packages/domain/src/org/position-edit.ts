import type { LocalizedText } from '../shared/localized-text.js';
import { InputChecker } from '../shared/validation.js';
import type { Position } from './position.js';

export type PositionChanges = { title?: LocalizedText | null; purpose?: LocalizedText | null; headcount?: number | null };

/** Limits of the editable texts, in characters. */
export const POSITION_TEXT_LIMITS = { title: { zh: 60, en: 120 }, purpose: { zh: 1000, en: 2000 }, headcount: 500 } as const;

const trimmed = (text: LocalizedText): LocalizedText => ({ zh: text.zh.trim(), en: text.en.trim() });

/**
 * Applies a manager's edit to a position: title and purpose in both languages, headcount
 * (岗位定员). Every problem is reported at once, named by its field under `input`.
 */
export const editPosition = (position: Position, changes: PositionChanges): Position => {
  const check = new InputChecker().integer('input.headcount', changes.headcount, { min: 0, max: POSITION_TEXT_LIMITS.headcount });
  for (const key of ['title', 'purpose'] as const) {
    const text = changes[key];
    if (!text) continue;
    check.text(`input.${key}.zh`, text.zh, { required: true, max: POSITION_TEXT_LIMITS[key].zh });
    check.text(`input.${key}.en`, text.en, { required: true, max: POSITION_TEXT_LIMITS[key].en });
  }
  check.check();
  return {
    ...position,
    ...(changes.title ? { title: trimmed(changes.title) } : {}),
    ...(changes.purpose ? { purpose: trimmed(changes.purpose) } : {}),
    ...(changes.headcount != null ? { headcount: changes.headcount } : {}),
  };
};
