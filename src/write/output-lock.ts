/**
 * One writer per graph file at a time. Two `kg import` runs into one `out/` would both read the
 * store, both add their sources and both write graph.json, and the second write would drop what
 * the first added. So a run that changes a graph file (its store, graph.json and the Neo4j copy)
 * holds a lock file beside it (`out/graph.json.lock`, created with O_EXCL, holding pid, host and
 * start time); a second run waits for it, bounded and saying so, and then refuses with one line.
 *
 * A lock is stale, and is taken over, when the process that holds it is gone (same host, pid not
 * alive) or when it is older than `staleMs` (a crashed run on another host, a reused pid).
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { hostname } from 'node:os';
import { KgError } from '../errors/kg-error';

export interface LockOptions {
  /** How long to wait for another run before refusing, in ms (default 10 minutes). */
  waitMs?: number;
  /** A lock older than this is stale whoever holds it, in ms (default 6 hours). */
  staleMs?: number;
  /** How often to look again while waiting, in ms (default 250). */
  pollMs?: number;
  /** Told once when the run has to wait, with the line to show. */
  onWait?: (line: string) => void;
  /** What holds the lock, for the other run's messages ("kg import"). */
  command?: string;
}

export const DEFAULT_LOCK_OPTIONS = { waitMs: 10 * 60_000, staleMs: 6 * 3_600_000, pollMs: 250 } as const;

interface LockContent {
  pid: number;
  host: string;
  started: string;
  command: string;
}

export function lockPathFor(graphPath: string): string {
  return `${graphPath}.lock`;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(path: string): { content: LockContent | null; ageMs: number } | null {
  try {
    const ageMs = Date.now() - statSync(path).mtimeMs;
    try {
      return { content: JSON.parse(readFileSync(path, 'utf8')) as LockContent, ageMs };
    } catch {
      // Being written this instant, or damaged: only its age can tell.
      return { content: null, ageMs };
    }
  } catch {
    return null;
  }
}

function isStale(lock: { content: LockContent | null; ageMs: number }, staleMs: number): boolean {
  if (lock.ageMs > staleMs) return true;
  if (!lock.content) return lock.ageMs > 5_000;
  return lock.content.host === hostname() && !pidAlive(lock.content.pid);
}

const holderOf = (content: LockContent | null) => (content ? `${content.command} (pid ${content.pid} on ${content.host}, since ${content.started})` : 'another kg run');

/**
 * Take the lock of a graph file, waiting for another run if need be. Returns the function that
 * releases it.
 * @example const release = await acquireOutputLock('out/graph.json', { onWait: (line) => process.stderr.write(`${line}\n`) });
 */
export async function acquireOutputLock(graphPath: string, options: LockOptions = {}): Promise<() => void> {
  const { waitMs, staleMs, pollMs } = { ...DEFAULT_LOCK_OPTIONS, ...options };
  const path = lockPathFor(graphPath);
  const mine: LockContent = { pid: process.pid, host: hostname(), started: new Date().toISOString(), command: options.command ?? 'kg' };
  const deadline = Date.now() + waitMs;
  let told = false;
  mkdirSync(dirname(path), { recursive: true });
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      try {
        writeSync(fd, JSON.stringify(mine));
      } finally {
        closeSync(fd);
      }
      return () => {
        // Only our own lock: after a takeover (we were judged stale) it may be someone else's.
        const now = readLock(path);
        if (now?.content?.pid === mine.pid && now.content.started === mine.started) rmSync(path, { force: true });
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new KgError('E_USAGE', 'lock', `cannot create the lock "${path}": ${(error as Error).message}`, { cause: error });
    }
    const held = readLock(path);
    if (!held) continue;
    if (isStale(held, staleMs)) {
      // Look once more right before removing, so a lock another run took over in the meantime stays.
      const again = readLock(path);
      if (again && JSON.stringify(again.content) === JSON.stringify(held.content)) rmSync(path, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      throw new KgError(
        'E_LOCKED',
        'lock',
        `"${graphPath}" is being written by ${holderOf(held.content)}; run again when it has finished, or delete "${path}" if no kg run is writing it`,
      );
    }
    if (!told) {
      told = true;
      options.onWait?.(`kg: waiting for ${holderOf(held.content)} to finish writing "${graphPath}" (up to ${Math.round(waitMs / 1000)} s; lock "${path}")`);
    }
    await new Promise((done) => setTimeout(done, Math.min(pollMs, Math.max(1, deadline - Date.now()))));
  }
}

/** Run `work` holding the lock of a graph file. */
export async function withOutputLock<T>(graphPath: string, options: LockOptions, work: () => Promise<T>): Promise<T> {
  const release = await acquireOutputLock(graphPath, options);
  try {
    return await work();
  } finally {
    release();
  }
}
