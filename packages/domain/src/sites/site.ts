import type { LocalizedText } from '../shared/localized-text.js';

/** One mall. Every other record belongs to exactly one site. */
export type Site = {
  id: string;
  code: string;
  name: LocalizedText;
  /** IANA zone the site's deadlines and "today" are reckoned in. */
  timeZone: string;
};
