/**
 * One place that creates Neo4j drivers, so every caller (import, query, the viewer's server,
 * tests) gets the same timeouts and the same errors: a server that is down is reported within
 * 10 s as E_DB_UNAVAILABLE naming the URI, a wrong password as E_DB_AUTH.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { KgError } from '../errors/kg-error';
import { connectionFromEnv, type ConnectionConfig } from './connection-config';
import { mapDbError } from './map-db-error';
import { enableTcpNoDelay } from './tcp-no-delay';
import { closeWithin, DB_TIMEOUTS, formatSeconds, withDeadline } from './timeouts';

export interface OpenDriverOptions {
  /** What the caller is doing, for error messages ("import", "query top-entities"). */
  operation?: string;
  /** Check that the server answers and accepts the credentials before returning (default true). */
  verify?: boolean;
  /** Upper bound for the connectivity check in ms (default 8000, inside the 10 s promise). */
  timeoutMs?: number;
}

export const DEFAULT_OPEN_DRIVER_OPTIONS: Required<OpenDriverOptions> = {
  operation: 'db',
  verify: true,
  timeoutMs: DB_TIMEOUTS.verifyMs,
};

/** Driver without any check: for callers that verify on their own schedule (`kg db start`'s wait loop). */
export function createDriver(config: ConnectionConfig, timeoutMs = DEFAULT_OPEN_DRIVER_OPTIONS.timeoutMs): Driver {
  enableTcpNoDelay();
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    connectionTimeout: Math.min(timeoutMs, DB_TIMEOUTS.connectMs),
    connectionAcquisitionTimeout: timeoutMs,
    // The driver retries transient errors inside executeRead/executeWrite; cap it so an import
    // against a server that went away fails inside the 10 s the README promises.
    maxTransactionRetryTime: DB_TIMEOUTS.retryMs,
    userAgent: 'ca-knowledge-graph',
    logging: { level: 'error', logger: () => undefined },
  });
}

/** Rejects with E_DB_UNAVAILABLE if `check` has not settled after `timeoutMs`. */
function withTimeout<T>(check: Promise<T>, timeoutMs: number, operation: string, uri: string): Promise<T> {
  return withDeadline(check, timeoutMs, () => new KgError('E_DB_UNAVAILABLE', operation, `no Neo4j server answered at ${uri} within ${formatSeconds(timeoutMs)}`));
}

/** Check that the server answers and accepts the credentials; throws the mapped KgError. */
export async function verifyDriver(driver: Driver, config: ConnectionConfig, options: OpenDriverOptions = {}): Promise<void> {
  const { operation, timeoutMs } = { ...DEFAULT_OPEN_DRIVER_OPTIONS, ...options };
  try {
    await withTimeout(driver.verifyConnectivity({ database: config.database }), timeoutMs, operation, config.uri);
  } catch (error) {
    throw mapDbError(error, operation, config);
  }
}

/**
 * Open a verified driver. One driver per process: pass it around, close it at the end.
 * @example
 *   const config = connectionFromEnv();
 *   const driver = await openDriver(config, { operation: 'import' });
 *   try { await writeExtractions(driver, extractions, { database: config.database }); } finally { await driver.close(); }
 */
export async function openDriver(config: ConnectionConfig = connectionFromEnv(), options: OpenDriverOptions = {}): Promise<Driver> {
  const resolved = { ...DEFAULT_OPEN_DRIVER_OPTIONS, ...options };
  const driver = createDriver(config, resolved.timeoutMs);
  if (!resolved.verify) return driver;
  try {
    await verifyDriver(driver, config, resolved);
    return driver;
  } catch (error) {
    // A server that accepted the connection but never answers keeps close() waiting too: report
    // now and let the close finish (or not) in the background; the CLI exits after reporting.
    void closeWithin(driver);
    throw error;
  }
}
