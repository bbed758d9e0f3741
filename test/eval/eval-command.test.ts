import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/commands/eval';
import { isKgError } from '../../src/errors/kg-error';

const TEXT = 'Aida Bekova praised the OSCE.';
const dir = mkdtempSync(join(tmpdir(), 'kg-eval-'));
const write = (name: string, content: string) => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};
write('report.txt', `\uFEFF${TEXT}`);
const gold = write(
  'report.gold.json',
  JSON.stringify({
    source: 'report.txt',
    entities: [
      { label: 'Aida Bekova', kind: 'Person' },
      { label: 'OSCE', kind: 'Organisation' },
    ],
    relations: [],
    stances: [{ holder: 'Aida Bekova', target: 'OSCE', polarity: 'support', quote: 'Aida Bekova praised the OSCE.' }],
  }),
);
const graph = write(
  'graph.json',
  JSON.stringify({
    options: { type: 'directed', multi: false, allowSelfLoops: false },
    nodes: [
      { key: 'source:r', attributes: { kind: 'Source', label: 'r', aliases: [], path: join(dir, 'report.txt') } },
      { key: 'n:aida-bekova', attributes: { kind: 'Person', label: 'Aida Bekova', aliases: [] } },
      { key: 'n:un', attributes: { kind: 'Organisation', label: 'UN', aliases: [] } },
      {
        key: 'stance:1',
        attributes: {
          kind: 'Stance',
          label: 's',
          aliases: [],
          polarity: 'support',
          code: '051',
          quote: TEXT,
          span: [0, TEXT.length],
          source: 'source:r',
          holder: 'n:aida-bekova',
          target: 'n:un',
        },
      },
    ],
    edges: [
      { source: 'n:aida-bekova', target: 'source:r', attributes: { type: 'MENTIONED_IN', count: 1 } },
      { source: 'n:un', target: 'source:r', attributes: { type: 'MENTIONED_IN', count: 1 } },
    ],
  }),
);

async function captureRun(args: string[]): Promise<{ code: number; out: string }> {
  const chunks: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    const code = await run(args);
    return { code, out: chunks.join('') };
  } finally {
    spy.mockRestore();
  }
}

async function errorOf(args: string[]): Promise<{ code: string; message: string }> {
  try {
    await run(args);
  } catch (error) {
    if (isKgError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a KgError');
}

describe('kg eval', () => {
  it('should print the score table and the missed and spurious lists', async () => {
    const { code, out } = await captureRun([gold, graph]);
    expect(code).toBe(0);
    expect(out).toMatch(/entities\s+2\s+2\s+1\s+0\.500\s+0\.500\s+0\.500/);
    expect(out).toContain('missed entities (1)');
    expect(out).toContain('Organisation "OSCE"');
    expect(out).toContain('spurious stances (1)');
  });

  it('should print the same figures as JSON with --json', async () => {
    const { out } = await captureRun([gold, graph, '--json']);
    const report = JSON.parse(out);
    expect(report.scores.entities).toMatchObject({ gold: 2, predicted: 2, matched: 1 });
    expect(report.stances.spurious).toHaveLength(1);
  });

  it('should refuse a missing graph file with one line naming it', async () => {
    const error = await errorOf([gold, join(dir, 'nope.json')]);
    expect(error.code).toBe('E_NOT_FOUND');
    expect(error.message).toContain('nope.json');
    expect(error.message).not.toContain('\n');
  });

  it('should refuse a gold file whose quote is not in the source', async () => {
    const bad = write(
      'bad.gold.json',
      JSON.stringify({
        source: 'report.txt',
        entities: [{ label: 'A', kind: 'Person' }],
        relations: [],
        stances: [{ holder: 'A', target: 'A', polarity: 'neutral', quote: 'nowhere' }],
      }),
    );
    const error = await errorOf([bad, graph]);
    expect(error.code).toBe('E_GOLD');
    expect(error.message).toContain('not found verbatim');
  });

  it('should refuse to run without both files', async () => {
    expect((await errorOf([gold])).code).toBe('E_USAGE');
  });
});
