/**
 * Who is asking. Staff act through their current position assignments (looked up in the org
 * chart); merchants, owners and customers are requesters and reach only their own records.
 */
export type StaffPrincipal = { kind: 'staff'; siteId: string; staffId: string };
export type RequesterKind = 'merchant' | 'customer' | 'owner';
export const REQUESTER_KINDS = ['merchant', 'customer', 'owner'] as const satisfies readonly RequesterKind[];
export type RequesterPrincipal = { kind: 'requester'; siteId: string; requesterId: string; requesterKind: RequesterKind };
export type AnonymousPrincipal = { kind: 'anonymous' };
export type Principal = StaffPrincipal | RequesterPrincipal | AnonymousPrincipal;
