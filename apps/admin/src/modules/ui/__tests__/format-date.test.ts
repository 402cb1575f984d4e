import { describe, expect, it } from 'vitest';
import { formatDateTime, formatLocalDate, formatRelative, todayLocalDate } from '../format/format-date';

const now = new Date('2026-03-10T08:00:00Z');

describe('date formatting in the viewer language', () => {
  it('says when something is due relative to now', () => {
    expect(formatRelative('2026-03-10T10:00:00Z', 'zh-CN', now)).toBe('2小时后');
    expect(formatRelative('2026-03-10T10:00:00Z', 'en', now)).toBe('in 2 hours');
    expect(formatRelative('2026-03-07T08:00:00Z', 'zh-CN', now)).toBe('3天前');
    expect(formatRelative('2026-03-10T08:00:20Z', 'en', now)).toBe('this minute');
  });

  it('writes a calendar day without shifting it across time zones', () => {
    expect(formatLocalDate('2026-01-31', 'zh-CN')).toBe('2026年1月31日');
    expect(formatLocalDate('2026-01-31', 'en')).toBe('Jan 31, 2026');
  });

  it('writes an instant in the given time zone', () => {
    expect(formatDateTime('2026-03-10T08:00:00Z', 'zh-CN', 'Asia/Shanghai')).toBe('2026年3月10日 16:00');
  });

  it('gives today as YYYY-MM-DD', () => {
    expect(todayLocalDate(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});
