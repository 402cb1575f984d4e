import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../../../i18n/i18n';
import { formatDateTime, formatLocalDate, formatRelative } from './format-date';

/** The formatting helpers bound to the viewer's current language. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage ?? i18n.language);
  return useMemo(
    () => ({
      locale,
      dateTime: (value: string | Date) => formatDateTime(value, locale),
      localDate: (value: string) => formatLocalDate(value, locale),
      relative: (value: string | Date, now?: Date) => formatRelative(value, locale, now),
    }),
    [locale],
  );
}
