import { DEFAULT_LOCALE, type Locale } from '@kefu/domain/shared';

/** Fetch `Headers`, or a node request's headers through `nodeHeaders`. */
export type HeaderReader = { get(name: string): string | null };

/** Node's incoming headers read in place: no Fetch `Headers` built for a request that may not need them. */
export const nodeHeaders = (headers: Readonly<Record<string, string | string[] | undefined>>): HeaderReader => ({
  get: (name) => {
    const value = headers[name];
    return typeof value === 'string' ? value : null;
  },
});

/** The viewer's language: an explicit x-kefu-locale header, else Accept-Language, else zh-CN. */
export function localeOf(headers: HeaderReader): Locale {
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
