import { describe, expect, it } from 'vitest';
import { fromSiteLocalDateTime, toSiteLocalDate, toSiteLocalDateTime } from './site-clock.js';

// 13:01 UTC is 21:01 on the mall's clock, whatever zone this process runs in.
const EVENT = new Date('2026-11-30T13:01:00Z');

describe('the site clock', () => {
  it('reads an instant on the site clock, not the process clock', () => {
    expect(toSiteLocalDateTime(EVENT, 'Asia/Shanghai')).toBe('2026-11-30T21:01');
    expect(toSiteLocalDateTime(EVENT, 'America/New_York')).toBe('2026-11-30T08:01');
    expect(toSiteLocalDate(new Date('2026-11-30T16:30:00Z'), 'Asia/Shanghai')).toBe('2026-12-01');
  });

  it('turns what was typed on the site clock into the instant it names', () => {
    expect(fromSiteLocalDateTime('2026-11-30T21:01', 'Asia/Shanghai')?.toISOString()).toBe('2026-11-30T13:01:00.000Z');
    expect(fromSiteLocalDateTime('2026-07-01T09:00', 'America/New_York')?.toISOString()).toBe('2026-07-01T13:00:00.000Z');
    expect(fromSiteLocalDateTime('2026-12-01T00:00', 'Asia/Shanghai')?.toISOString()).toBe('2026-11-30T16:00:00.000Z');
  });

  it('handles the daylight-saving edges of a zone that has them', () => {
    // 02:30 does not exist on 8 March 2026 in New York: it lands after the gap.
    expect(fromSiteLocalDateTime('2026-03-08T02:30', 'America/New_York')?.toISOString()).toBe('2026-03-08T07:30:00.000Z');
    // 01:30 happens twice on 1 November 2026: the first one.
    expect(fromSiteLocalDateTime('2026-11-01T01:30', 'America/New_York')?.toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('refuses what is not a local date and time', () => {
    expect(fromSiteLocalDateTime('', 'Asia/Shanghai')).toBeNull();
    expect(fromSiteLocalDateTime('2026-11-30 21:01', 'Asia/Shanghai')).toBeNull();
  });
});
