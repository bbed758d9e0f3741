import { extractDocument } from '../../src/extract/extract-document';
import { docFromText } from '../helpers/doc-from-text';
import { stancesOf } from '../helpers/stances-of';

const about = (text: string) => stancesOf(text).map((s) => `${s.holder} -> ${s.target}`);
const H = 'Media report\n\nBISHKEK – The Adilet Legal Clinic issued a statement on Monday about the arrests in Osh. ';

describe('a body referred to by a noun or by "it"', () => {
  it('should read "the group" and "the rights group" as the body just named', () => {
    expect(about(`${H}The group criticised the arrests of journalists in Kyrgyzstan.`)).toContain('Adilet -> Government of Kyrgyzstan');
    expect(about(`${H}The rights group criticised the arrests of journalists in Kyrgyzstan.`)).toContain('Adilet -> Government of Kyrgyzstan');
  });

  it('should read "it" before a verb of speech or judgement as the body that was the subject before', () => {
    expect(about(`${H}It criticised the arrests of journalists in Kyrgyzstan.`)).toContain('Adilet -> Government of Kyrgyzstan');
  });

  it('should read "the clinic" only as a body whose name has that word', () => {
    expect(about(`${H}The clinic criticised the arrests of journalists in Kyrgyzstan.`)).toContain('Adilet -> Government of Kyrgyzstan');
    expect(about(`${H}The committee criticised the arrests of journalists in Kyrgyzstan.`)).not.toContain('Adilet -> Government of Kyrgyzstan');
  });

  it('should prefer the body that was the subject over one it spoke of', () => {
    const text = `${H}The Adilet Legal Clinic welcomed the report of the Norwegian Helsinki Committee. The group criticised the arrests of journalists in Kyrgyzstan.`;
    expect(about(text)).toContain('Adilet -> Government of Kyrgyzstan');
    expect(about(text)).not.toContain('Norwegian Helsinki Committee -> Government of Kyrgyzstan');
  });

  it('should not read "it is" or "it was" as the body', () => {
    expect(about(`${H}It is unclear whether the arrests in Kyrgyzstan were legal.`).filter((s) => s.startsWith('Adilet'))).toEqual([]);
  });
});

describe('a body referred to by its head word with a capital', () => {
  const NOTE = 'Diplomatic note\n\nThe ministry has studied the report published by the Steppe Water Foundation. ';

  it('should read "the Foundation" anywhere in a sentence as the one foundation the text named', () => {
    expect(about(`${NOTE}The Government of Kyrgyzstan disagrees with the report distributed by the Foundation.`)).toContain('Government of Kyrgyzstan -> Steppe Water Foundation');
  });

  it('should leave "the Foundation" unread when two foundations were named', () => {
    const two = `${NOTE}It has also read a letter of the Caspian Rivers Foundation. The Government of Kyrgyzstan disagrees with the report distributed by the Foundation.`;
    expect(about(two).filter((s) => s.startsWith('Government of Kyrgyzstan'))).toEqual([]);
  });

  it('should not take the start of a longer name, "the Foundation for ...", for the short name', () => {
    const other = `${NOTE}The Government of Kyrgyzstan disagrees with the report distributed by the Foundation for Open Rivers.`;
    expect(about(other)).not.toContain('Government of Kyrgyzstan -> Steppe Water Foundation');
  });
});

