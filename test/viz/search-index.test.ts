import { buildSearchIndex, normaliseForSearch, searchNodes } from '../../viz/src/search-index';
import { createViewGraph } from '../../viz/src/view-graph';
import { sampleGraphJson, XSS_NAME } from './fixtures/sample-graph';

const graph = createViewGraph(sampleGraphJson());
const index = buildSearchIndex(graph);

describe('search', () => {
  it('should normalise accents, case and punctuation', () => {
    expect(normaliseForSearch('Kassym-Jomart  TOKAYEV')).toBe('kassym jomart tokayev');
    expect(normaliseForSearch('Évgeniy')).toBe('evgeniy');
  });

  it('should find "Tokayev" by the last word of his full name first', () => {
    const [first] = searchNodes(index, 'Tokayev');
    expect(first?.key).toBe('Q2740');
    expect(first?.label).toBe('Kassym-Jomart Tokayev');
  });

  it('should find a node through an alias and say which alias matched', () => {
    const [first] = searchNodes(index, 'csto');
    expect(first?.key).toBe('n:csto');
    expect(first?.alias).toBe('CSTO');
  });

  it('should complete a prefix', () => {
    expect(searchNodes(index, 'kaz').map((hit) => hit.key)).toEqual(['Q232']);
  });

  it('should not index stances, whose labels are quotes', () => {
    expect(searchNodes(index, 'unacceptable')).toEqual([]);
  });

  it('should return nothing for an empty query and respect the limit and the filter', () => {
    expect(searchNodes(index, '  ')).toEqual([]);
    expect(searchNodes(index, 'a', { limit: 2 })).toHaveLength(2);
    expect(searchNodes(index, 'tokayev', { accept: (key) => key !== 'Q2740' }).map((h) => h.key)).not.toContain('Q2740');
  });

  it('should find a name made of markup as plain text', () => {
    expect(searchNodes(index, 'onerror')[0]?.label).toBe(XSS_NAME);
  });
});

describe('search ranking over many names', () => {
  // A deterministic pile of names with collisions, to compare the streaming top-k with a full sort.
  const syllables = ['ka', 'zy', 'bek', 'nur', 'tok', 'ayev', 'ova', 'stan'];
  const entries = Array.from({ length: 2_000 }, (_, i) => {
    const label = `${syllables[i % 8]}${syllables[(i * 7) % 8]} ${syllables[(i * 3) % 8]}${syllables[(i * 5) % 8]}`;
    const names = [label, ...(i % 3 === 0 ? [`${syllables[(i * 11) % 8]}${i % 10}`] : [])];
    return { key: `k${i}`, label, kind: 'Person' as const, names, terms: names.map(normaliseForSearch), weight: (i * 37) % 13 };
  });

  it('should return the same first ten as ranking every match', () => {
    for (const query of ['k', 'ka', 'tok', 'ayev', 'zy tok', 'nur5']) {
      const hits = searchNodes(entries, query, { limit: 10 });
      const all = searchNodes(entries, query, { limit: 100_000 });
      expect(hits).toEqual(all.slice(0, 10));
      for (let i = 1; i < all.length; i++) expect(all[i - 1]!.rank).toBeLessThanOrEqual(all[i]!.rank);
    }
  });
});
