import { useQuery } from '@apollo/client';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../../../i18n/i18n';
import { ViewerQuery } from '../../auth/graphql/queries/viewer.query';
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
} from './format-date';

/**
 * The site's time zone, from the viewer the signed-in screens have already loaded. Read from the
 * cache only: formatting never sends a request; before sign-in the device's zone stands in.
 */
function useSiteTimeZone(): string {
  const { data } = useQuery(ViewerQuery, { fetchPolicy: 'cache-only' });
  return data?.viewer?.siteTimeZone ?? deviceTimeZone();
}

/** The formatting helpers bound to the viewer's language and the site's clock. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage ?? i18n.language);
  const timeZone = useSiteTimeZone();
  return useMemo(() => {
    // A device on another clock is told which clock the times are on.
    const elsewhere = clocksDiffer(timeZone, deviceTimeZone());
    return {
      locale,
      timeZone,
      dateTime: (value: string | Date) => {
        const shown = formatDateTime(value, locale, timeZone);
        return elsewhere ? `${shown} ${timeZoneOffsetLabel(timeZone, locale, new Date(value))}` : shown;
      },
      localDate: (value: string) => formatLocalDate(value, locale),
      relative: (value: string | Date, now?: Date) => formatRelative(value, locale, now),
      /** "中国标准时间（GMT+8）" beside inputs when the device's clock differs; null otherwise. */
      zoneNote: elsewhere ? timeZoneLongLabel(timeZone, locale) : null,
      today: (now?: Date) => todayLocalDate(timeZone, now),
      fromInput: (local: string) => dateTimeInputToInstant(local, timeZone),
      toInput: (value: string | Date) => instantToDateTimeInput(value, timeZone),
    };
  }, [locale, timeZone]);
}
