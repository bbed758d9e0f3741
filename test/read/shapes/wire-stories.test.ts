/**
 * Wire stories: a dateline in the forms agencies write it opens the first paragraph; it names a
 * place (a mention) but is nobody's voice and no sentence's subject. Reported speech ("X said",
 * "said <role> X", "according to X") gives the voices. Texts written for these tests.
 */
import { findDateline } from '../../../src/read/find-dateline';
import { readAndExtract } from '../../helpers/read-and-extract';

const at = (text: string) => {
  const d = findDateline(text, [0, text.length]);
  return d ? { dateline: text.slice(...d.span), rest: text.slice(d.textStart) } : null;
};

describe('findDateline', () => {
  it('should read the forms agencies write a dateline in', () => {
    expect(at('ALMATY, Jan 12 (Reuters) - A court jailed an activist.')).toEqual({ dateline: 'ALMATY, Jan 12 (Reuters)', rest: 'A court jailed an activist.' });
    expect(at('BISHKEK — Police detained three journalists.')).toEqual({ dateline: 'BISHKEK', rest: 'Police detained three journalists.' });
    expect(at('DUSHANBE, Tajikistan (AP) — A court sentenced a blogger.')).toEqual({ dateline: 'DUSHANBE, Tajikistan (AP)', rest: 'A court sentenced a blogger.' });
    expect(at('Almaty, 3 June 2025 – The group called for calm.')).toEqual({ dateline: 'Almaty, 3 June 2025', rest: 'The group called for calm.' });
  });

  it('should not take a sentence that opens with a name and a dash for a dateline', () => {
    expect(at('Kazakhstan, a country of twenty million – and growing – needs water.')).toBeNull();
    expect(at('Tokayev — who rarely speaks to the press — said nothing.')).toBeNull();
  });
});

describe('a Reuters-style story', () => {
  const TEXT = `Kazakh court jails opposition activist

ALMATY, Jan 12 (Reuters) - A court in Kazakhstan jailed an opposition activist for five years on Tuesday, his lawyer said.

"The Prosecutor General's Office fabricated the case," said defence lawyer Yerlan Omarov.
`;
  const { doc, x, idOf, stancesOf } = readAndExtract(TEXT);

  it('should set the dateline apart and start the paragraph after it', () => {
    expect(doc.datelines?.map((d) => doc.text.slice(...d))).toEqual(['ALMATY, Jan 12 (Reuters)']);
    expect(doc.text.slice(...doc.turns[0]!.span)).toMatch(/^A court in Kazakhstan/u);
  });

  it('should count the dateline’s place as a mention but give it no voice', () => {
    const almaty = idOf('Almaty');
    expect(x.mentions.some((m) => m.entity === almaty)).toBe(true);
    expect(x.stances.some((s) => s.holder === almaty || s.holder === idOf('Reuters'))).toBe(false);
  });

  it('should give the quoted lawyer the stance of his words', () => {
    expect(stancesOf('Yerlan Omarov').some((s) => s.polarity === 'oppose')).toBe(true);
  });
});

describe('a story datelined with a dash only', () => {
  const TEXT = `Journalists detained in Bishkek

BISHKEK — Police detained three journalists on Monday, their colleagues said.

Aibek Toktogulov, editor of the Kyrgyz Daily, said the State Committee for National Security harassed the editors for months. According to Toktogulov, the detentions are an attack on the press.
`;
  const { doc, stancesOf } = readAndExtract(TEXT);

  it('should find the voices of "X said" and "according to X"', () => {
    expect(doc.reportedSpeech.map((r) => r.speaker)).toEqual(expect.arrayContaining(['Aibek Toktogulov', 'Toktogulov']));
    expect(stancesOf('Aibek Toktogulov').some((s) => s.polarity === 'oppose')).toBe(true);
  });
});

describe('an AP-style story', () => {
  const TEXT = `Tajik court sentences blogger

DUSHANBE, Tajikistan (AP) — A court in Tajikistan sentenced a blogger to seven years in prison on Friday.

Human rights lawyer Farida Nazarova said the trial was unfair. "The authorities punished him for his posts," Nazarova told reporters.
`;
  const { doc, stancesOf } = readAndExtract(TEXT);

  it('should read the dateline with its country and agency', () => {
    expect(doc.datelines?.map((d) => doc.text.slice(...d))).toEqual(['DUSHANBE, Tajikistan (AP)']);
  });

  it('should give the quoted lawyer the stance about the authorities', () => {
    expect(stancesOf('Farida Nazarova', 'Government of Tajikistan').some((s) => s.polarity === 'oppose')).toBe(true);
  });
});
