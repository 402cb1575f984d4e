import { InputChecker } from '../shared/validation.js';

/**
 * Inbound information (对其他部门传达的信息): what a department outside customer service passes to
 * it — a shop's closure, a power cut on B2, a promotion. Seed 002, hall clerk:
 * "对其他部门传达的信息及时受理反馈". Customer service acknowledges it; where it concerns requesters
 * it becomes a notice on the portal for its audience.
 */
export const INBOUND_KINDS = ['closure', 'outage', 'promotion', 'other'] as const;
export type InboundKind = (typeof INBOUND_KINDS)[number];

/**
 * Who a notice is for. `internal`: customer service only, never on the portal; `site`: every
 * requester of the site; `units`: requesters whose shop unit starts with the prefix (a floor "B2",
 * a block "B2-1", a unit "B2-007"); `requester`: one requester. The product's own model.
 */
export type InboundAudience =
  | { kind: 'internal' }
  | { kind: 'site' }
  | { kind: 'units'; unitPrefix: string }
  | { kind: 'requester'; requesterId: string };
export const INBOUND_AUDIENCE_KINDS = ['internal', 'site', 'units', 'requester'] as const;

export type Inbound = {
  id: string;
  siteId: string;
  /** The department that passed it on. */
  departmentId: string;
  kind: InboundKind;
  title: string;
  body: string;
  audience: InboundAudience;
  registeredById: string;
  registeredAt: Date;
  /** When customer service acknowledged it (受理); a notice reaches the portal from then. */
  acknowledgedAt: Date | null;
  acknowledgedById: string | null;
};

export type InboundInput = {
  departmentId: string;
  kind: string;
  title: string;
  body: string;
  audience: string;
  unitPrefix?: string | null;
  requesterId?: string | null;
};

export type InboundFields = Pick<Inbound, 'departmentId' | 'kind' | 'title' | 'body' | 'audience'>;

export const INBOUND_LIMITS = { title: 60, body: 1000, unitPrefix: 20 } as const;

// A unit prefix is the start of a unit code: letters, digits and dashes ("B2", "B2-0", "A1-018").
const UNIT_PREFIX = /^[A-Z0-9][A-Z0-9-]*$/;

/** Checks inbound information and returns its stored form, or throws one ValidationError naming every field at fault. */
export function checkInbound(input: InboundInput): InboundFields {
  const checker = new InputChecker()
    .text('departmentId', input.departmentId, { required: true, max: 100 })
    .oneOf('kind', input.kind, INBOUND_KINDS, true)
    .text('title', input.title, { required: true, max: INBOUND_LIMITS.title })
    .text('body', input.body, { required: true, max: INBOUND_LIMITS.body })
    .oneOf('audience', input.audience, INBOUND_AUDIENCE_KINDS, true);
  let audience: InboundAudience = { kind: 'internal' };
  const prefix = (input.unitPrefix ?? '').trim().toUpperCase();
  const requesterId = (input.requesterId ?? '').trim();
  switch (input.audience) {
    case 'site':
      audience = { kind: 'site' };
      break;
    case 'units':
      checker.text('unitPrefix', prefix, { required: true, max: INBOUND_LIMITS.unitPrefix });
      if (prefix !== '' && !UNIT_PREFIX.test(prefix)) checker.add({ field: 'unitPrefix', rule: 'invalid_format' });
      audience = { kind: 'units', unitPrefix: prefix };
      break;
    case 'requester':
      if (requesterId === '') checker.add({ field: 'requesterId', rule: 'required' });
      audience = { kind: 'requester', requesterId };
      break;
  }
  checker.check();
  return { departmentId: input.departmentId.trim(), kind: input.kind as InboundKind, title: input.title.trim(), body: input.body.trim(), audience };
}

/**
 * Customer service acknowledges (受理) the information: the first acknowledgement stands, a
 * second one changes nothing (two clerks at the desk may both press it).
 */
export const acknowledgeInbound = (inbound: Inbound, staffId: string, now: Date): Inbound =>
  inbound.acknowledgedAt !== null ? inbound : { ...inbound, acknowledgedAt: now, acknowledgedById: staffId };

/** What the portal knows of a requester to decide which notices reach them: their shop units. */
export type NoticeReader = { requesterId: string; units: readonly string[] };

/**
 * Whether the information is a notice on this requester's portal: acknowledged, not internal, and
 * meant for the whole site, for the requester, or for a unit prefix one of their shop units starts with.
 */
export function noticeReaches(inbound: Pick<Inbound, 'audience' | 'acknowledgedAt'>, reader: NoticeReader): boolean {
  if (inbound.acknowledgedAt === null) return false;
  const { audience } = inbound;
  switch (audience.kind) {
    case 'internal':
      return false;
    case 'site':
      return true;
    case 'requester':
      return audience.requesterId === reader.requesterId;
    case 'units':
      return reader.units.some((unit) => unit.trim().toUpperCase().startsWith(audience.unitPrefix));
  }
}
