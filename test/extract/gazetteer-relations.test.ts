import { relationsOf } from './relation-helpers';

describe('relations the gazetteer knows and the text makes relevant', () => {
  it('should place a city the text names in its country when the text names the country too, marked as gazetteer knowledge', () => {
    const rs = relationsOf('The new bridge in Khujand opened on Monday. Tajikistan plans two more by 2030.');
    expect(rs).toContain('LOCATED_IN Khujand -> Tajikistan [gazetteer]');
  });

  it('should not add a country the text never names just to place a city in it', () => {
    const rs = relationsOf('The new bridge in Khujand opened on Monday.');
    expect(rs.some((r) => r.startsWith('LOCATED_IN Khujand'))).toBe(false);
  });

  it('should keep the stated relation and drop the gazetteer one when a sentence says where the city is', () => {
    const rs = relationsOf('Traders in Osh, Kyrgyzstan, reopened their stalls.');
    expect(rs).toContain('LOCATED_IN Osh -> Kyrgyzstan');
    expect(rs).not.toContain('LOCATED_IN Osh -> Kyrgyzstan [gazetteer]');
  });

  it('should read a membership a country acts on as gazetteer knowledge ("Kazakhstan asked the CSTO")', () => {
    expect(relationsOf('Kazakhstan asked the CSTO for peacekeepers last winter.')).toContain('MEMBER_OF Kazakhstan -> Collective Security Treaty Organization [gazetteer]');
  });

  it('should not read membership into a country only named beside a body', () => {
    const rs = relationsOf('A United Nations rapporteur criticised new rules for bloggers in Tajikistan.');
    expect(rs.some((r) => r.startsWith('MEMBER_OF Tajikistan'))).toBe(false);
    expect(relationsOf('The United Nations and Turkmenistan resumed their talks.').some((r) => r.startsWith('MEMBER_OF'))).toBe(false);
  });
});
