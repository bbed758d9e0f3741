import { withForbiddenHarm } from '../../src/extract/forbidden-harm';
import { compileCues, matchCues } from '../../src/extract/match-cues';
import { STANCE_ENTRIES } from '../../src/extract/stance-lexicon';
import { tokenizeBlocks } from '../../src/extract/tokenize';
import { stancesOf } from '../helpers/stances-of';

const CUES = compileCues(STANCE_ENTRIES);

/** The lemmas of the cues of `text` that stay stated (not negated) once forbidden harm is ruled out. */
function stated(text: string): string[] {
  const { tokens } = tokenizeBlocks(text, [[0, text.length]]);
  return withForbiddenHarm(tokens, matchCues(tokens, 0, tokens.length, CUES))
    .filter((h) => !h.negated)
    .map((h) => h.cue.lemma);
}

describe('withForbiddenHarm', () => {
  it('should rule out the harm a verb forbids, and the forbidding itself', () => {
    expect(stated('The new code prohibits the torture of detainees.')).not.toContain('torture');
    expect(stated('The new code prohibits the torture of detainees.')).not.toContain('prohibit');
  });

  it('should keep harm stated past a clause boundary', () => {
    expect(stated('The mayor banned the rally, and the police beat the marchers.')).toContain('beat');
  });

  it('should keep harm that nothing forbids', () => {
    expect(stated('Two detainees were tortured in Naryn.')).toContain('torture');
  });
});

describe('an appeal to uphold a law that forbids harm', () => {
  it('should be an appeal to the body asked, not a charge against it', () => {
    const text = 'President Japarov has called on the Interior Ministry to respect the Constitution, which prohibits the use of torture.';
    const about = stancesOf(text).filter((s) => s.target === 'Interior Ministry');
    expect(about.map((s) => s.polarity)).toEqual(['neutral']);
    expect(about.map((s) => s.code)).toEqual(['020']);
  });
});
