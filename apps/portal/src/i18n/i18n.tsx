import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { deviceTimeZone, makeDateFormatter, type DateFormatter } from './format-date';
import zhCN from './locales/zh-CN.json';

export type Locale = 'zh-CN' | 'en';
export type MessageKey = keyof typeof zhCN;
export type Messages = Record<MessageKey, string>;
type Vars = Record<string, string | number>;

const STORAGE_KEY = 'kefu.portal.locale';

/** English is fetched only by those who ask for it; Chinese ships with the page. */
const catalogues: Record<Locale, () => Promise<Messages>> = {
  'zh-CN': () => Promise.resolve(zhCN),
  en: () => import('./locales/en.json').then((m) => m.default satisfies Messages),
};

export const interpolate = (template: string, vars: Vars = {}): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));

const pluralRules = new Map<Locale, Intl.PluralRules>();
const pluralCategory = (locale: Locale, count: number): Intl.LDMLPluralRule => {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count);
};

/**
 * A message with its variables filled in. A catalogue gives a plural form as `key_one`,
 * `key_few`… beside the key itself (i18next's suffixes), picked by the locale's plural rules
 * for a numeric `count`; the key itself is the `other` form and the fallback.
 */
export function translate(messages: Messages, locale: Locale, key: MessageKey, vars?: Vars): string {
  const count = vars?.count;
  const forms: Partial<Record<string, string>> = messages;
  const plural = typeof count === 'number' ? forms[`${key}_${pluralCategory(locale, count)}`] : undefined;
  return interpolate(plural ?? messages[key], vars);
}

export const storedLocale = (): Locale => {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
};

/** The locale every request sends as accept-language; kept outside components for the API client. */
let currentLocale: Locale = storedLocale();
export const activeLocale = (): Locale => currentLocale;

export type I18n = {
  locale: Locale;
  t(key: MessageKey, vars?: Vars): string;
  setLocale(locale: Locale): void;
  /** A day, or a day and time, on the mall's clock. */
  formatDate: DateFormatter;
  /** The mall's time zone, once the signed-in viewer has told it; the phone's until then. */
  setTimeZone(timeZone: string): void;
};

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children, initial = storedLocale() }: { children: ComponentChildren; initial?: Locale }) {
  const [timeZone, setTimeZone] = useState(deviceTimeZone);
  const [state, setState] = useState<{ locale: Locale; messages: Messages | null }>({
    locale: initial,
    messages: initial === 'zh-CN' ? zhCN : null,
  });
  useEffect(() => {
    currentLocale = state.locale;
    document.documentElement.lang = state.locale;
    if (state.messages) return;
    let live = true;
    void catalogues[state.locale]().then((messages) => live && setState((s) => (s.locale === state.locale ? { ...s, messages } : s)));
    return () => {
      live = false;
    };
  }, [state.locale, state.messages]);

  const setLocale = useCallback((locale: Locale) => {
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Private browsing: the choice lasts for this visit only.
    }
    currentLocale = locale;
    setState({ locale, messages: locale === 'zh-CN' ? zhCN : null });
  }, []);

  const value = useMemo<I18n>(() => {
    // Until English arrives, Chinese stands in rather than blank labels.
    const messages = state.messages ?? zhCN;
    return {
      locale: state.locale,
      t: (key, vars) => translate(messages, state.locale, key, vars),
      setLocale,
      formatDate: makeDateFormatter(state.locale, timeZone),
      setTimeZone,
    };
  }, [state, setLocale, timeZone]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
