/** Text shown to users: zh-CN is the product's first language, English its second. */
export type Locale = 'zh-CN' | 'en';
export const LOCALES = ['zh-CN', 'en'] as const satisfies readonly Locale[];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export type LocalizedText = { zh: string; en: string };

export const pickText = (text: LocalizedText, locale: Locale): string => (locale === 'en' ? text.en : text.zh);
