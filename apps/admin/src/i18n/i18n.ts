import i18next, { type BackendModule, type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import commonZh from './locales/zh-CN/common.json';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';
export const NAMESPACES = ['common', 'org', 'tickets', 'requesters', 'reception', 'messages', 'notifications', 'relays', 'followups', 'kpi', 'account'] as const;
export const LANGUAGE_STORAGE_KEY = 'kefu.admin.language';

/**
 * The shell's Chinese words ship with the entry (the default language); English and each
 * context's own words come on demand, so the first load stays small.
 */
const bundled: Resource = { 'zh-CN': { common: commonZh } };

const lazyNamespaces: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    import(`./locales/${toLanguage(language)}/${namespace}.json`).then(
      (module: { default: Record<string, unknown> }) => callback(null, module.default),
      (error: Error) => callback(error, false),
    );
  },
};

/** Narrows whatever the browser reports ('en-US', 'zh', …) to a language the app ships. */
export function toLanguage(value: string | undefined | null): Language {
  return value?.toLowerCase().startsWith('en') ? 'en' : DEFAULT_LANGUAGE;
}

/** The remembered choice, else the browser's first language, else Chinese. */
function detectLanguage(): Language {
  try {
    const remembered = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    if (remembered) return toLanguage(remembered);
  } catch {
    // Storage can be disabled; the browser's language still applies.
  }
  return toLanguage(typeof navigator === 'undefined' ? undefined : navigator.language);
}

function remember(language: string) {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, toLanguage(language));
  } catch {
    // Not remembering is acceptable; the switch still works for this visit.
  }
}

type Options = {
  /** A fixed language (tests); otherwise the remembered or browser language. */
  lng?: Language;
  /** Every namespace up front instead of on demand (tests). */
  resources?: Resource;
};

/** A configured i18next instance that detects and remembers the viewer's language. */
export function createI18n(options: Options = {}): I18n {
  const instance = i18next.createInstance();
  instance.use(initReactI18next).use(lazyNamespaces);
  void instance.init({
    resources: options.resources ?? bundled,
    partialBundledLanguages: true,
    lng: options.lng ?? detectLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: ['common'],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  });
  const sync = (lng: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = toLanguage(lng);
  };
  sync(instance.language);
  instance.on('languageChanged', (lng) => {
    sync(lng);
    remember(lng);
  });
  return instance;
}
