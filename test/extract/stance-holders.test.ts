import { stancesOf } from '../helpers/stances-of';

const about = (text: string) => stancesOf(text).map((s) => `${s.holder} -> ${s.target}`);

describe('holders of reported stances in news reports', () => {
  const REPORT = `UN expert ends visit

“The Government must free the detained reporters,” Helga Sorensen, Special Rapporteur on free expression, said in Bishkek. During the visit, the expert met students at the university. Later the expert condemned the ban on the Tenir Zhol party.

The ministry promised an inquiry. Parliament debated the bill. The detentions of students were arbitrary, she said.`;

  it('should give "the expert" to the person just named when no one else is called so', () => {
    expect(about(REPORT)).toContain('Helga Sorensen -> Tenir Zhol party');
  });

  it('should give "she said" to the person named a few sentences back when the sentences between name no one', () => {
    expect(stancesOf(REPORT).some((s) => s.holder === 'Helga Sorensen' && s.quote.includes('were arbitrary'))).toBe(true);
  });

  it('should never guess a leader from the person just named', () => {
    const text = 'Journalist Arman Seitov spoke to the crowd in Bishkek. Later the president condemned the protest organisers.';
    expect(stancesOf(text).filter((s) => s.holder === 'Arman Seitov')).toEqual([]);
  });

  it('should read a manner adverb between a body and its verb', () => {
    expect(about('The European Union warmly welcomes Ambassador Arman Seitov to the council.')).toContain('European Union -> Arman Seitov');
  });

  it('should read "expressed deep concern" and "is deeply concerned" as the subject’s concern', () => {
    expect(about('The OSCE expressed its deep concern about the arrest of the editor of a Dushanbe weekly.')).toContain(
      'Organization for Security and Co-operation in Europe -> Government of Tajikistan',
    );
    expect(about('The European Union is deeply concerned about the harassment of lawyers in Turkmenistan.')).toContain('European Union -> Government of Turkmenistan');
  });

  it('should find the speaker of "according to" after a role in lower case', () => {
    expect(about('According to human rights lawyer Dilnoza Rakhimova, the Uzbek authorities are repressive.')).toContain('Dilnoza Rakhimova -> Government of Uzbekistan');
  });
});
