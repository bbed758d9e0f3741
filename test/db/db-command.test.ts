/**
 * The CLI as a user runs it: `kg db` against the running local server, and `kg query` facing a
 * server that is down or a wrong password (one line, non-zero exit, no stack trace).
 */
import { spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

function kg(args: string[], env: Record<string, string> = {}) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'kg.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, ms: Date.now() - started };
}

function unusedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe('kg db', () => {
  // The suites normally run with the local server up (scripts/test.sh starts it); when NEO4J_URI
  // points elsewhere it may be down, so make sure it runs, and stop it again only if we started it.
  let startedHere = false;
  const local = { NEO4J_URI: '' };
  beforeAll(() => {
    const first = kg(['db', 'start'], local);
    expect(first.code).toBe(0);
    startedHere = !first.stdout.includes('already running');
  }, 240_000);
  afterAll(() => {
    if (startedHere) kg(['db', 'stop'], local);
  }, 120_000);

  it('status should say the server is running and where, with exit code 0', () => {
    const { code, stdout } = kg(['db', 'status'], local);
    expect(stdout).toMatch(/^running at bolt:\/\/127\.0\.0\.1:\d+ \(pid \d+, data /);
    expect(code).toBe(0);
  });

  it('start should say it is already running when it is', () => {
    const { code, stdout } = kg(['db', 'start'], local);
    expect(stdout).toMatch(/^Neo4j is already running at bolt:\/\/127\.0\.0\.1:\d+/);
    expect(code).toBe(0);
  });

  it('should reject an unknown action with a usage line', () => {
    const { code, stderr } = kg(['db', 'restart'], local);
    expect(stderr).toBe('kg: db: unknown action "restart", usage: kg db start|stop|status|import <dir>\n');
    expect(code).toBe(1);
  });
});

describe('kg query against a broken connection', () => {
  it('should fail within 10 s with one line naming the URI when no server answers', async () => {
    const port = await unusedPort();
    const { code, stderr, stdout, ms } = kg(['query', 'top-entities'], { NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: 'whatever' });
    expect(stderr).toBe(`kg: query top-entities: no Neo4j server answers at bolt://127.0.0.1:${port} (NEO4J_URI): check the address and that the server is running\n`);
    expect(stdout).toBe('');
    expect(code).toBe(1);
    expect(ms).toBeLessThan(10_000);
  });

  it('should fail with one line when the password is wrong', () => {
    const { code, stderr } = kg(['query', 'top-entities'], { NEO4J_PASSWORD: 'wrong-password' });
    expect(stderr).toMatch(/^kg: query top-entities: Neo4j at \S+ refused user "\S+": wrong user name or password/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(code).toBe(1);
  });

  it('should name a query that does not exist and list the known ones', () => {
    const { code, stderr } = kg(['query', 'no-such-query']);
    expect(stderr).toMatch(/^kg: query: no query named "no-such-query"; known queries: .*stances-about/);
    expect(code).toBe(1);
  });
});

describe('kg query on the running server', () => {
  it('should print a table, and JSON with --json', () => {
    const table = kg(['query', 'sources', '--param', 'limit=5']);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^source\s+│ title\s+│ publisher\s+│ date\s+│ entities │ stances$/);
    const json = kg(['query', 'sources', '--param', 'limit=5', '--json']);
    expect(json.code).toBe(0);
    expect(Array.isArray(JSON.parse(json.stdout))).toBe(true);
  });
});
