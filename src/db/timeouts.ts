/**
 * Every wait on Neo4j has a bound, and they are all here, so the README's promise ("a server
 * that does not answer is reported within 10 s") is one set of numbers to check. The driver's
 * own timeouts cover connecting, but not a server that accepted the connection and then stopped
 * answering (frozen with SIGSTOP, a port that accepts TCP but never speaks Bolt, a network that
 * drops packets): the driver then waits for ever. So the project adds its own deadlines around
 * each thing it waits for, and a watchdog that fires when a transaction has made no progress.
 */
import { KgError } from '../errors/kg-error';

export const DB_TIMEOUTS = {
  /** TCP connect plus the Bolt handshake and login (the driver's connectionTimeout). */
  connectMs: 5_000,
  /** Checking that a server answers (`verifyConnectivity`), inside the 10 s promise. */
  verifyMs: 8_000,
  /** How long a write transaction may go without any statement (or the commit) coming back. */
  idleMs: 8_000,
  /** How long the driver keeps retrying a transaction after a transient error. */
  retryMs: 5_000,
  /** Closing a driver or session: a frozen server never acknowledges, so give up after this. */
  closeMs: 2_000,
  /** The constraints and indexes before an import (they wait for index population, hence longer). */
  schemaMs: 60_000,
  /** A read for the viewer's API (the whole graph), client side; the server gets the same as its transaction timeout. */
  readMs: 10_000,
  /** A named query (`kg query`): the server's transaction timeout, with the client's deadline a little later. */
  queryMs: 30_000,
  /** The viewer's health check. */
  healthMs: 2_000,
} as const;

export type DbTimeouts = typeof DB_TIMEOUTS;

/** The one wording for "the server did not answer in time", naming what was waited for. */
export function noAnswer(operation: string, uri: string, what: string, ms: number): KgError {
  return new KgError('E_DB_UNAVAILABLE', operation, `the Neo4j server at ${uri} did not answer ${what} within ${formatSeconds(ms)}`);
}

/** For the watchdog: the server answered before, then went silent. */
export function stoppedAnswering(operation: string, uri: string, ms: number): KgError {
  return new KgError('E_DB_UNAVAILABLE', operation, `the Neo4j server at ${uri} stopped answering (nothing came back for ${formatSeconds(ms)})`);
}

export function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

/**
 * `work`, or the error `onTimeout` makes if it has not settled within `ms`. The work goes on in
 * the background (a promise cannot be cancelled); the caller stops waiting for it.
 * @example await withDeadline(driver.verifyConnectivity(), 8000, () => noAnswer('import', uri, 'the connectivity check', 8000));
 */
export async function withDeadline<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  // The work may still fail after the deadline won: nobody listens then, and that is fine.
  work.catch(() => undefined);
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Closes a driver or session, giving up silently after `ms` (a frozen server never says goodbye). */
export async function closeWithin(closable: { close(): Promise<void> }, ms: number = DB_TIMEOUTS.closeMs): Promise<void> {
  await withDeadline(closable.close(), ms, () => new Error('close timed out')).catch(() => undefined);
}

export interface Watchdog {
  /** Call on every sign of progress: the idle clock starts again. */
  touch(): void;
  /** Rejects when no `touch` came for the idle time. */
  readonly expired: Promise<never>;
  stop(): void;
}

/**
 * A timer that fires when nothing happened for `idleMs`: a long transaction that keeps
 * answering is never cut short, a silent one is given up after `idleMs`.
 */
export function startWatchdog(idleMs: number, onExpire: () => Error): Watchdog {
  let timer: NodeJS.Timeout | undefined;
  let fail: (error: Error) => void = () => undefined;
  const expired = new Promise<never>((_, reject) => {
    fail = reject;
  });
  expired.catch(() => undefined);
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => fail(onExpire()), idleMs);
  };
  arm();
  return {
    touch: arm,
    expired,
    stop: () => clearTimeout(timer),
  };
}
