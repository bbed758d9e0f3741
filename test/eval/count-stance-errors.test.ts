import { countStanceErrors, formatStanceErrors } from '../../src/eval/count-stance-errors';
import type { EvalReport } from '../../src/eval/evaluate-graph';

const gold = (holder: string, target: string, nearest?: string) => ({ holder, target, polarity: 'oppose' as const, quote: 'q', ...(nearest ? { nearest } : {}) });
const predicted = (holderGold: string | null, targetGold: string | null) => ({
  key: 'k',
  holder: 'h',
  target: 't',
  polarity: 'oppose',
  code: null,
  quote: 'q',
  span: null,
  holderGold,
  targetGold,
});

// Only the fields the counter reads; the rest of a report does not matter to it.
const report = {
  entities: {
    goldOf: new Map([
      ['p1', 'Aida Bekova'],
      ['p2', 'Ministry of Water'],
    ]),
  },
  stances: {
    matched: [],
    missed: [
      gold('Rustam Nazarov', 'Ministry of Water'),
      gold('Aida Bekova', 'Osh Farmers'),
      gold('Aida Bekova', 'Ministry of Water', 'x -> y'),
      gold('Aida Bekova', 'Ministry of Water'),
    ],
    spurious: [predicted(null, 'Ministry of Water'), predicted('Aida Bekova', null), predicted('Aida Bekova', 'Ministry of Water')],
  },
} as unknown as EvalReport;

describe('countStanceErrors', () => {
  it('should tell a missed holder from a missed target and from a sentence judged wrongly', () => {
    expect(countStanceErrors([report]).missed).toEqual({ holderNotFound: 1, targetNotFound: 1, otherPairAtQuote: 1, nothingAtQuote: 1 });
  });

  it('should count spurious stances by whether their holder and target are gold entities', () => {
    expect(countStanceErrors([report]).spurious).toEqual({ holderNotGold: 1, targetNotGold: 1, bothGold: 1 });
  });

  it('should print counts only, with no name from the texts', () => {
    const line = formatStanceErrors(countStanceErrors([report]));
    expect(line).toContain('missed 4');
    expect(line).not.toMatch(/Bekova|Ministry/);
  });
});
