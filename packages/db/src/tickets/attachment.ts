import type { Attachment } from '@kefu/domain/tickets';

/** A stored photo with its bytes, as the attachment handler serves it. */
export type AttachmentContent = Attachment & { bytes: Uint8Array };
