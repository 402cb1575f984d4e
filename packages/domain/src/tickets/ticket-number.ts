/**
 * The number staff and requesters quote on the phone, e.g. KF-000302: one format on the desk
 * and in the portal, so both sides read the same request back (the product's own rule).
 */
export const formatTicketNumber = (n: number): string => `KF-${String(n).padStart(6, '0')}`;
