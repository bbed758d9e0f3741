/**
 * Turns what the Neo4j driver throws into the project's KgError, so the CLI prints one clear
 * line naming the server instead of a driver stack trace. Codes follow the driver's own:
 * `ServiceUnavailable` and `SessionExpired` mean nobody answers; `Neo.ClientError.Security.*`
 * means the server answered and said no.
 */
import { KgError, isKgError, type KgErrorCode } from '../errors/kg-error';
import { describeConnection, type ConnectionConfig } from './connection-config';

function driverCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.trim();
}

/**
 * What the driver says, without a code of its own, when it never got a usable connection: the
 * pool waited in vain (a port that accepts TCP but never speaks Bolt), or the socket broke.
 */
const UNAVAILABLE_MESSAGES = /Connection acquisition timed out|Failed to connect to server|Connection was closed by server|connection timed out|ECONNREFUSED|ECONNRESET|EPIPE/i;

export function isUnavailable(error: unknown): boolean {
  const code = driverCode(error);
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code === 'E_DB_UNAVAILABLE') return true;
  return (code === '' || code === 'N/A') && error instanceof Error && UNAVAILABLE_MESSAGES.test(error.message);
}

/**
 * @param operation what was being done ("import", "query stances-about", "db start")
 * @param fallback the code for errors that are neither connection nor auth problems
 */
export function mapDbError(
  error: unknown,
  operation: string,
  config: Pick<ConnectionConfig, 'uri' | 'database' | 'user'> & { local?: boolean },
  fallback: KgErrorCode = 'E_DB_SERVER',
): KgError {
  if (isKgError(error)) return error;
  const code = driverCode(error);
  const where = describeConnection(config);
  if (isUnavailable(error)) {
    return new KgError(
      'E_DB_UNAVAILABLE',
      operation,
      config.local === false
        ? `no Neo4j server answers at ${config.uri} (NEO4J_URI): check the address and that the server is running`
        : `no Neo4j server answers at ${config.uri}: start the local one with "kg db start" or set NEO4J_URI`,
      { cause: error },
    );
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    const rateLimited = code.endsWith('AuthenticationRateLimit');
    return new KgError(
      'E_DB_AUTH',
      operation,
      rateLimited
        ? `Neo4j at ${config.uri} blocked user "${config.user}" after too many wrong passwords; wait a few seconds and check NEO4J_PASSWORD`
        : `Neo4j at ${config.uri} refused user "${config.user}": wrong user name or password (set NEO4J_USER / NEO4J_PASSWORD)`,
      { cause: error },
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new KgError('E_DB_SERVER', operation, `${where} does not exist (set NEO4J_DATABASE)`, { cause: error });
  }
  if (code.startsWith('Neo.ClientError.Statement.')) {
    return new KgError('E_QUERY', operation, `${where} rejected the statement: ${firstLine(error)}`, { cause: error });
  }
  return new KgError(fallback, operation, `${where} failed: ${firstLine(error)}${code ? ` [${code}]` : ''}`, { cause: error });
}
