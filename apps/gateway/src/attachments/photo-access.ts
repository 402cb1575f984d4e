import type { Attachment } from '@kefu/domain/tickets';
import { ticketResource, type Ticket } from '@kefu/domain/tickets';
import type { Access, Viewer } from '../context.js';

/** Where the portal and the admin app fetch a photo; the id is a random UUID, never a counter. */
export const photoUrl = (id: string): string => `/attachments/${id}`;

/**
 * Who may see a photo: its uploader while it is not attached yet; then the requester of its
 * ticket, and staff the domain lets see that ticket. Everyone else is told it does not exist.
 */
export function mayViewPhoto(viewer: Viewer, access: Pick<Access, 'can'>, photo: Attachment, ticket: Ticket | null): boolean {
  const { principal } = viewer;
  if (principal.kind === 'anonymous' || principal.siteId !== photo.siteId) return false;
  if (photo.ticketId === null) return viewer.accountId === photo.uploaderAccountId;
  if (!ticket || ticket.id !== photo.ticketId || ticket.siteId !== photo.siteId) return false;
  if (principal.kind === 'requester') return principal.requesterId === ticket.requesterId;
  return access.can('ticket.view', ticketResource(ticket));
}
