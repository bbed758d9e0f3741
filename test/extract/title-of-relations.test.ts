import { relationsOf } from './relation-helpers';

describe('a title "of" a body written before its holder', () => {
  it('should read "the President of <Country>, X" as X leading the country, with the role', () => {
    expect(relationsOf('On Monday the minister met the President of Kyrgyzstan, Sadyr Japarov.')).toContain('LEADS Sadyr Japarov -> Kyrgyzstan (President)');
  });

  it('should read "the new head of <Country>, X" as leading it, the qualifier kept in the role', () => {
    expect(relationsOf('In 2019 the new head of Kazakhstan, Kassym-Jomart Tokayev, promised reforms.')).toContain('LEADS Kassym-Jomart Tokayev -> Kazakhstan (new head)');
  });

  it('should read a deputy post "of Y, X" as work for Y, not as leading it', () => {
    const rs = relationsOf('The report was presented by the Deputy Director of the Clean Water Trust, Aigul Nurova.');
    expect(rs).toContain('WORKS_FOR Aigul Nurova -> Clean Water Trust (Deputy Director)');
    expect(rs.some((r) => r.startsWith('LEADS'))).toBe(false);
  });

  it('should read coordinated posts "founder and editor of Y" as leading Y', () => {
    expect(relationsOf('Aida Bekova, founder and editor of Kloop Weekly, was questioned.')).toContain('LEADS Aida Bekova -> Kloop Weekly (founder and editor)');
  });
});

describe('the nationality a diplomatic title implies', () => {
  it('should read "<Country> Ambassador X" as X being a national of that country, besides working for its government', () => {
    const rs = relationsOf('U.S. Ambassador Jane Doyle opened the new consulate.');
    expect(rs).toContain('NATIONAL_OF Jane Doyle -> United States');
    expect(rs.some((r) => r.startsWith('WORKS_FOR Jane Doyle -> Government of the United States'))).toBe(true);
  });

  it('should not give a title to the second person or outlet after a named holder', () => {
    const rs = relationsOf("U.S. Ambassador Jane Doyle's interview to Kaktus Media covered trade.");
    expect(rs.some((r) => /^(WORKS_FOR|NATIONAL_OF) Kaktus/.test(r))).toBe(false);
    expect(rs).toContain('INTERVIEWED Kaktus.media -> Jane Doyle');
  });
});
