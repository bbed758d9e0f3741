/**
 * `kg import --neo4j` against servers that stop answering, through the real CLI: a port that
 * accepts TCP but never speaks Bolt, and a server that freezes before or while a document is
 * committed (a proxy in front of the real server stops itself with SIGSTOP). Each time the
 * process must say what was and was not written within the README's 10 s, and exit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { connectionFromEnv } from '../../src/db/connection-config';
import { deleteNamespace, openTestDatabase, read, type TestDatabase } from './test-database';

const KG = resolve(__dirname, '../../bin/kg.js');
const PROXY = resolve(__dirname, 'helpers/freezing-proxy.js');
const PREFIX = 'kgtest-freeze-';
/** The README's promise, plus room for a loaded machine to schedule the process. */
const BOUND_MS = 10_000 + 3_000;

// Texts with no names in them, so the only nodes written are the Source nodes under PREFIX.
const TEXT_A = 'Notes from the market\n\nThe traders opened their stalls early on Tuesday and the prices of apples went down again.\n';
const TEXT_B = 'Notes from the orchard\n\nThe pickers started before dawn and the baskets were full well before the heat of the day.\n';

interface Proxy {
  child: ChildProcess;
  port: number;
  /** When the first client connected, as this process saw the proxy say so. */
  connectedAt(): number | undefined;
  /** When the proxy said it was exiting (mode `exit`). */
  exitedAt(): number | undefined;
  /** Wakes the proxy up and ends it. */
  release(): void;
}

function startProxy(mode: 'begin' | 'commit' | 'exit' | 'mute', target = 0): Promise<Proxy> {
  const child = spawn(process.execPath, [PROXY, mode, String(target)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let connected: number | undefined;
  let exited: number | undefined;
  return new Promise((resolvePort, reject) => {
    child.once('error', reject);
    child.stdout!.on('data', (data: Buffer) => {
      const text = data.toString();
      if (text.includes('connected')) connected ??= Date.now();
      if (text.includes('exiting')) exited ??= Date.now();
      const m = /port (\d+)/.exec(text);
      if (m) {
        resolvePort({
          child,
          port: Number(m[1]),
          connectedAt: () => connected,
          exitedAt: () => exited,
          release: () => {
            child.kill('SIGCONT');
            child.kill('SIGKILL');
          },
        });
      }
    });
  });
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** From the first connection to Neo4j to the exit. */
  ms: number;
}

/** Runs `kg import` and times from the first Neo4j connection (the proxy accepts it) to the exit. */
function importTo(port: number, dir: string, connected: () => number | undefined = () => undefined): Promise<Run> {
  const config = connectionFromEnv();
  const child = spawn(process.execPath, [KG, 'import', join(dir, 'in'), '--out', join(dir, 'out', 'graph.json'), '--neo4j'], {
    // One document per transaction, so the faults land between the two documents' commits; the
    // same bounds for documents sharing a transaction are in test/write/batched-load.test.ts.
    env: {
      ...process.env,
      NEO4J_URI: `bolt://127.0.0.1:${port}`,
      NEO4J_USER: config.user,
      NEO4J_PASSWORD: config.password,
      NEO4J_DATABASE: config.database,
      KG_NEO4J_TRANSACTION_ROWS: '0',
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((done) => {
    child.on('exit', (status) => done({ status, stdout, stderr, ms: Date.now() - (connected() ?? Date.now()) }));
  });
}

function sourceDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-freeze-'));
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', `${PREFIX}a.txt`), TEXT_A);
  writeFileSync(join(dir, 'in', `${PREFIX}b.txt`), TEXT_B);
  return dir;
}

/** The real server's Bolt port, behind the proxy. */
const targetPort = () => Number(new URL(connectionFromEnv().uri.replace(/^[a-z+]+:/, 'http:')).port || 7687);

describe('kg import --neo4j against a server that stops answering', () => {
  let db: TestDatabase;
  const proxies: Proxy[] = [];

  beforeAll(async () => {
    db = await openTestDatabase();
    await deleteNamespace(db, PREFIX);
  });

  afterAll(async () => {
    for (const proxy of proxies) proxy.release();
    await deleteNamespace(db, PREFIX);
    await db.driver.close();
  });

  const sources = async () => (await read(db, 'MATCH (s:Source) WHERE s.id STARTS WITH $prefix RETURN s.id AS id ORDER BY id', { prefix: PREFIX })).map((r) => r.id);

  it('should report a port that accepts TCP but never speaks Bolt, and exit, within 10 s', async () => {
    const proxy = await startProxy('mute');
    proxies.push(proxy);
    const run = await importTo(proxy.port, sourceDir(), proxy.connectedAt);
    expect(run.status).toBe(1);
    expect(run.ms).toBeLessThan(BOUND_MS);
    expect(run.stderr).toContain(`kg: import: no Neo4j server answer`);
    expect(run.stderr).toContain(`bolt://127.0.0.1:${proxy.port}`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);

  it('should say a document frozen before its commit was not written, and exit within the bound', async () => {
    const proxy = await startProxy('begin', targetPort());
    proxies.push(proxy);
    const run = await importTo(proxy.port, sourceDir(), proxy.connectedAt);
    proxy.release();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`source "${PREFIX}a" (`);
    expect(run.stderr).toContain('was not written, nothing of it was kept (its transaction was never committed)');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.ms).toBeLessThan(BOUND_MS + 8_000);
    expect(await sources()).toEqual([]);
  }, 120_000);

  it('should report a server killed in the middle of an import within 10 s, saying what was not written', async () => {
    const proxy = await startProxy('exit', targetPort());
    proxies.push(proxy);
    const run = await importTo(proxy.port, sourceDir(), proxy.exitedAt);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`source "${PREFIX}a" (`);
    expect(run.stderr).toContain('was not written, nothing of it was kept');
    expect(run.ms).toBeLessThan(BOUND_MS);
    expect(await sources()).toEqual([]);
  }, 120_000);

  it('should call a document whose commit went unanswered unknown, and a re-run should write it exactly once', async () => {
    const target = targetPort();
    const proxy = await startProxy('commit', target);
    proxies.push(proxy);
    const dir = sourceDir();
    const run = await importTo(proxy.port, dir, proxy.connectedAt);
    proxy.release();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`source "${PREFIX}a" (`);
    expect(run.stderr).toContain('is unknown: re-run to make sure');
    // The server did commit it: the report must not have claimed otherwise.
    expect(await sources()).toEqual([`${PREFIX}a`]);
    const again = await importTo(target, dir);
    expect(again.status).toBe(0);
    expect(await sources()).toEqual([`${PREFIX}a`, `${PREFIX}b`]);
    expect((await read(db, 'MATCH (s:Source {id: $id}) RETURN count(*) AS n', { id: `${PREFIX}a` }))[0]!.n).toBe(1);
  }, 180_000);
});
