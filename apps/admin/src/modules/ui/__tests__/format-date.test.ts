import { afterEach, describe, expect, it } from 'vitest';
import {
  clocksDiffer,
  dateTimeInputToInstant,
  deviceTimeZone,
  formatDateTime,
  formatLocalDate,
  formatRelative,
  instantToDateTimeInput,
  timeZoneLongLabel,
  timeZoneOffsetLabel,
  todayLocalDate,
} from '../format/format-date';

const now = new Date('2026-03-10T08:00:00Z');
/** One event: 13:01 UTC, 21:01 in the mall. */
const EVENT = '2026-11-30T13:01:00Z';
const initialTz = process.env.TZ;

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

  it('names the site’s zone in the viewer’s language', () => {
    const at = new Date(EVENT);
    expect(timeZoneOffsetLabel('Asia/Shanghai', 'zh-CN', at)).toBe('GMT+8');
    expect(timeZoneLongLabel('Asia/Shanghai', 'zh-CN', at)).toBe('中国标准时间（GMT+8）');
    expect(timeZoneLongLabel('Asia/Shanghai', 'en', at)).toBe('China Standard Time (GMT+8)');
    expect(clocksDiffer('Asia/Shanghai', 'Asia/Chongqing', at)).toBe(false);
    expect(clocksDiffer('Asia/Shanghai', 'UTC', at)).toBe(true);
  });
});

describe.each(['UTC', 'America/New_York'])('on a device whose clock runs on %s', (deviceZone) => {
  afterEach(() => {
    process.env.TZ = initialTz;
  });
  const onDevice = () => {
    process.env.TZ = deviceZone;
    // The device really is elsewhere, or this test would prove nothing.
    expect(deviceTimeZone()).toBe(deviceZone);
  };

  it('shows an instant on the mall’s clock', () => {
    onDevice();
    expect(formatDateTime(EVENT, 'zh-CN', 'Asia/Shanghai')).toBe('2026年11月30日 21:01');
    expect(formatDateTime(EVENT, 'en', 'Asia/Shanghai')).toBe('Nov 30, 2026, 9:01 PM');
  });

  it('reads a typed date and time on the mall’s clock and shows it back unchanged', () => {
    onDevice();
    expect(dateTimeInputToInstant('2026-11-30T21:01', 'Asia/Shanghai')).toBe('2026-11-30T13:01:00.000Z');
    expect(instantToDateTimeInput(EVENT, 'Asia/Shanghai')).toBe('2026-11-30T21:01');
    expect(dateTimeInputToInstant('', 'Asia/Shanghai')).toBeNull();
  });

  it('gives today as the mall’s calendar day', () => {
    onDevice();
    // 16:30 UTC is already the next day in the mall.
    expect(todayLocalDate('Asia/Shanghai', new Date('2026-11-30T16:30:00Z'))).toBe('2026-12-01');
  });
});
