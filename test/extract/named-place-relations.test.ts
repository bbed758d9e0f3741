import data from '../../gazetteer/lexicon/relation-patterns.json';
import { parseRelationPatterns } from '../../src/extract/relation-patterns';
import { relationsOf } from './relation-helpers';

describe('relations a name states about the place it ends with', () => {
  it('should read a state body "of <Country>" as part of that state', () => {
    expect(relationsOf('The State Committee for Land Management of Uzbekistan published new rules.')).toContain(
      'PART_OF State Committee for Land Management of Uzbekistan -> Uzbekistan',
    );
  });

  it('should not make a party "of <Country>" a part of the state', () => {
    const rs = relationsOf('The Social Democratic Party of Tajikistan boycotted the vote.');
    expect(rs.some((r) => r.startsWith('PART_OF'))).toBe(false);
  });

  it('should read an office "in <City>" and a delegation "to <Country>" as seated there', () => {
    expect(relationsOf('The UNICEF Field Office in Khujand opened a clinic.').some((r) => /^BASED_IN UNICEF Field Office.* -> Khujand$/.test(r))).toBe(true);
    expect(relationsOf('The EU Delegation to Kyrgyzstan hosted the talks.').some((r) => /^BASED_IN Delegation of the European Union to Kyrgyzstan -> Kyrgyzstan$/.test(r))).toBe(
      true,
    );
  });

  it('should place a forum named after its city there, even when the text names the city nowhere else', () => {
    expect(relationsOf('Observers watched the Bishkek Peace Forum closely.')).toContain('LOCATED_IN Bishkek Peace Forum -> Bishkek');
  });

  it('should not place a body in a country it is only "of" unless its head word makes it an organ of the state', () => {
    expect(relationsOf('The Friends of Kazakhstan Society met in London.').some((r) => r.includes('-> Kazakhstan'))).toBe(false);
  });

  it('should reject a pattern file whose head word is not one lower-case word, naming the entry', () => {
    expect(() => parseRelationPatterns({ ...data, seatHeads: [{ word: 'Field Office', example: 'The Field Office opened.' }] })).toThrow(/seatHeads\.0\.word/);
  });
});

describe('a body seated somewhere and a parent the gazetteer knows', () => {
  it('should read a centre named before "in <City>" as seated there, whatever word ends its name', () => {
    const rs = relationsOf('Kazakhstan hosts the Regional Centre for Water Diplomacy for Central Asia in Almaty, which trained forty experts.');
    expect(rs.some((r) => /^BASED_IN Regional Centre for Water Diplomacy.* -> Almaty$/.test(r))).toBe(true);
  });

  it('should mark a parent the gazetteer knows but no sentence states as gazetteer knowledge', () => {
    const rs = relationsOf('ODIHR sent observers to the vote. Separately, the OSCE held a conference.');
    expect(rs).toContain('PART_OF OSCE Office for Democratic Institutions and Human Rights -> Organization for Security and Co-operation in Europe [gazetteer]');
  });
});
