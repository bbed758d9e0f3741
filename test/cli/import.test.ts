import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync, copyFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const KG = resolve(__dirname, '../../bin/kg.js');
const SEED = resolve(__dirname, '../../import/cabar-2022-01-ivar-dale-kazakhstan-protests.txt');

function kg(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [KG, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NEO4J_URI: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const GOOD = `Kyrgyz rights group condemns arrest of blogger

BISHKEK – The Bishkek-based human rights group Adilet Legal Clinic on Monday condemned the arrest of blogger Aibek Tursunov. "The authorities must release him at once," said Cholpon Djakupova, director of Adilet Legal Clinic.
`;

describe('kg import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-import-'));
  const sources = join(dir, 'sources');
  const out = join(dir, 'out', 'graph.json');
  execFileSync('mkdir', ['-p', sources]);
  writeFileSync(join(sources, 'good.txt'), GOOD);
  writeFileSync(join(sources, 'empty.txt'), '');
  writeFileSync(join(sources, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0x03]));
  writeFileSync(join(sources, 'latin1.txt'), Buffer.from('Caf\xe9 in Almaty, the authorities said.', 'latin1'));
  writeFileSync(join(sources, 'notes.pdf'), '%PDF-1.4');
  writeFileSync(join(sources, 'russian.txt'), 'Президент Токаев заявил, что власти Казахстана восстановили порядок в Алматы после беспорядков.');

  const first = kg(['import', sources, '--out', out], dir);

  it('should exit non-zero when any file fails, and still import the good ones', () => {
    expect(first.status).toBe(1);
    const graph = JSON.parse(readFileSync(out, 'utf8'));
    expect(graph.nodes.filter((n: { attributes: { kind: string } }) => n.attributes.kind === 'Source')).toHaveLength(1);
  });

  it('should print one clear line per bad file, naming the file, and no stack trace', () => {
    const lines = first.stderr
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('kg: '));
    for (const name of ['empty.txt', 'binary.txt', 'latin1.txt', 'notes.pdf', 'russian.txt']) {
      expect(lines.filter((l) => l.includes(name))).toHaveLength(1);
    }
    expect(first.stderr).not.toMatch(/\n\s+at /);
  });

  it('should end with a one-line summary of documents, entities, relations, stances and failures', () => {
    expect(first.stdout).toMatch(/Imported 1 document .*\d+ entities, \d+ relations, \d+ stances; 5 failed/);
  });

  it('should write the same graph.json byte for byte when the same files are imported again', () => {
    const before = readFileSync(out, 'utf8');
    kg(['import', sources, '--out', out, '--quiet'], dir);
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  it('should leave no temporary files beside graph.json', () => {
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('should add a newly imported source to what earlier imports brought in', () => {
    const more = join(dir, 'more');
    execFileSync('mkdir', ['-p', more]);
    copyFileSync(SEED, join(more, 'interview.txt'));
    const r = kg(['import', more, '--out', out, '--quiet'], dir);
    expect(r.status).toBe(0);
    const graph = JSON.parse(readFileSync(out, 'utf8'));
    expect(graph.nodes.filter((n: { attributes: { kind: string } }) => n.attributes.kind === 'Source')).toHaveLength(2);
  });

  it('should point every stance and relation at the verbatim text of its span', () => {
    const graph = JSON.parse(readFileSync(out, 'utf8'));
    const texts = new Map<string, string>();
    for (const n of graph.nodes) if (n.attributes.kind === 'Source') texts.set(n.key, readFileSync(resolve(dir, n.attributes.path), 'utf8').replace(/^\uFEFF/, ''));
    let checked = 0;
    for (const n of graph.nodes) {
      if (n.attributes.kind !== 'Stance') continue;
      expect(texts.get(n.attributes.source)!.slice(n.attributes.span[0], n.attributes.span[1])).toBe(n.attributes.quote);
      checked++;
    }
    for (const e of graph.edges) {
      if (!e.attributes.evidence) continue;
      for (const ev of e.attributes.evidence) expect(texts.get(ev.source)!.slice(ev.span[0], ev.span[1])).toBe(ev.quote);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('should write nothing and keep the old graph when every input fails', () => {
    const before = readFileSync(out, 'utf8');
    const r = kg(['import', join(sources, 'empty.txt'), '--out', out], dir);
    expect(r.status).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe(before);
    expect(r.stdout).toMatch(/Nothing written/);
  });

  it('should refuse an unknown option with a usage error', () => {
    const r = kg(['import', sources, '--frobnicate'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(
      'kg: import: unknown option "--frobnicate"; expected one of --out <value>, --neo4j, --no-neo4j, --quiet, --fresh, --max-size <value>, --wait <value>, --jobs <value>, --decisions <value>',
    );
  });

  it('should reject a file above --max-size with a message that says how to raise the limit', () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, GOOD.repeat(200));
    const r = kg(['import', big, '--out', join(dir, 'big', 'graph.json'), '--max-size', '10kb'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/big\.txt/);
    expect(existsSync(join(dir, 'big', 'graph.json'))).toBe(false);
  });
  it('should write the same graph.json bytes with one extraction worker and with two', () => {
    const many = join(dir, 'many');
    execFileSync('mkdir', ['-p', many]);
    copyFileSync(SEED, join(many, 'seed.txt'));
    writeFileSync(join(many, 'good.txt'), GOOD);
    writeFileSync(join(many, 'empty.txt'), '');
    const outOne = join(dir, 'jobs-1', 'graph.json');
    const outTwo = join(dir, 'jobs-2', 'graph.json');
    expect(kg(['import', many, '--out', outOne, '--quiet', '--jobs', '1'], dir).status).toBe(1);
    expect(kg(['import', many, '--out', outTwo, '--quiet', '--jobs', '2'], dir).status).toBe(1);
    expect(readFileSync(outTwo, 'utf8')).toBe(readFileSync(outOne, 'utf8'));
  });

  it('should refuse a --jobs that is not a positive number', () => {
    const r = kg(['import', sources, '--jobs', '0'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('kg: import: --jobs takes a number of worker threads from 1 to 999, got "0"');
  });
});

describe('kg import with links, FIFOs and odd file names', () => {
  it('should skip links and FIFOs in a folder with one line each, refuse a FIFO named on the command line, and keep every message on one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-import-odd-'));
    const folder = join(dir, 'in');
    execFileSync('mkdir', ['-p', folder]);
    writeFileSync(join(folder, 'good.txt'), GOOD);
    symlinkSync(join(folder, 'good.txt'), join(folder, 'link.txt'));
    execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
    writeFileSync(join(folder, 'two\nlines.pdf'), '%PDF-1.4');
    const fifo = join(dir, 'named.txt');
    execFileSync('mkfifo', [fifo]);
    const r = spawnSync(process.execPath, [KG, 'import', folder, fifo, '--out', join(dir, 'out', 'graph.json')], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, NEO4J_URI: '' },
    });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines.every((l) => l.startsWith('kg: '))).toBe(true);
    expect(lines.filter((l) => l.includes('skipped'))).toEqual([
      expect.stringMatching(/^kg: import: skipped ".*\/in\/link\.txt": a symbolic link/),
      expect.stringMatching(/^kg: import: skipped ".*\/in\/pipe\.txt": a FIFO \(named pipe\), not a regular file$/),
    ]);
    expect(lines.filter((l) => l.includes('named.txt'))).toEqual([expect.stringContaining('a FIFO (named pipe), not a regular file; only regular files are read')]);
    expect(lines.filter((l) => l.includes('two\\nlines.pdf'))).toHaveLength(1);
    expect(r.stdout).toMatch(/Imported 1 document .*; 2 failed/);
  });
});
