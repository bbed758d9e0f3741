import groupNouns from '../../gazetteer/lexicon/group-nouns.json';
import { GroupNounsFile } from '../../schema/gazetteer';
import { GROUP_NOUNS } from '../../src/read/name-patterns';

describe('the one group-noun file', () => {
  it('should give the reader its speaker nouns from gazetteer/lexicon/group-nouns.json', () => {
    const file = GroupNounsFile.parse(groupNouns);
    expect([...GROUP_NOUNS].sort()).toEqual([...new Set(file.speakerNouns)].sort());
    expect(GROUP_NOUNS.has('spokesman')).toBe(true);
  });

  it('should refuse a speaker noun written with a capital or a space', () => {
    expect(GroupNounsFile.safeParse({ ...groupNouns, speakerNouns: ['Press Secretary'] }).success).toBe(false);
  });
});
