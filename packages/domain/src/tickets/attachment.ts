/** A photo as stored: what it is and whose it is, without its bytes. */
export type Attachment = {
  id: string;
  siteId: string;
  /** Null until the request it was uploaded for is submitted. */
  ticketId: string | null;
  uploaderAccountId: string;
  contentType: string;
  byteSize: number;
  sha256: string;
  createdAt: Date;
};

