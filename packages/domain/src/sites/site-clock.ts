/**
 * The site's wall clock: the product's own rule that every time a person reads or types is on the
 * site's clock (its IANA zone), never the device's, so one event shows one time everywhere.
 */

export type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const readers = new Map<string, Intl.DateTimeFormat>();

const readerFor = (timeZone: string): Intl.DateTimeFormat => {
  let reader = readers.get(timeZone);
  if (!reader) {
    reader = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    readers.set(timeZone, reader);
  }
  return reader;
};

/** What the site's clock reads at `at`. */
export const wallClockAt = (at: Date, timeZone: string): WallClock => {
  const fields: Record<string, number> = {};
  for (const part of readerFor(timeZone).formatToParts(at)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? 1970,
    month: fields.month ?? 1,
    day: fields.day ?? 1,
    // Some engines print midnight as 24 even with h23.
    hour: (fields.hour ?? 0) % 24,
    minute: fields.minute ?? 0,
    second: fields.second ?? 0,
  };
};

/** How far the zone's wall clock is ahead of UTC at that instant, in ms. */
export const zoneOffsetMs = (at: Date, timeZone: string): number => {
  const w = wallClockAt(at, timeZone);
  const wallAsUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const wholeSeconds = at.getTime() - (((at.getTime() % 1000) + 1000) % 1000);
  return wallAsUtc - wholeSeconds;
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DDTHH:mm` on the site's clock: the value a `datetime-local` input shows. */
export const toSiteLocalDateTime = (at: Date, timeZone: string): string => {
  const w = wallClockAt(at, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
};

/** `YYYY-MM-DD`: the site's calendar day at `at` (its "today" when `at` is now). */
export const toSiteLocalDate = (at: Date, timeZone: string): string => toSiteLocalDateTime(at, timeZone).slice(0, 10);

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant the site's clock reads `YYYY-MM-DDTHH:mm`, or null for anything else. A time skipped
 * by a daylight-saving change lands after the gap; one repeated by it takes the earlier instant.
 */
export const fromSiteLocalDateTime = (local: string, timeZone: string): Date | null => {
  const match = LOCAL_DATE_TIME.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const offsetAt = (at: number) => zoneOffsetMs(new Date(at), timeZone);
  // The offset before and after the guess; the earlier reading that matches wins.
  const before = wall - offsetAt(wall - 86_400_000);
  const after = wall - offsetAt(wall + 86_400_000);
  const candidates = [Math.min(before, after), Math.max(before, after)];
  const exact = candidates.find((at) => toSiteLocalDateTime(new Date(at), timeZone) === local.slice(0, 16));
  // In a gap, the offset from before it carries the reading past the gap.
  return new Date(exact ?? before);
};
