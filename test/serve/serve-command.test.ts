/**
 * `kg serve` and `kg viz export` as a user runs them: bin/kg.js in a child process.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sampleGraphJson } from '../viz/fixtures/sample-graph';

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '../..');
const KG = path.join(ROOT, 'bin', 'kg.js');
const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-serve-command-'));
const graphFile = path.join(dir, 'graph.json');
writeFileSync(graphFile, JSON.stringify(sampleGraphJson()));

const kg = (args: string[]) => spawnSync(process.execPath, [KG, ...args], { cwd: ROOT, encoding: 'utf8' });

describe('kg viz export', () => {
  it('should write one page with the graph inside', () => {
    const out = path.join(dir, 'share');
    const result = kg(['viz', 'export', '--out', out, '--file', graphFile]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Wrote .*index\.html \(13 nodes, 28 edges/);
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(html).toContain('id="kg-data"');
    expect(html).not.toMatch(/src="[^"]*viewer\.js"/);
  });

  it('should export from Neo4j when no file is given', () => {
    const out = path.join(dir, 'from-db');
    const result = kg(['viz', 'export', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(existsSync(path.join(out, 'index.html'))).toBe(true);
  });

  it('should refuse an archive-sized graph in one line that names the limit and kg serve', () => {
    const big = path.join(dir, 'archive.json');
    const graph = sampleGraphJson();
    const nodes = Array.from({ length: 15_001 }, (_, i) => ({ key: `n:e${i}`, attributes: { kind: 'Person', label: `Person ${i}`, aliases: [], mentions: 1 } }));
    writeFileSync(big, JSON.stringify({ ...graph, nodes, edges: [] }));
    const out = path.join(dir, 'too-big');
    const result = kg(['viz', 'export', '--out', out, '--file', big]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `kg: viz export: the graph has 15,001 nodes, more than the 15,000 a self-contained page can hold (it inlines the whole graph, with no server to load the rest on demand); run "kg serve --file ${big}" instead, which opens an archive on its overview and expands nodes as you go\n`,
    );
    expect(existsSync(path.join(out, 'index.html'))).toBe(false);
  });

  it('should say in one line what is wrong with its arguments', () => {
    const result = kg(['viz', 'export']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('kg: viz export: --out <dir> is required\n');
  });
});

describe('kg serve', () => {
  it('should name a missing graph file in one line', () => {
    const result = kg(['serve', '--file', path.join(dir, 'nope.json'), '--port', '0']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`kg: serve: cannot read "${path.join(dir, 'nope.json')}": no such file (run "kg import" first)\n`);
  });

  it('should print its loopback address, serve the API and stop cleanly', async () => {
    const child = spawn(process.execPath, [KG, 'serve', '--file', graphFile, '--port', '0'], { cwd: ROOT });
    let stdout = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const found = stdout.match(/Viewer: (http:\/\/127\.0\.0\.1:\d+\/)/);
        if (found) resolve(found[1]!);
      });
      child.on('exit', (code) => reject(new Error(`kg serve exited with ${code}: ${stdout}`)));
    });
    const graph = (await (await fetch(`${url}api/graph`)).json()) as { nodes: unknown[] };
    expect(graph.nodes).toHaveLength(13);
    expect((await fetch(url)).headers.get('content-security-policy')).toContain('worker-src blob:');
    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });
});
