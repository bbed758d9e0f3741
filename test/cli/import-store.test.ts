/**
 * `kg import` and `kg forget` as real processes: one graph model for the wire sentence that
 * gives two relation types between one pair, ids that would collide, long file names, one store
 * per graph file, a lock that makes concurrent imports wait, and forgetting a source.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Graph from 'graphology';
import { acquireOutputLock } from '../../src/write/output-lock';

const KG = resolve(__dirname, '../../bin/kg.js');
const env = { ...process.env, NEO4J_URI: '' };

function kg(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [KG, ...args], { cwd, encoding: 'utf8', env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function kgAsync(args: string[], cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [KG, ...args], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

interface Exported {
  options: { multi: boolean };
  nodes: { key: string; attributes: { kind: string; path?: string; label: string } }[];
  edges: { key: string; source: string; target: string; attributes: { type: string; quote?: string } }[];
}
const readGraph = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Exported;
const sourceIds = (g: Exported) =>
  g.nodes
    .filter((n) => n.attributes.kind === 'Source')
    .map((n) => n.key)
    .sort();

const WIRE = 'Kazakh President Kassym-Jomart Tokayev met reporters in Astana.\n';
const story = (n: number) => `Water talks, day ${n}\n\nAida Bekova of the Osh Water Forum criticised the plan on day ${n}. Marat Ospanov praised the engineers of the forum.\n`;

describe('kg import and kg forget', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-import-store-'));

  it('should import the wire sentence that gives one pair two relation types, with exit 0, and keep both', () => {
    mkdirSync(join(dir, 'wire'));
    writeFileSync(join(dir, 'wire', 'tokayev-reporters.txt'), WIRE);
    const r = kg(['import', 'wire', '--out', 'wire-out/graph.json'], dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const json = readGraph(join(dir, 'wire-out', 'graph.json'));
    const types = json.edges
      .filter((e) => e.source.includes('tokayev') && e.attributes.quote)
      .map((e) => e.attributes.type)
      .sort();
    expect(types).toEqual(expect.arrayContaining(['LEADS', 'NATIONAL_OF']));
    const pairs = new Set(json.edges.filter((e) => e.attributes.type === 'LEADS' || e.attributes.type === 'NATIONAL_OF').map((e) => `${e.source}->${e.target}`));
    expect(pairs.size).toBe(1);
    const reopened = Graph.from(json as never);
    expect(reopened.multi).toBe(true);
    expect(reopened.size).toBe(json.edges.length);
  });

  it('should refuse a second file with the same name elsewhere, and keep the first in the store and graph.json', () => {
    for (const folder of ['A', 'B']) mkdirSync(join(dir, folder));
    writeFileSync(join(dir, 'A', 'report.txt'), story(1));
    writeFileSync(join(dir, 'B', 'report.txt'), story(2));
    expect(kg(['import', 'A', '--out', 'ab/graph.json', '--quiet'], dir).status).toBe(0);
    const second = kg(['import', 'B', '--out', 'ab/graph.json', '--quiet'], dir);
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('source id "report" is already used in the store by "A/report.txt"');
    const json = readGraph(join(dir, 'ab', 'graph.json'));
    expect(json.nodes.find((n) => n.key === 'source:report')!.attributes.path).toBe('A/report.txt');
  });

  it('should import a file whose name is 250 characters, and one of 120 Cyrillic letters', () => {
    mkdirSync(join(dir, 'long'));
    writeFileSync(join(dir, 'long', `${'n'.repeat(246)}.txt`), story(3));
    writeFileSync(join(dir, 'long', `${'д'.repeat(120)}.txt`), story(4));
    const r = kg(['import', 'long', '--out', 'long-out/graph.json', '--quiet'], dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(sourceIds(readGraph(join(dir, 'long-out', 'graph.json')))).toHaveLength(2);
    expect(readdirSync(join(dir, 'long-out', 'graph.sources'))).toHaveLength(2);
  });

  it('should keep two graph files in one folder apart', () => {
    mkdirSync(join(dir, 'one'));
    mkdirSync(join(dir, 'two'));
    writeFileSync(join(dir, 'one', 'first.txt'), story(5));
    writeFileSync(join(dir, 'two', 'second.txt'), story(6));
    expect(kg(['import', 'one', '--out', 'shared/one.json', '--quiet'], dir).status).toBe(0);
    expect(kg(['import', 'two', '--out', 'shared/two.json', '--quiet'], dir).status).toBe(0);
    expect(sourceIds(readGraph(join(dir, 'shared', 'one.json')))).toEqual(['source:first']);
    expect(sourceIds(readGraph(join(dir, 'shared', 'two.json')))).toEqual(['source:second']);
  });

  it('should let two concurrent imports into one graph file both land, the second waiting for the first', async () => {
    for (const folder of ['left', 'right']) {
      mkdirSync(join(dir, folder));
      for (let i = 0; i < 5; i++) writeFileSync(join(dir, folder, `${folder}-${i}.txt`), story(10 + i));
    }
    const [left, right] = await Promise.all([
      kgAsync(['import', 'left', '--out', 'both/graph.json', '--quiet'], dir),
      kgAsync(['import', 'right', '--out', 'both/graph.json', '--quiet'], dir),
    ]);
    expect(
      [left.status, right.status, left.stderr, right.stderr]
        .join(' ')
        .replace(/kg: waiting for [^\n]*\n/g, '')
        .trim(),
    ).toBe('0 0');
    expect(sourceIds(readGraph(join(dir, 'both', 'graph.json')))).toHaveLength(10);
  });

  it('should say it waits for a run that holds the lock, and refuse with one line when --wait runs out', async () => {
    const release = await acquireOutputLock(join(dir, 'both', 'graph.json'), { command: 'kg import' });
    try {
      const r = await kgAsync(['import', 'left', '--out', 'both/graph.json', '--wait', '1'], dir);
      expect(r.status).toBe(1);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^kg: waiting for kg import \(pid \d+/);
      expect(lines[1]).toMatch(/^kg: lock: ".*graph\.json" is being written by kg import/);
    } finally {
      release();
    }
  });

  it('should forget a source: gone from the store and graph.json, shared entities kept', () => {
    const before = readGraph(join(dir, 'both', 'graph.json'));
    const r = kg(['forget', 'left-0', '--out', 'both/graph.json'], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Forgot 1 source (left-0); 9 left');
    const after = readGraph(join(dir, 'both', 'graph.json'));
    expect(sourceIds(after)).toEqual(sourceIds(before).filter((k) => k !== 'source:left-0'));
    expect(after.nodes.some((n) => n.attributes.label === 'Aida Bekova')).toBe(true);
    expect(readdirSync(join(dir, 'both', 'graph.sources'))).toHaveLength(9);
    const unknown = kg(['forget', 'left-0', '--out', 'both/graph.json'], dir);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/^kg: forget: no source "left-0" in the store/);
  });
});

describe('the import error log', () => {
  it('should append each internal failure with its file, stage and stack beside graph.json', () => {
    const { errorLogFor, logInternalFailures } = require('../../src/cli/commands/import') as typeof import('../../src/cli/commands/import');
    const out = join(mkdtempSync(join(tmpdir(), 'kg-error-log-')), 'out', 'graph.json');
    const log = errorLogFor(out);
    expect(log).toBe(join(out, '..', 'import-errors.log'));
    const stack = 'TypeError: boom\n    at extractDocument (src/extract/extract-document.ts:1:1)';
    logInternalFailures(log, [{ path: 'in/a.txt', code: 'E_INTERNAL', message: 'import: "in/a.txt" failed', internal: { stage: 'extract', stack } }]);
    logInternalFailures(log, [{ path: 'in/b.txt', code: 'E_INTERNAL', message: 'import: "in/b.txt" failed', internal: { stage: 'build', stack } }]);
    const text = readFileSync(log, 'utf8');
    expect(text).toMatch(/^--- \S+ in\/a\.txt \(extract\)\nTypeError: boom\n {4}at extractDocument/);
    expect(text).toContain('in/b.txt (build)');
  });
});
