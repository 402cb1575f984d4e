import { fromSiteLocalDateTime, toSiteLocalDate, toSiteLocalDateTime } from '@kefu/domain/sites';

/**
 * Dates and relative times in the viewer's language. Instants are always shown on the site's clock
 * (its time zone, from the viewer), never the device's, so the desk and the portal show one time.
 */

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

type Instant = string | number | Date;
const toDate = (value: Instant) => (value instanceof Date ? value : new Date(value));

/** The zone this device's own clock runs on. */
export const deviceTimeZone = (): string => new Intl.DateTimeFormat().resolvedOptions().timeZone;

export function formatDateTime(value: Instant, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(toDate(value));
}

const zoneName = (timeZone: string, locale: string, at: Date, style: 'long' | 'shortOffset') =>
  new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style }).formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? timeZone;

/** "GMT+8": short enough to follow every time shown. */
export const timeZoneOffsetLabel = (timeZone: string, locale: string, at: Date = new Date()) => zoneName(timeZone, locale, at, 'shortOffset');

/** "中国标准时间（GMT+8）" / "China Standard Time (GMT+8)": for a note beside inputs. */
export function timeZoneLongLabel(timeZone: string, locale: string, at: Date = new Date()): string {
  const [open, close] = locale === 'zh-CN' ? ['（', '）'] : [' (', ')'];
  return `${zoneName(timeZone, locale, at, 'long')}${open}${timeZoneOffsetLabel(timeZone, locale, at)}${close}`;
}

/** Whether the two clocks read differently now: only then is the site's zone worth saying. */
export function clocksDiffer(siteTimeZone: string, otherTimeZone: string, at: Date = new Date()): boolean {
  return toSiteLocalDateTime(at, siteTimeZone) !== toSiteLocalDateTime(at, otherTimeZone);
}

/** A calendar day (YYYY-MM-DD) as the viewer writes it; no time zone shift. */
export function formatLocalDate(value: string, locale: string): string {
  const [y, m, d] = value.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
}

/** "2小时后" / "in 2 hours", "3天前" / "3 days ago": the largest unit that fits. */
export function formatRelative(value: Instant, locale: string, now: Date = new Date()): string {
  const diff = toDate(value).getTime() - now.getTime();
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return format.format(Math.round(diff / ms), unit);
  }
  return format.format(0, 'minute');
}

/** Today as YYYY-MM-DD on the site's calendar (for LocalDate inputs). */
export function todayLocalDate(timeZone: string, now: Date = new Date()): string {
  return toSiteLocalDate(now, timeZone);
}

/** What a `datetime-local` input typed on the site's clock means, as an ISO instant; null when empty. */
export function dateTimeInputToInstant(local: string, timeZone: string): string | null {
  return fromSiteLocalDateTime(local, timeZone)?.toISOString() ?? null;
}

/** An instant as a `datetime-local` input shows it, on the site's clock. */
export function instantToDateTimeInput(value: Instant, timeZone: string): string {
  return toSiteLocalDateTime(toDate(value), timeZone);
}
