import type { LexiconEntry } from '../../schema/lexicon';
import { countRuleFirings } from '../../src/eval/count-rule-firings';

const entry = (lemma: string, kind: LexiconEntry['kind'], pos?: LexiconEntry['pos']): LexiconEntry => ({
  lemma,
  kind,
  ...(pos ? { pos } : {}),
  ...(kind === 'evaluative' ? { polarity: 'oppose' as const, code: '111' as const } : {}),
  weight: 3,
  example: 'An example sentence of our own.',
});

describe('countRuleFirings', () => {
  const entries = [entry('criticize', 'evaluative', ['VERB']), entry('praise', 'evaluative', ['VERB']), entry('urge', 'appeal')];
  const firings = countRuleFirings(
    [
      { name: 'a.txt', text: 'The union criticised the council. The mayor criticizes the union.' },
      { name: 'b.txt', text: 'Farmers criticised the water board and urged it to act.' },
    ],
    entries,
  );
  const of = (lemma: string) => firings.find((f) => f.rule.startsWith(`${lemma} `))!;

  it('should count hits on lemmas and the texts they occur in', () => {
    expect(of('criticize')).toMatchObject({ hits: 3, texts: 2, firstText: 'a.txt' });
  });

  it('should name the one text a rule fires in, and list a rule that never fires', () => {
    expect(of('urge')).toMatchObject({ hits: 1, texts: 1, firstText: 'b.txt' });
    expect(of('praise')).toMatchObject({ hits: 0, texts: 0, firstText: null });
  });
});
