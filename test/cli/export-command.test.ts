import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const KG = resolve(__dirname, '../../bin/kg.js');
const env = { ...process.env, NEO4J_URI: '' };
const kg = (args: string[], cwd: string) => spawnSync(process.execPath, [KG, ...args], { cwd, encoding: 'utf8', env });

describe('kg export --format neo4j-admin', () => {
  it('should export the graph as graph.json holds it: a surname in one source joined to the full name in another', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-export-cli-'));
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src', 'a.txt'), 'Water talks\n\nAida Bekova of the Osh Water Forum criticised the dam plan on Monday.\n');
    writeFileSync(join(dir, 'src', 'b.txt'), 'Dam report\n\nBekova praised the engineers of the Osh Water Forum on Tuesday.\n');
    expect(kg(['import', 'src', '--out', 'out/graph.json', '--quiet'], dir).status).toBe(0);
    const r = kg(['export', '--format', 'neo4j-admin', 'exp', '--file', 'out/graph.json', '--quiet'], dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const graph = JSON.parse(readFileSync(join(dir, 'out', 'graph.json'), 'utf8')) as { nodes: { key: string; attributes: { kind: string } }[] };
    const people = graph.nodes.filter((n) => n.attributes.kind === 'Person').map((n) => `"${n.key}"`);
    const exported = readFileSync(join(dir, 'exp', 'nodes-Person.csv'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(',')[0]);
    expect(exported.sort()).toEqual(people.sort());
    expect(exported).toEqual(['"n:aida-bekova"']);
  });
});
