import { countCameoCodes, formatCameoCodes } from '../../src/eval/count-cameo-codes';
import type { EvalReport } from '../../src/eval/evaluate-graph';

const stance = (code: string | null) => ({ key: `s:${code}`, holder: 'a', target: 'b', polarity: 'oppose', code, quote: 'q', span: null });

/** Only the stance matching is read; the rest of a report does not matter here. */
const report = (matched: (string | null)[], spurious: (string | null)[]) =>
  ({
    stances: {
      matched: matched.map((code) => ({ gold: {}, predicted: stance(code), polarityAgrees: true, codeAgrees: null })),
      missed: [],
      spurious: spurious.map((code) => ({ ...stance(code), holderGold: null, targetGold: null })),
    },
  }) as unknown as EvalReport;

describe('countCameoCodes', () => {
  it('should count the codes of matched and spurious stances together, most frequent first', () => {
    const codes = countCameoCodes([report(['111', '051'], ['111']), report(['1122'], [null])]);
    expect(codes.map((c) => [c.code, c.count])).toEqual([
      ['111', 2],
      ['051', 1],
      ['1122', 1],
      ['none', 1],
    ]);
    expect(codes[0]!.name).toBe('Criticize or denounce');
  });

  it('should say how many stances the line counts', () => {
    expect(formatCameoCodes(countCameoCodes([report(['020'], [])]))).toBe('CAMEO codes produced (1 stances): 020 Make an appeal or request 1');
  });
});
