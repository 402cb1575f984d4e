import { toSiteLocalDateTime } from '@kefu/domain/sites';

/**
 * Days and times on the mall's clock (the site's time zone, from the viewer), whatever the
 * phone's own setting, so the portal and the desk show one time for one event.
 */
export type DateFormatter = (iso: string, withTime?: boolean) => string;

/** The zone this device's own clock runs on. */
export const deviceTimeZone = (): string => new Intl.DateTimeFormat().resolvedOptions().timeZone;

/** "GMT+8": said after a time when the phone's clock reads otherwise. */
const offsetLabel = (locale: string, timeZone: string, at: Date) =>
  new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'shortOffset' }).formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? timeZone;

export function makeDateFormatter(locale: string, timeZone: string, device: string = deviceTimeZone()): DateFormatter {
  const day = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone });
  const dayTime = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
  return (iso, withTime = false) => {
    const at = new Date(iso);
    if (!withTime) return day.format(at);
    const shown = dayTime.format(at);
    return toSiteLocalDateTime(at, timeZone) === toSiteLocalDateTime(at, device) ? shown : `${shown} ${offsetLabel(locale, timeZone, at)}`;
  };
}
