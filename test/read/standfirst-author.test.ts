import { blocksOf } from './helpers';
import { findHeader } from '../../src/read/find-header';
import { standfirstAuthor } from '../../src/read/standfirst-author';

describe('the author a standfirst names', () => {
  it('should take the person before a present-tense verb of arguing, with the role written before the name', () => {
    expect(standfirstAuthor('Political analyst Rustam Nazarov argues that the water reform came too late for the farmers of Sughd.')).toEqual({
      name: 'Rustam Nazarov',
      description: 'Political analyst',
    });
  });

  it('should read "In her essay for ..., <role> <name> examines" as that person writing', () => {
    expect(standfirstAuthor('In her essay for the quarterly, economist Aida Bekova examines why remittances to Tajikistan fell in 2024.')).toEqual({
      name: 'Aida Bekova',
      description: 'economist',
    });
  });

  it('should read no author in a news lead that reports in the past tense', () => {
    expect(standfirstAuthor('Opposition leader Rustam Nazarov argued on Monday that the vote had been rigged, his lawyer said.')).toBeNull();
    expect(standfirstAuthor('Rustam Nazarov said the vote had been rigged.')).toBeNull();
  });

  it('should read no author when the verb follows a body or a common noun', () => {
    expect(standfirstAuthor('The government argues that the new tariffs will protect farmers.')).toBeNull();
    expect(standfirstAuthor('A new report argues that the tariffs will hurt farmers.')).toBeNull();
  });

  it('should look only at the first sentence of the lead', () => {
    expect(standfirstAuthor('Prices rose again in March. Economist Timur Sadykov argues that the central bank waited too long.')).toBeNull();
  });

  it('should give the header a byline from the standfirst when the page has none', () => {
    const text =
      'Why the tariffs will hurt\n\nEconomist Timur Sadykov argues that the new tariffs will hurt the farmers of the Chui valley.\n\nThe tariffs came in March.\n\nFarmers protested.\n\nNothing changed.';
    const header = findHeader(text, blocksOf(text), { fallbackTitle: 'x' });
    expect(header.byline).toEqual({ name: 'Timur Sadykov', description: 'Economist' });
  });

  it('should keep the byline the page gives over a name in the standfirst', () => {
    const text =
      'Why the tariffs will hurt\n\nBy Aida Bekova\n\nEconomist Timur Sadykov argues that the new tariffs will hurt farmers.\n\nThe tariffs came in March.\n\nFarmers protested.\n\nNothing changed.';
    const header = findHeader(text, blocksOf(text), { fallbackTitle: 'x' });
    expect(header.byline?.name).toBe('Aida Bekova');
  });
});
