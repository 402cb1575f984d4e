const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids arrive from clients (GraphQL ids, DataLoader keys); a malformed one would make PostgreSQL
 * reject the whole `uuid` cast, so lookups treat it as "not found" instead.
 */
export const isUuid = (value: string): boolean => UUID.test(value);
