import { afterEach, describe, expect, it } from 'vitest';
import { deviceTimeZone, makeDateFormatter } from '../format-date';

/** One event: 13:01 UTC, 21:01 in the mall. */
const EVENT = '2026-11-30T13:01:00.000Z';
const initialTz = process.env.TZ;

describe.each(['UTC', 'America/New_York'])('portal dates on a phone whose clock runs on %s', (deviceZone) => {
  afterEach(() => {
    process.env.TZ = initialTz;
  });

  it('shows the mall’s day and time, and says which clock that is', () => {
    process.env.TZ = deviceZone;
    // The phone really is elsewhere, or this test would prove nothing.
    expect(deviceTimeZone()).toBe(deviceZone);
    expect(makeDateFormatter('zh-CN', 'Asia/Shanghai')(EVENT, true)).toBe('11月30日 21:01 GMT+8');
    expect(makeDateFormatter('en', 'Asia/Shanghai')(EVENT, true)).toBe('Nov 30, 21:01 GMT+8');
    // 16:30 UTC is already 1 December in the mall.
    expect(makeDateFormatter('zh-CN', 'Asia/Shanghai')('2026-11-30T16:30:00.000Z')).toBe('12月1日');
  });
});

describe('portal dates on a phone on the mall’s own clock', () => {
  it('shows the time without naming the zone', () => {
    expect(makeDateFormatter('zh-CN', 'Asia/Shanghai', 'Asia/Shanghai')(EVENT, true)).toBe('11月30日 21:01');
  });
});
