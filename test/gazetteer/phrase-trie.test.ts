import { PhraseTrie } from '../../src/gazetteer/phrase-trie';

describe('PhraseTrie', () => {
  const trie = new PhraseTrie<string>({ caseFreeWords: new Set(['of', 'committee']), acceptsDomainMatch: (v) => v.startsWith('org:') });
  trie.add('Helsinki Committee', 'org:nhc', 'proper');
  trie.add('Norwegian Helsinki Committee', 'org:nhc-no', 'proper');
  trie.add('SCO', 'org:sco', 'exact');
  trie.add('human rights defenders', 'group:hrd', 'any');
  trie.add('Vlast', 'org:vlast', 'proper');
  trie.add('Vlast', 'place:vlast', 'proper');

  it('should return the longest phrase and its token length', () => {
    expect(trie.longestMatch(['Norwegian', 'Helsinki', 'Committee', 'said'], 0)).toEqual({ values: ['org:nhc-no'], length: 3, viaDomain: false });
    expect(trie.longestMatch(['Norwegian', 'Helsinki', 'Group'], 0)).toBeUndefined();
    expect(trie.longestMatch(['the', 'Helsinki', 'committee'], 1)).toMatchObject({ values: ['org:nhc'], length: 2 });
  });

  it('should match nothing at a position before the first token', () => {
    expect(trie.longestMatch(['Helsinki', 'Committee'], -1)).toBeUndefined();
  });

  it('should apply each case rule', () => {
    expect(trie.longestMatch(['Sco'], 0)).toBeUndefined();
    expect(trie.longestMatch(['SCO'], 0)).toMatchObject({ values: ['org:sco'] });
    expect(trie.longestMatch(['helsinki', 'Committee'], 0)).toBeUndefined();
    expect(trie.longestMatch(['Human', 'Rights', 'DEFENDERS'], 0)).toMatchObject({ values: ['group:hrd'], length: 3 });
  });

  it('should return every value a phrase carries', () => {
    expect(trie.lookup('Vlast')).toEqual(['org:vlast', 'place:vlast']);
  });

  it('should match through a domain ending only the values that accept it', () => {
    expect(trie.longestMatch(['Vlast.kz'], 0)).toEqual({ values: ['org:vlast'], length: 1, viaDomain: true });
  });

  it('should refuse a phrase with no letters or digits', () => {
    expect(trie.add('—', 'nothing', 'any')).toBe(false);
  });
});
