import type { Resource } from 'i18next';
import { LANGUAGES, NAMESPACES } from '../i18n/i18n';

// Tests get every namespace up front, so no render waits on a dynamic import.
const files = import.meta.glob<{ default: Record<string, unknown> }>('../i18n/locales/*/*.json', { eager: true });

export const allResources: Resource = Object.fromEntries(
  LANGUAGES.map((lng) => [lng, Object.fromEntries(NAMESPACES.map((ns) => [ns, files[`../i18n/locales/${lng}/${ns}.json`]?.default ?? {}]))]),
);
