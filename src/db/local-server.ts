/**
 * Start, stop and inspect the local Neo4j server (the Java launcher in neo4j/launcher). The
 * server runs detached from the CLI; its pid and port are kept in .neo4j/server.pid.json so
 * `status` and `stop` find it from any shell.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { KgError } from '../errors/kg-error';
import { ensureLauncherBuilt } from './build-launcher';
import { LOCAL_SERVER_DEFAULTS, localServerPassword, localServerPort, type ConnectionConfig } from './connection-config';
import { DEFAULT_LAUNCHER_MEMORY, LAUNCHER_MAIN_CLASS, launcherArgs, launcherEnv, type LauncherSettings } from './launcher-command';
import { localServerPaths, type LocalServerPaths } from './local-server-paths';
import { isUnavailable, mapDbError } from './map-db-error';
import { createDriver } from './open-driver';

type Env = Readonly<Record<string, string | undefined>>;

export interface PidRecord {
  pid: number;
  port: number;
  startedAt: string;
}

export interface LocalServerStatus {
  state: 'running' | 'stopped';
  uri: string;
  pid?: number;
  dataDir: string;
  logFile: string;
}

export interface LocalServerDeps {
  paths: LocalServerPaths;
  env: Env;
  log: (line: string) => void;
  /** How long `start` waits for Bolt to answer (ms). */
  startTimeoutMs: number;
  /** How long `stop` waits for a clean shutdown before it gives up (ms). */
  stopTimeoutMs: number;
}

