/**
 * Phone numbers as the desk writes them down (product rule): a mainland mobile, 11 digits
 * starting 13–19, or a landline, an area code starting 0 (010 and 02x have 3 digits, the others
 * 4) then 7 or 8 digits, with an optional extension after a dash. Spaces and a leading +86 are
 * tolerated on the way in; the stored form is the mobile's 11 digits, or `0571-87654321[-123]`.
 */
const MOBILE = /^1[3-9]\d{9}$/;
const DASHED_LANDLINE = /^(0(?:10|2\d|[3-9]\d{2}))-(\d{7,8})(?:-(\d{1,6}))?$/;
const LANDLINE = /^(0(?:10|2\d|[3-9]\d{2}))(\d{7,8})$/;

/** The rule, as the form shows it next to the field. */
export const PHONE_RULE = {
  zh: '手机号为 1 开头的 11 位数字；座机为区号加 7–8 位号码，如 0571-87654321',
  en: 'a mobile is 11 digits starting with 1; a landline is an area code and 7 or 8 digits, e.g. 0571-87654321',
} as const;

/** The stored form of a phone number, or null when it is neither a mobile nor a landline number. */
export function normalizePhone(raw: string): string | null {
  const compact = raw.trim().replace(/\s+/g, '').replace(/^(?:\+86|0086)-?/, '');
  if (MOBILE.test(compact)) return compact;
  const dashed = DASHED_LANDLINE.exec(compact);
  if (dashed) return [dashed[1], dashed[2], dashed[3]].filter(Boolean).join('-');
  const plain = LANDLINE.exec(compact);
  return plain ? `${plain[1]}-${plain[2]}` : null;
}
