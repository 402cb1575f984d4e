/**
 * The database could not be reached or went away mid-statement (server stopped, restarting,
 * network cut, embedded engine closed). Nothing is known to have been written: the caller may
 * retry. Both engines translate their own connection failures into this one error.
 */
export class DatabaseUnavailableError extends Error {
  readonly code = 'DATABASE.UNAVAILABLE';
  constructor(cause: unknown) {
    super('The database is unavailable', { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

// postgres.js's own connection errors and Node's socket errors.
const CONNECTION_ERROR_CODES = new Set([
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

// SQLSTATE: class 08 connection exceptions; 57P01–57P03 shutdown, crash, still starting; too many connections.
const UNAVAILABLE_SQLSTATES = /^(08...|57P0[123]|53300)$/;

export function isConnectionFailure(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  if (!(error instanceof Error)) return false;
  const { code } = error as { code?: unknown };
  if (typeof code === 'string' && (CONNECTION_ERROR_CODES.has(code) || UNAVAILABLE_SQLSTATES.test(code))) return true;
  // PGlite after close().
  return /PGlite is closed/i.test(error.message);
}

/** Rethrows a connection failure as DatabaseUnavailableError, anything else as it was. */
export function translateConnectionFailure(error: unknown): never {
  if (error instanceof DatabaseUnavailableError) throw error;
  if (isConnectionFailure(error)) throw new DatabaseUnavailableError(error);
  throw error;
}

/**
 * PostgreSQL refused a client's text it cannot store (a NUL character, an invalid byte
 * sequence: SQLSTATE 22021, 22P05). The input is at fault, not the server.
 */
export function isUnstorableText(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { code } = error as { code?: unknown };
  return code === '22021' || code === '22P05';
}
