import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knowledge } from '../../src/extract/knowledge';
import { loadKnowledge } from '../../src/extract/knowledge-from-gazetteer';
import { importSources } from '../../src/pipeline/import-sources';

const FIRST = `Kyrgyz lawyer warns of new media law

BISHKEK – Aida Bekova, director of the Bishkek-based legal clinic Adilet Plus, said on Monday that the new media law would silence independent journalists. "Parliament must withdraw this law," Bekova said.`;

const SECOND = `Media law passes second reading

The Kyrgyz parliament approved the media law on Thursday. Bekova criticised the vote and called on President Sadyr Japarov to veto the law.`;

describe('importSources', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-pipeline-'));
  writeFileSync(join(dir, 'a-first.txt'), FIRST);
  writeFileSync(join(dir, 'b-second.txt'), SECOND);
  writeFileSync(join(dir, 'c-empty.md'), '   \n');

  it('should import the good files and list the bad one as a failure with its code', async () => {
    const result = await importSources([dir]);
    expect(result.imported.map((x) => x.source.id)).toEqual(['a-first', 'b-second']);
    expect(result.failures).toEqual([expect.objectContaining({ code: 'E_EMPTY' })]);
    expect(result.failures[0]!.message).toContain('c-empty.md');
  });

  it('should make a surname in one source and the full name in another one node', async () => {
    const { graph } = await importSources([dir]);
    const people = graph.filterNodes((_, a) => a.kind === 'Person' && /Bekova/.test(a.label));
    expect(people).toEqual(['n:aida-bekova']);
    const sources = graph.outNeighbors('n:aida-bekova').filter((n) => n.startsWith('source:'));
    expect(sources.sort()).toEqual(['source:a-first', 'source:b-second']);
  });

  it('should let a source imported again replace its earlier extraction', async () => {
    const first = await importSources([join(dir, 'a-first.txt')]);
    const again = await importSources([join(dir, 'a-first.txt')], { previous: first.imported });
    expect(again.extractions).toHaveLength(1);
    expect(JSON.stringify(again.graph.export())).toBe(JSON.stringify(first.graph.export()));
  });

  it('should refuse to run without inputs', async () => {
    await expect(importSources([])).rejects.toMatchObject({ code: 'E_USAGE' });
  });
});

/** The project's knowledge, except that any lookup of the word "Zorblax" hits a bug. */
function knowledgeWithBug(): Knowledge {
  const real = loadKnowledge();
  return new Proxy(real, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (JSON.stringify(args).includes('Zorblax')) throw new TypeError('Cannot read properties of undefined (reading "zorblax")');
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

describe('importSources with a document that hits a bug', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-pipeline-bug-'));
  writeFileSync(join(dir, 'a-first.txt'), FIRST);
  writeFileSync(join(dir, 'b-broken.txt'), 'Zorblax envoy arrives\n\nThe Zorblax envoy Timur Aliev met journalists in the capital on Friday.');
  writeFileSync(join(dir, 'c-second.txt'), SECOND);

  it('should fail that document alone, with its stage and stack, and import the others', async () => {
    const result = await importSources([dir], { knowledge: knowledgeWithBug() });
    expect(result.imported.map((x) => x.source.id)).toEqual(['a-first', 'c-second']);
    expect(result.failures).toHaveLength(1);
    const [failure] = result.failures;
    expect(failure).toMatchObject({ code: 'E_INTERNAL', internal: { stage: 'extract' } });
    expect(failure!.message).toContain('b-broken.txt');
    expect(failure!.message).toContain('internal error while extracting');
    expect(failure!.internal!.stack).toMatch(/TypeError: Cannot read properties of undefined[\s\S]*\n\s+at /);
    expect(result.graph.hasNode('source:a-first') && result.graph.hasNode('source:c-second')).toBe(true);
    expect(result.graph.hasNode('source:b-broken')).toBe(false);
  });

  it('should refuse a different file under a source id the store already has, and let the same file replace itself', async () => {
    const other = mkdtempSync(join(tmpdir(), 'kg-pipeline-clash-'));
    writeFileSync(join(other, 'a-first.txt'), SECOND);
    const first = await importSources([join(dir, 'a-first.txt')]);
    const clash = await importSources([join(other, 'a-first.txt')], { previous: first.imported });
    expect(clash.imported).toEqual([]);
    expect(clash.failures).toEqual([expect.objectContaining({ code: 'E_METADATA' })]);
    expect(clash.failures[0]!.message).toContain('already used in the store');
    expect(clash.extractions.map((x) => x.source.sha256)).toEqual(first.imported.map((x) => x.source.sha256));

    const path = join(other, 'a-first.txt');
    const own = await importSources([path]);
    writeFileSync(path, `${SECOND}\nBekova repeated her call on Tuesday.`);
    const edited = await importSources([path], { previous: own.imported });
    expect(edited.failures).toEqual([]);
    expect(edited.extractions).toHaveLength(1);
    expect(edited.extractions[0]!.source.sha256).not.toBe(own.imported[0]!.source.sha256);
  });
});

describe('importSources with a broken sources.json', () => {
  it('should report the broken sources.json once, with how many files it kept out, not once per file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-pipeline-meta-'));
    writeFileSync(join(dir, 'a.txt'), FIRST);
    writeFileSync(join(dir, 'b.txt'), SECOND);
    writeFileSync(join(dir, 'sources.json'), '[{"file": "a.txt",}]');
    const result = await importSources([dir]);
    expect(result.imported).toEqual([]);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]!.code).toBe('E_METADATA');
    expect(result.failures[0]!.message).toMatch(/sources\.json": not valid JSON .*; the 2 source files beside it were not imported$/);
  });
});
