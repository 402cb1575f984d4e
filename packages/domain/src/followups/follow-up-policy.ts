/**
 * A site's 回访 policy. The product's own rule, default on: after a ticket is reopened, the next
 * 回访 is made by someone other than the handler whose work was sent back, so the requester's
 * word is not checked by the person it is about. A site may turn it off (a one-person desk).
 */
export type FollowUpPolicy = { otherCallerAfterReopen: boolean };

export const DEFAULT_FOLLOW_UP_POLICY: FollowUpPolicy = { otherCallerAfterReopen: true };
