/**
 * Sent as a GraphQL multipart request (the file is a part), so it is posted by hand rather than
 * through the JSON link; the text is checked against the schema by the gateway's tests.
 */
export const ADD_REQUESTER_DOCUMENT = `mutation AddRequesterDocument($requesterId: ID!, $kind: DocumentKind!, $expiresOn: LocalDate, $file: File!) {
  addRequesterDocument(requesterId: $requesterId, kind: $kind, expiresOn: $expiresOn, file: $file) { id }
}`;
