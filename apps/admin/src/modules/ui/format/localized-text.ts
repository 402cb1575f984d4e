import { useTranslation } from 'react-i18next';
import { toLanguage } from '../../../i18n/i18n';

export type LocalizedTextValue = { zh: string; en: string };

export function pickLocalized(text: LocalizedTextValue, language: string): string {
  return toLanguage(language) === 'en' ? text.en : text.zh;
}

/** Returns a function that picks the viewer's language from a LocalizedText. */
export function useLocalized(): (text: LocalizedTextValue) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (text) => pickLocalized(text, language);
}