describe('a quote attributed after it to a description or to "it"', () => {
  it('should give "“...,” the group said" and "“...,” it said" to the body', () => {
    expect(about(`${H}“The arrests of journalists in Kyrgyzstan are unacceptable,” the group said.`)).toContain('Adilet -> Government of Kyrgyzstan');
    expect(about(`${H}“The arrests of journalists in Kyrgyzstan are unacceptable,” it said.`)).toContain('Adilet -> Government of Kyrgyzstan');
  });

  it('should never give "“...”, the group said" to a body the quote itself names', () => {
    const text = `Media report\n\nBISHKEK – Two weeks ago the Bishkek-based rights group Adilet Legal Clinic published a report on Osh. The arrests were "planned and carried out by the State Committee for National Security", the group said.`;
    expect(about(text)).toContain('Adilet -> State Committee for National Security');
    expect(about(text).filter((s) => !s.startsWith('Adilet'))).toEqual([]);
  });

  it('should give "«...», the statement says" to whoever issued the statement', () => {
    expect(about(`${H}«We condemn the arrests of journalists in Kyrgyzstan,» the statement says.`)).toContain('Adilet -> Government of Kyrgyzstan');
  });

  it('should give no holder to "the statement" when the text names no one who issued one', () => {
    const text = 'Media report\n\nBISHKEK – Journalists in Osh were detained on Monday. «The arrests are unacceptable,» the statement says.';
    expect(stancesOf(text).map((s) => s.holder)).toEqual([]);
  });
});

describe('"both sides" in a text about two states', () => {
  const TEXT = `Border clashes

BISHKEK – Aida Bekova, the UN envoy for Central Asia, said she was following the clashes between Kyrgyzstan and Tajikistan with great concern. She called on both sides to engage in dialogue.`;

  it('should read "both sides" as the two states the text names', () => {
    const found = about(TEXT);
    expect(found).toEqual(expect.arrayContaining(['Aida Bekova -> Kyrgyzstan', 'Aida Bekova -> Tajikistan']));
    expect(
      stancesOf(TEXT)
        .filter((s) => s.quote.includes('both sides'))
        .map((s) => s.target)
        .sort(),
    ).toEqual(['Kyrgyzstan', 'Tajikistan']);
  });

  it('should read "none of the parties" as no one', () => {
    const text = `Border clashes\n\nBISHKEK – Aida Bekova said the clashes between Kyrgyzstan and Tajikistan were tragic. If none of the parties wants to negotiate, the war will go on, she said.`;
    expect(stancesOf(text).filter((s) => s.quote.includes('none of the parties'))).toEqual([]);
  });
});

describe('a demand of "the two sides"', () => {
  it('should be made of both states', () => {
    const text = `Border clashes\n\nBISHKEK – Aida Bekova, the UN envoy, said the clashes between Kyrgyzstan and Tajikistan were tragic. The two sides should stop the shelling, she said.`;
    expect(
      stancesOf(text)
        .filter((s) => s.quote.includes('two sides'))
        .map((s) => s.target)
        .sort(),
    ).toEqual(['Kyrgyzstan', 'Tajikistan']);
  });
});

describe('a country referred to by "the country" or "the ... nation"', () => {
  const W = 'Wire report\n\nVIENNA – U.N. Secretary-General Ban Ki-moon said he is sending an envoy to Kyrgyzstan. ';

  it('should read "the country" as the one country named just before: Ban criticised Kyrgyzstan', () => {
    expect(about(`${W}Mr. Ban criticized the country’s human rights record.`)).toContain('Ban Ki-moon -> Kyrgyzstan');
  });

  it('should read "the Central Asian nation" as that country, and as a place after "in"', () => {
    const text = `${W}Violent unrest in the Central Asian nation left dozens dead, Mr. Ban said.`;
    const x = extractDocument(docFromText(text, 'inline/nation.txt'));
    expect(x.mentions.find((m) => m.text === 'Central Asian nation')?.entity).toBe(x.entities.find((e) => e.label === 'Kyrgyzstan')?.id);
    expect(stancesOf(text).filter((s) => s.target === 'Kyrgyzstan' && /unrest/.test(s.quote))).toEqual([]);
  });

  it('should leave "the country" unresolved when the sentence before names two countries', () => {
    const text = 'Wire report\n\nVIENNA – Ban Ki-moon met the foreign ministers of Austria and Kyrgyzstan. He criticized the country’s human rights record.';
    expect(about(text).filter((s) => /Austria|Kyrgyzstan/.test(s))).toEqual([]);
  });
});
