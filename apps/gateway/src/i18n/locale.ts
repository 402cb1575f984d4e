import { DEFAULT_LOCALE, type Locale } from '@kefu/domain/shared';

/** The viewer's language: an explicit x-kefu-locale header, else Accept-Language, else zh-CN. */
export function localeOf(headers: Headers): Locale {
  const explicit = headers.get('x-kefu-locale');
  if (explicit === 'en' || explicit === 'zh-CN') return explicit;
  const accepted = headers.get('accept-language') ?? '';
  const first = accepted.split(',')[0]?.trim().toLowerCase() ?? '';
  if (first.startsWith('en')) return 'en';
  return DEFAULT_LOCALE;
}

/** Fills `{name}` placeholders from the facts of an error. */
export function interpolate(template: string, facts: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in facts ? String(facts[key]) : whole));
}
