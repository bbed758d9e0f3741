/**
 * The project's error family. A `KgError` is something a user can cause or fix (bad input, a
 * server that is down): the CLI prints its one-line message and exits non-zero. Anything else
 * is a bug: the CLI prints the stack and asks for a report.
 */
export type KgErrorCode =
  | 'E_USAGE'
  | 'E_NOT_FOUND'
  | 'E_EMPTY'
  | 'E_BINARY'
  | 'E_ENCODING'
  | 'E_TOO_LARGE'
  | 'E_UNSUPPORTED_FORMAT'
  | 'E_NOT_A_FILE'
  | 'E_LANGUAGE'
  | 'E_METADATA'
  | 'E_INVALID_GRAPH'
  | 'E_GOLD'
  | 'E_GAZETTEER'
  | 'E_DB_UNAVAILABLE'
  | 'E_DB_AUTH'
  | 'E_DB_WRITE'
  | 'E_DB_SERVER'
  | 'E_QUERY'
  | 'E_LOCKED'
  | 'E_SERVE'
  | 'E_DECISIONS';

export class KgError extends Error {
  readonly code: KgErrorCode;
  /** What was being done: "import", "read", "db start", ... */
  readonly operation: string;
  constructor(code: KgErrorCode, operation: string, message: string, options?: { cause?: unknown }) {
    super(`${operation}: ${message}`, options);
    this.name = 'KgError';
    this.code = code;
    this.operation = operation;
  }
}

export function isKgError(error: unknown): error is KgError {
  return error instanceof KgError;
}