function resolveDeps(deps: Partial<LocalServerDeps>): LocalServerDeps {
  const env = deps.env ?? process.env;
  return {
    paths: deps.paths ?? localServerPaths(undefined, env),
    env,
    log: deps.log ?? (() => undefined),
    startTimeoutMs: deps.startTimeoutMs ?? 180_000,
    stopTimeoutMs: deps.stopTimeoutMs ?? 60_000,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const uriFor = (port: number) => `bolt://${LOCAL_SERVER_DEFAULTS.host}:${port}`;

export function readPidRecord(paths: LocalServerPaths): PidRecord | undefined {
  try {
    const record = JSON.parse(fs.readFileSync(paths.pidFile, 'utf8')) as PidRecord;
    return Number.isInteger(record.pid) && Number.isInteger(record.port) ? record : undefined;
  } catch {
    return undefined;
  }
}

/** Alive and really our launcher (a recycled pid must not be mistaken for the server). */
export function isLauncherProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(LAUNCHER_MAIN_CLASS);
  } catch {
    // No /proc (macOS): a live pid from our own pid file is the best evidence there is.
    return true;
  }
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: LOCAL_SERVER_DEFAULTS.host, port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

export async function localServerStatus(options: Partial<LocalServerDeps> = {}): Promise<LocalServerStatus> {
  const { paths, env } = resolveDeps(options);
  const record = readPidRecord(paths);
  const base = { dataDir: paths.dataDir, logFile: paths.logFile };
  if (record && isLauncherProcess(record.pid)) return { state: 'running', uri: uriFor(record.port), pid: record.pid, ...base };
  return { state: 'stopped', uri: uriFor(localServerPort(env)), ...base };
}

/** The line Launcher.java prints once the password is set and Bolt is open. */
export const READY_LINE = 'kg-neo4j: ready on ';

function readFrom(file: string, offset: number): string {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const size = fs.fstatSync(fd).size;
      if (size <= offset) return '';
      const buffer = Buffer.alloc(size - offset);
      fs.readSync(fd, buffer, 0, buffer.length, offset);
      return buffer.toString('utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return '';
  }
}

/**
 * Wait for the launcher's ready line (written after it set the password, so no probe can trip
 * Neo4j's lock-out for wrong passwords), then check with the driver that Bolt really answers.
 */
async function waitForBolt(config: ConnectionConfig, pid: number, logOffset: number, deps: LocalServerDeps): Promise<void> {
  const deadline = Date.now() + deps.startTimeoutMs;
  const timeUp = () =>
    new KgError('E_DB_UNAVAILABLE', 'db start', `Neo4j did not answer on ${config.uri} within ${Math.round(deps.startTimeoutMs / 1000)} s (log: ${deps.paths.logFile})`);
  while (!readFrom(deps.paths.logFile, logOffset).includes(READY_LINE)) {
    if (!isLauncherProcess(pid)) {
      const tail = readFrom(deps.paths.logFile, logOffset).trim().split('\n').slice(-3).join(' | ');
      throw new KgError('E_DB_SERVER', 'db start', `the Neo4j launcher exited during start-up${tail ? `: ${tail}` : ''} (log: ${deps.paths.logFile})`);
    }
    if (Date.now() > deadline) throw timeUp();
    await sleep(250);
  }
  const driver = createDriver(config, 5000);
  try {
    for (;;) {
      try {
        await driver.verifyConnectivity({ database: config.database });
        return;
      } catch (error) {
        if (!isUnavailable(error) || Date.now() > deadline) throw mapDbError(error, 'db start', config);
      }
      await sleep(250);
    }
  } finally {
    await driver.close();
  }
}

export interface StartResult {
  uri: string;
  pid: number;
  alreadyRunning: boolean;
  built: boolean;
  dataDir: string;
  logFile: string;
}

/**
 * Build the launcher if needed, start it detached, and wait until Bolt answers with the
 * local credentials. Starting twice returns the running server with `alreadyRunning: true`.
 */
export async function startLocalServer(options: Partial<LocalServerDeps> = {}): Promise<StartResult> {
  const deps = resolveDeps(options);
  const release = await acquireStartLock(deps);
  try {
    return await startUnlocked(deps);
  } finally {
    release();
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One `kg db start` at a time per data folder: a second one (another shell, a parallel test
 * script) waits for the first and then finds the server running, instead of racing it for the
 * port and the pid file. A lock left by a process that died is taken over.
 */
async function acquireStartLock(deps: LocalServerDeps): Promise<() => void> {
  fs.mkdirSync(deps.paths.dataDir, { recursive: true });
  const lock = path.join(deps.paths.dataDir, 'start.lock');
  const deadline = Date.now() + deps.startTimeoutMs;
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(fs.readFileSync(lock, 'utf8').trim());
    if (!Number.isInteger(holder) || holder <= 0 || !processAlive(holder)) {
      fs.rmSync(lock, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new KgError('E_DB_SERVER', 'db start', `another "kg db start" (pid ${holder}) has been starting Neo4j in ${deps.paths.dataDir} for too long`);
    }
    await sleep(250);
  }
}

async function startUnlocked(deps: LocalServerDeps): Promise<StartResult> {
  const { paths, env } = deps;
  const status = await localServerStatus(deps);
  if (status.state === 'running') {
    return { uri: status.uri, pid: status.pid!, alreadyRunning: true, built: false, dataDir: paths.dataDir, logFile: paths.logFile };
  }
  const settings: LauncherSettings = {
    port: localServerPort(env),
    password: localServerPassword(env),
    heap: env.KG_NEO4J_HEAP?.trim() || DEFAULT_LAUNCHER_MEMORY.heap,
    pageCacheMb: Number(env.KG_NEO4J_PAGECACHE_MB) || DEFAULT_LAUNCHER_MEMORY.pageCacheMb,
  };
  if (!/^\d+[kmgKMG]?$/.test(settings.heap)) throw new KgError('E_USAGE', 'db start', `KG_NEO4J_HEAP must look like "1g" or "768m", got "${settings.heap}"`);
  const uri = uriFor(settings.port);
  if (await portInUse(settings.port)) {
    throw new KgError('E_DB_SERVER', 'db start', `port ${settings.port} on 127.0.0.1 is already taken by another program; stop it or set KG_NEO4J_PORT`);
  }

  const built = ensureLauncherBuilt(paths, deps.log);
  fs.mkdirSync(paths.dataDir, { recursive: true });
  fs.rmSync(paths.pidFile, { force: true });
  const logOffset = fs.existsSync(paths.logFile) ? fs.statSync(paths.logFile).size : 0;
  const logFd = fs.openSync(paths.logFile, 'a');
  let pid: number;
  try {
    const child = spawn('java', launcherArgs(paths, settings), {
      cwd: paths.root,
      detached: true,
      stdio: ['ignore', logFd, logFd],
      env: { ...process.env, ...launcherEnv(paths, settings) },
    });
    const spawned = await new Promise<number>((resolve, reject) => {
      child.once('spawn', () => resolve(child.pid!));
      child.once('error', reject);
    }).catch((error: NodeJS.ErrnoException) => {
      throw new KgError('E_DB_SERVER', 'db start', error.code === 'ENOENT' ? '"java" is not on PATH; the local Neo4j needs Java 17 or 21' : `cannot start java: ${error.message}`, {
        cause: error,
      });
    });
    child.unref();
    pid = spawned;
  } finally {
    fs.closeSync(logFd);
  }
  const record: PidRecord = { pid, port: settings.port, startedAt: new Date().toISOString() };
  fs.writeFileSync(paths.pidFile, `${JSON.stringify(record)}\n`);

  const config: ConnectionConfig = { uri, user: LOCAL_SERVER_DEFAULTS.user, password: settings.password, database: LOCAL_SERVER_DEFAULTS.database, local: true };
  try {
    await waitForBolt(config, pid, logOffset, deps);
  } catch (error) {
    if (isLauncherProcess(pid)) process.kill(pid, 'SIGTERM');
    fs.rmSync(paths.pidFile, { force: true });
    throw error;
  }
  return { uri, pid, alreadyRunning: false, built, dataDir: paths.dataDir, logFile: paths.logFile };
}

export interface StopResult {
  wasRunning: boolean;
  pid?: number;
  /** Seconds the clean shutdown took. */
  seconds?: number;
}

/** SIGTERM the launcher (its shutdown hook closes the store) and wait until it has exited. */
export async function stopLocalServer(options: Partial<LocalServerDeps> = {}): Promise<StopResult> {
  const deps = resolveDeps(options);
  const record = readPidRecord(deps.paths);
  if (!record || !isLauncherProcess(record.pid)) {
    fs.rmSync(deps.paths.pidFile, { force: true });
    return { wasRunning: false };
  }
  const started = Date.now();
  process.kill(record.pid, 'SIGTERM');
  while (isLauncherProcess(record.pid)) {
    if (Date.now() - started > deps.stopTimeoutMs) {
      throw new KgError('E_DB_SERVER', 'db stop', `Neo4j (pid ${record.pid}) is still shutting down after ${Math.round(deps.stopTimeoutMs / 1000)} s; see ${deps.paths.logFile}`);
    }
    await sleep(200);
  }
  fs.rmSync(deps.paths.pidFile, { force: true });
  return { wasRunning: true, pid: record.pid, seconds: (Date.now() - started) / 1000 };
}
