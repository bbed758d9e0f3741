import { isReportSource } from '../../src/extract/report-source';
import { tokenizeBlocks } from '../../src/extract/tokenize';
import type { ResolvedMention } from '../../src/extract/resolved-mention';
import { stancesOf } from '../helpers/stances-of';

/** A mention over the first occurrence of `name` in `text`, as far as isReportSource reads one. */
function mentionIn(text: string, name: string) {
  const { tokens } = tokenizeBlocks(text, [[0, text.length]]);
  const start = tokens.findIndex((t) => t.start === text.indexOf(name));
  const end = tokens.findIndex((t) => t.end === text.indexOf(name) + name.length) + 1;
  return { tokens, m: { tokenStart: start, tokenEnd: end, sentence: tokens[start]!.sentence } as ResolvedMention };
}

describe('isReportSource', () => {
  it('should read the body after "a letter from" or "complaints by" as the source of an account', () => {
    const a = mentionIn('The mayor received a letter from the Naryn Herders Union about the beating of two shepherds.', 'Naryn Herders Union');
    expect(isReportSource(a.tokens, a.m)).toBe(true);
    const b = mentionIn('The court heard complaints by the Osh Bar Association on the treatment of detainees.', 'Osh Bar Association');
    expect(isReportSource(b.tokens, b.m)).toBe(true);
  });

  it('should read an apposed noun and a bracketed acronym as part of the source', () => {
    const text = 'The office received a petition from the regional watchdog Steppe Monitor (SM) on abuses in custody.';
    const a = mentionIn(text, 'SM');
    expect(isReportSource(a.tokens, a.m)).toBe(true);
  });

  it('should read a body that publishes information as its source', () => {
    const a = mentionIn('Steppe Monitor has also published information about abuses in the Naryn jail.', 'Steppe Monitor');
    expect(isReportSource(a.tokens, a.m)).toBe(true);
  });

  it('should not read the agent of an act as a source: "detained by the police"', () => {
    const a = mentionIn('Two shepherds were detained by the Naryn police on Sunday.', 'Naryn police');
    expect(isReportSource(a.tokens, a.m)).toBe(false);
  });
});

describe('the account a letter gives, in a statement', () => {
  const HEAD = 'Statement by the Ministry of Water of Kyrgyzstan\n\n';

  it('should not charge the sender of the letter, nor those the letter accuses, in the ministry’s voice', () => {
    const text = `${HEAD}The Ministry of Water of Kyrgyzstan has received a letter from the Naryn Herders Union with information on the excessive use of force by the Naryn police.`;
    expect(stancesOf(text).filter((s) => s.polarity === 'oppose')).toEqual([]);
  });

  it('should still read a judgement of the report itself as aimed at its source', () => {
    const text = `${HEAD}The Ministry of Water of Kyrgyzstan rejected the report by the Naryn Herders Union on the excessive use of force.`;
    expect(stancesOf(text).map((s) => `${s.holder} -> ${s.target} ${s.polarity}`)).toContain('Ministry of Water of Kyrgyzstan -> Naryn Herders Union oppose');
  });
});
