/**
 * What a relay is about. Today a ticket; a reception entry (来电来访登记) will be a second kind,
 * so the subject is a tagged value and storage keeps a column per kind.
 */
export type RelaySubject = { kind: 'ticket'; ticketId: string };

export const RELAY_STATUSES = ['pending', 'accepted', 'returned', 'replied'] as const;
/** pending → accepted → replied; pending or accepted → returned. Returned and replied are final. */
export type RelayStatus = (typeof RELAY_STATUSES)[number];

export const RETURN_REASONS = ['not_ours', 'cannot_handle'] as const;
/** `not_ours`: sent to the wrong department, counted against 信息传递准确率; `cannot_handle`: theirs, but they cannot. */
export type ReturnReason = (typeof RETURN_REASONS)[number];

/**
 * A relay (信息传达) of a ticket to a department outside customer service, and its answer.
 * Seed 001, 投诉接待 (5): "迅速传达到相关部门…及时将处理相关信息告知投诉接待人" — the department
 * tells the clerk who relayed it; seed 002, hall clerk: "对其他部门传达的信息及时受理反馈".
 */
export type Relay = {
  id: string;
  siteId: string;
  subject: RelaySubject;
  departmentId: string;
  /** What is asked of the department. */
  ask: string;
  dueAt: Date;
  relayedById: string;
  relayedAt: Date;
  status: RelayStatus;
  acceptedAt: Date | null;
  returnedAt: Date | null;
  returnReason: ReturnReason | null;
  returnNote: string | null;
  repliedAt: Date | null;
  reply: string | null;
  /** Who recorded the last answer: a member of the department, or the clerk answering for it by phone. */
  respondedById: string | null;
  /** The answer was taken by phone and recorded by someone outside the department. */
  byPhone: boolean;
  /** The misrouted relay (returned as not ours) this one corrects. */
  correctsRelayId: string | null;
  version: number;
};
