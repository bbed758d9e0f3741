import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadStore, storeDirFor, storeFileName, updateStore } from '../../src/write/extraction-store';
import { extractionWithStance } from '../helpers/extraction-fixture';

const bekova = { id: 'n:aida-bekova', kind: 'Person' as const, label: 'Aida Bekova', aliases: [] };
const kyrgyzstan = { id: 'Q813', kind: 'Country' as const, label: 'Kyrgyzstan', aliases: [], wikidata: 'Q813' };
const doc = (id: string) => extractionWithStance(id, 'Aida Bekova criticised Kyrgyzstan.', bekova, kyrgyzstan);

describe('the extraction store', () => {
  it('should keep the sources of two graph files in one folder apart', () => {
    expect(storeDirFor(join('out', 'graph.json'))).toBe(join('out', 'graph.sources'));
    expect(storeDirFor(join('out', 'other.json'))).not.toBe(storeDirFor(join('out', 'graph.json')));
  });

  it('should bound store file names for a 250-character id and for 120 Cyrillic letters, and keep them distinct', () => {
    const long = 'a'.repeat(250);
    const cyrillic = 'ж'.repeat(120);
    for (const id of [long, cyrillic, `${long}b`]) expect(Buffer.byteLength(storeFileName(id))).toBeLessThanOrEqual(120);
    expect(storeFileName(long)).not.toBe(storeFileName(`${long}b`));
    expect(storeFileName('report')).toMatch(/^report-[0-9a-f]{16}\.json$/);

    const dir = join(mkdtempSync(join(tmpdir(), 'kg-store-')), 'graph.sources');
    updateStore(dir, { put: [doc(long), doc(cyrillic)] });
    expect(
      loadStore(dir)
        .map((x) => x.source.id)
        .sort(),
    ).toEqual([long, cyrillic].sort());
  });

  it('should leave the store as it was when writing one of the new files fails', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kg-store-')), 'graph.sources');
    updateStore(dir, { put: [doc('first')] });
    const before = readdirSync(dir).sort();
    // A folder where the second file's temporary must go: opening it for writing fails.
    mkdirSync(join(dir, `.${storeFileName('third')}.${process.pid}.tmp`));
    expect(() => updateStore(dir, { put: [doc('second'), doc('third')], remove: ['first'] })).toThrow();
    expect(loadStore(dir).map((x) => x.source.id)).toEqual(['first']);
    expect(
      readdirSync(dir)
        .filter((n) => n.endsWith('.json'))
        .sort(),
    ).toEqual(before);
  });

  it('should remove the given sources, or every other source with replaceAll', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kg-store-')), 'graph.sources');
    updateStore(dir, { put: [doc('a'), doc('b'), doc('c')] });
    updateStore(dir, { put: [], remove: ['b'] });
    expect(loadStore(dir).map((x) => x.source.id)).toEqual(['a', 'c']);
    updateStore(dir, { put: [doc('d')], replaceAll: true });
    expect(loadStore(dir).map((x) => x.source.id)).toEqual(['d']);
  });
});
