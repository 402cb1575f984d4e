import type { LocalizedTextValue } from '../../ui/format/localized-text';

/** What an audit value's reader needs: the viewer's language pick, position titles by id, and the scope and yes/no words. */
export type AuditValueWords = {
  localized: (text: LocalizedTextValue) => string;
  positionTitle: (id: string) => string | null;
  unitName: (id: string) => string | null;
  scope: (scope: string) => string;
  yes: string;
  no: string;
  items: (count: number) => string;
};

const isLocalizedText = (v: unknown): v is LocalizedTextValue =>
  !!v && typeof v === 'object' && !Array.isArray(v) && typeof (v as LocalizedTextValue).zh === 'string' && typeof (v as LocalizedTextValue).en === 'string';

const GRANT_SCOPES = new Set(['any', 'site', 'subordinates', 'own_queue', 'own']);

/**
 * An audit entry's value (JSON text from the gateway) as a reader sees it: a text in the viewer's
 * language, a list of texts joined, positions by title, a grant scope by its name, anything
 * larger (duties, authorities …) by its number of items. Null is "—".
 */
export function formatAuditValue(field: string, json: string | null, words: AuditValueWords): string {
  if (json === null) return '—';
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  if (value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string' && field === 'unitId') return words.unitName(value) ?? value;
  if (typeof value === 'string') return field.includes('.') && GRANT_SCOPES.has(value) ? words.scope(value) : value;
  if (isLocalizedText(value)) return words.localized(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    if (field === 'reportsTo') return value.map((id) => (typeof id === 'string' ? (words.positionTitle(id) ?? '?') : '?')).join('、');
    if (value.every(isLocalizedText)) return value.map(words.localized).join('、');
    return words.items(value.length);
  }
  if (field === 'qualifications' && typeof value === 'object') {
    const q = value as { education?: unknown; experience?: unknown };
    return [q.education, q.experience].filter(isLocalizedText).map(words.localized).filter(Boolean).join('；') || '—';
  }
  return json;
}

/** The i18n key of an audit entry's field: a grant's field is an action (`ticket.take` → `action.TICKET_TAKE`). */
export const auditFieldKey = (field: string): string =>
  field.includes('.') ? `action.${field.replace(/\./g, '_').replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}` : `audit.field.${field}`;
