import { InputChecker } from '../shared/validation.js';
import { normalizePhone } from './phone.js';
import type { RequesterFile } from './requester-file.js';

/** What the archive keeps of a merchant or owner: business licence, lease contract, insurance card. */
export type DocumentKind = 'licence' | 'contract' | 'insurance_card';
export const DOCUMENT_KINDS = ['licence', 'contract', 'insurance_card'] as const satisfies readonly DocumentKind[];

/** A document on a requester's file; its bytes are an attachment. */
export type RequesterDocument = {
  id: string;
  siteId: string;
  requesterId: string;
  kind: DocumentKind;
  /** `YYYY-MM-DD` on the site's calendar, or null when it does not expire. */
  expiresOn: string | null;
  attachmentId: string;
  contentType: string;
  byteSize: number;
  fileName: string;
  addedById: string | null;
  addedAt: Date;
};

/** A note a member of staff keeps on a file (product rule: anyone who reads a file may add one). */
export type RequesterNote = { id: string; siteId: string; requesterId: string; body: string; authorId: string | null; createdAt: Date };

/** One entry of a file's history: who did what, when, and which fields changed from what to what. */
export type RequesterChange = {
  id: string;
  requesterId: string;
  action: 'created' | 'updated' | 'document_added';
  actorId: string | null;
  at: Date;
  fields: FieldChange[];
};
export type FieldChange = { field: string; from: string | null; to: string | null };

export const DOCUMENT_LIMITS = { maxBytes: 10 * 1024 * 1024, maxMb: 10, fileName: 120, note: 1000 } as const;
/** Product rule: the archive clerk is shown contracts and documents that expire within 30 days. */
export const EXPIRY_WINDOW_DAYS = 30;

export const DOCUMENT_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const;
export type DocumentContentType = (typeof DOCUMENT_CONTENT_TYPES)[number];

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) => prefix.every((b, i) => bytes[at + i] === b);

/** The document's type from its first bytes (a scan or photo, or a PDF); null for anything else. */
export function sniffDocumentType(bytes: Uint8Array): DocumentContentType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isCalendarDate = (value: string): boolean => DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** Checks a document before it is stored: its kind, expiry day, name and bytes, every problem at once. */
export function checkDocument(input: { kind: string; expiresOn: string | null; fileName: string; bytes: Uint8Array }): {
  kind: DocumentKind;
  expiresOn: string | null;
  fileName: string;
  contentType: DocumentContentType;
} {
  const check = new InputChecker().oneOf('kind', input.kind, DOCUMENT_KINDS).text('fileName', input.fileName, { max: DOCUMENT_LIMITS.fileName });
  if (input.expiresOn !== null && !isCalendarDate(input.expiresOn)) check.add({ field: 'expiresOn', rule: 'invalid_date' });
  const type = input.bytes.length > 0 ? sniffDocumentType(input.bytes) : null;
  if (input.bytes.length === 0) check.add({ field: 'file', rule: 'required' });
  else if (input.bytes.length > DOCUMENT_LIMITS.maxBytes) check.add({ field: 'file', rule: 'file_too_large', limit: DOCUMENT_LIMITS.maxMb });
  else if (!type) check.add({ field: 'file', rule: 'file_type' });
  check.check();
  return { kind: input.kind as DocumentKind, expiresOn: input.expiresOn, fileName: input.fileName.trim() || 'document', contentType: type! };
}

/** A staff note's stored form: trimmed, not empty, at most 1000 characters. */
export function checkNote(body: string): string {
  new InputChecker().text('body', body, { required: true, max: DOCUMENT_LIMITS.note }).check();
  return body.trim();
}

/** The last day of the expiry window that starts on `today` (both `YYYY-MM-DD`, the site's calendar). */
export function expiryWindowEnd(today: string): string {
  const day = new Date(`${today}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + EXPIRY_WINDOW_DAYS);
  return day.toISOString().slice(0, 10);
}

const HISTORY_FIELDS = ['kind', 'name', 'phone', 'shopName', 'units', 'businessCategory', 'contractStartsOn', 'contractEndsOn', 'status', 'contacts'] as const;
type Historic = Pick<RequesterFile, (typeof HISTORY_FIELDS)[number]>;

const shown = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    return value.map((v) => (typeof v === 'object' ? [v.name, v.role, v.phone].filter(Boolean).join(' ') : String(v))).join(', ');
  }
  return String(value);
};

/** The fields that differ between two versions of a file, as the history shows them. */
export function fileChanges(before: Historic | null, after: Historic): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of HISTORY_FIELDS) {
    const from = before ? shown(before[field]) : null;
    const to = shown(after[field]);
    if (from !== to) changes.push({ field, from, to });
  }
  return changes;
}

/** What a portal user may correct on their own file: their phone and when to call them back. */
export type OwnContactInput = { phone?: string | null; preferredContactTime?: string | null };
export const CONTACT_TIME_MAX = 60;

/**
 * Checks a requester's own correction and returns its stored form (product rule: a phone in the
 * desk's format, or none; a contact time of at most 60 characters, or none).
 */
export function checkOwnContact(input: OwnContactInput): { phone: string | null; preferredContactTime: string | null } {
  const check = new InputChecker().text('preferredContactTime', input.preferredContactTime, { max: CONTACT_TIME_MAX });
  const raw = input.phone?.trim() ?? '';
  const phone = raw === '' ? null : normalizePhone(raw);
  if (raw !== '' && phone === null) check.add({ field: 'phone', rule: 'phone_format' });
  check.check();
  return { phone, preferredContactTime: input.preferredContactTime?.trim() || null };
}
