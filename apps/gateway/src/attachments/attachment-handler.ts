import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from '@kefu/db/engine';
import { findRequesterDocumentByAttachment } from '@kefu/db/requesters';
import { findAttachmentContent, findTicketById } from '@kefu/db/tickets';
import { requesterResource } from '@kefu/domain/requesters';
import { loadAccess } from '../access/access.js';
import { viewerFromSession } from '../access/viewer.js';
import { readSessionToken } from '../http/session-cookie.js';
import type { GatewayServices } from '../services.js';
import { mayViewPhoto } from './photo-access.js';

const PREFIX = '/attachments/';

/**
 * `GET /attachments/<id>`: a photo's or a filed document's bytes for a viewer who may see it. Every refusal — no
 * session, another requester's photo, a ticket out of the staff member's scope, a malformed or
 * unknown id — is the same 404, so an id reveals nothing about whether it exists.
 */
export function attachmentHandler(db: Database, services: Pick<GatewayServices, 'orgCharts'>) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (!path.startsWith(PREFIX)) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return true;
    }
    const now = new Date();
    const id = path.slice(PREFIX.length);
    const viewer = await viewerFromSession(db, readSessionToken(req.headers.cookie ?? null), now);
    const { principal } = viewer;
    const photo = principal.kind === 'anonymous' || viewer.passwordChangeRequired ? null : await findAttachmentContent(db, principal.siteId, id);
    const ticket = photo?.ticketId ? await findTicketById(db, photo.siteId, photo.ticketId) : null;
    const access = photo && principal.kind === 'staff' ? await loadAccess(db, viewer, services.orgCharts, now) : { can: () => false };
    // A document on a requester's file: staff who may read that file, and nobody else.
    const document = photo && !photo.ticketId ? await findRequesterDocumentByAttachment(db, photo.siteId, photo.id) : null;
    const allowed = document
      ? principal.kind === 'staff' && access.can('requester.view', requesterResource({ id: document.requesterId, siteId: document.siteId }))
      : photo !== null && mayViewPhoto(viewer, access, photo, ticket);
    if (!photo || !allowed) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end('Not found');
      return true;
    }
    res.writeHead(200, {
      // The type was sniffed from the bytes at upload; nosniff and a sandboxing CSP keep it an image.
      'content-type': photo.contentType,
      'content-length': String(photo.byteSize),
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'content-disposition': 'inline',
      // Per viewer: shared caches must not keep it; the bytes never change, so the browser may.
      'cache-control': 'private, max-age=3600',
      etag: `"${photo.sha256}"`,
    });
    res.end(req.method === 'HEAD' ? undefined : photo.bytes);
    return true;
  };
}
