/** Relay ids are base64 of `Type:uuid`; the portal's MyRequest and the desk's Ticket share the uuid. */
export const rawId = (globalId: string): string => Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]!;
export const globalId = (type: string, id: string): string => Buffer.from(`${type}:${id}`).toString('base64');
