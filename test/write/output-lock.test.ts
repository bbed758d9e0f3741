import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireOutputLock, lockPathFor } from '../../src/write/output-lock';

const graphIn = () => join(mkdtempSync(join(tmpdir(), 'kg-lock-')), 'out', 'graph.json');

/** The pid of a process that has already ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('the output lock', () => {
  it('should create the lock beside graph.json and remove it on release', async () => {
    const graph = graphIn();
    const release = await acquireOutputLock(graph, { command: 'kg import' });
    expect(JSON.parse(readFileSync(lockPathFor(graph), 'utf8'))).toMatchObject({ pid: process.pid, command: 'kg import' });
    release();
    expect(existsSync(lockPathFor(graph))).toBe(false);
  });

  it('should make a second taker wait with one line, then refuse with E_LOCKED', async () => {
    const graph = graphIn();
    const release = await acquireOutputLock(graph, { command: 'kg import' });
    const lines: string[] = [];
    await expect(acquireOutputLock(graph, { waitMs: 300, pollMs: 50, onWait: (line) => lines.push(line) })).rejects.toMatchObject({ code: 'E_LOCKED' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`pid ${process.pid}`);
    release();
  });

  it('should give the lock to the waiting taker as soon as it is released', async () => {
    const graph = graphIn();
    const release = await acquireOutputLock(graph);
    setTimeout(release, 200);
    const second = await acquireOutputLock(graph, { waitMs: 5_000, pollMs: 50 });
    second();
  });

  it('should take over a lock whose process is gone, and one older than the bound', async () => {
    const graph = graphIn();
    await acquireOutputLock(graph); // never released: the bound takes it over below
    writeFileSync(lockPathFor(graph), JSON.stringify({ pid: deadPid(), host: hostname(), started: new Date().toISOString(), command: 'kg import' }));
    const afterDeath = await acquireOutputLock(graph, { waitMs: 0 });
    afterDeath();
    writeFileSync(lockPathFor(graph), JSON.stringify({ pid: process.pid, host: 'another-host', started: new Date().toISOString(), command: 'kg import' }));
    await expect(acquireOutputLock(graph, { waitMs: 0 })).rejects.toMatchObject({ code: 'E_LOCKED' });
    await new Promise((done) => setTimeout(done, 120));
    const afterBound = await acquireOutputLock(graph, { waitMs: 0, staleMs: 100 });
    afterBound();
  });
});
