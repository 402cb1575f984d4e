/** The number staff and requesters quote on the phone, e.g. KF-000123. */
export const formatTicketNumber = (n: number): string => `KF-${String(n).padStart(6, '0')}`;
