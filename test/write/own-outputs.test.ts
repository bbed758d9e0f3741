import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { listSourceFiles } from '../../src/read/list-source-files';
import { ownOutputsOf } from '../../src/write/own-outputs';

const KG = resolve(__dirname, '../../bin/kg.js');

describe('the import leaves its own outputs out of a source folder', () => {
  it('should recognise the graph file, its lock and temporary files, its store and the error log', () => {
    const own = ownOutputsOf('/data/out/graph.json');
    expect(own('/data/out/graph.json')).toBe(true);
    expect(own('/data/out/graph.json.lock')).toBe(true);
    expect(own('/data/out/graph.json.tmp-1234')).toBe(true);
    expect(own('/data/out/graph.sources')).toBe(true);
    expect(own('/data/out/graph.sources/a-1f2e.json')).toBe(true);
    expect(own('/data/out/graph.cache/a-1f2e.json')).toBe(true);
    expect(own('/data/out/import-errors.log')).toBe(true);
    expect(own('/data/out/notes.txt')).toBe(false);
    expect(own('/data/graph.json')).toBe(false);
  });

  it('should walk a folder without the excluded paths and keep every other file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-own-outputs-'));
    mkdirSync(join(dir, 'out', 'graph.sources'), { recursive: true });
    writeFileSync(join(dir, 'story.txt'), 'A story.\n');
    writeFileSync(join(dir, 'out', 'graph.json'), '{}');
    writeFileSync(join(dir, 'out', 'graph.json.lock'), '1');
    writeFileSync(join(dir, 'out', 'graph.sources', 's.json'), '{}');
    writeFileSync(join(dir, 'out', 'kept.md'), '# Kept\n');
    const files = listSourceFiles([dir], { exclude: ownOutputsOf(join(dir, 'out', 'graph.json')) });
    expect(files).toEqual([join(dir, 'out', 'kept.md'), join(dir, 'story.txt')]);
  });

  it('should import a folder twice into an output inside it with no failure', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-own-outputs-cli-'));
    writeFileSync(join(dir, 'story.txt'), 'Water talks\n\nAida Bekova of the Osh Water Forum criticised the plan on Monday.\n');
    const env = { ...process.env, NEO4J_URI: '' };
    for (let run = 0; run < 2; run++) {
      const r = spawnSync(process.execPath, [KG, 'import', '.', '--out', 'out/graph.json', '--quiet'], { cwd: dir, encoding: 'utf8', env });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
  });
});
