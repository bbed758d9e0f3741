import { extractDocument } from '../../src/extract/extract-document';
import type { KnownEntity } from '../../src/extract/knowledge';
import { holderAt } from '../../src/extract/title-holder-at';
import { docFromText } from '../helpers/doc-from-text';

const person = (id: string): KnownEntity => ({ id, kind: 'Person', label: id, aliases: [], roles: [] });
const TERMS = [
  { person: person('n:first'), from: '1995', to: '2001-06' },
  { person: person('n:second'), from: '2001-06', to: '2008-03-14' },
  { person: person('n:third'), from: '2008-03-15' },
];

describe('who held an office on a date', () => {
  it('should pick the one holder whose term covers the date', () => {
    expect(holderAt(TERMS, '1999-02-10')?.id).toBe('n:first');
    expect(holderAt(TERMS, '2005')?.id).toBe('n:second');
    expect(holderAt(TERMS, '2008-03-16')?.id).toBe('n:third');
    expect(holderAt(TERMS, '2024-11')?.id).toBe('n:third');
  });

  it('should give no one when two terms touch the period the date names', () => {
    // June 2001 belongs to both; so does all of 2008 at year precision.
    expect(holderAt(TERMS, '2001-06')).toBeUndefined();
    expect(holderAt(TERMS, '2008')).toBeUndefined();
  });

  it('should give no one for an undated text when several people held the office, and the only one when one did', () => {
    expect(holderAt(TERMS, null)).toBeUndefined();
    expect(holderAt(TERMS.slice(2), null)?.id).toBe('n:third');
  });
});

describe('date-aware title references', () => {
  const TEXT = 'Kazakhstan raised fuel prices this week. The prime minister defended the decision at a cabinet meeting, while the Kyrgyz president called it unfriendly.';
  const refs = (date?: string) => {
    const x = extractDocument(docFromText(TEXT, 'inline/dated.txt', date ? { date } : undefined));
    return Object.fromEntries(x.mentions.filter((m) => m.via === 'alias').map((m) => [m.text, x.entities.find((e) => e.id === m.entity)?.label]));
  };

  it('should resolve "the prime minister" and "the Kyrgyz president" to the holders on the source\'s date', () => {
    expect(refs('2023-05-02')).toEqual({ 'prime minister': 'Alikhan Smailov', president: 'Sadyr Japarov' });
    expect(refs('2024-10-01')).toEqual({ 'prime minister': 'Olzhas Bektenov', president: 'Sadyr Japarov' });
  });

  it('should resolve the same title in an older text to the holder of that time', () => {
    expect(refs('2014-03-01')['prime minister']).toBe('Karim Massimov');
    expect(refs('2008-06-01')['president']).toBe('Kurmanbek Bakiyev');
  });

  it('should leave the titles unresolved in an undated text where several people held them', () => {
    expect(refs()).toEqual({});
  });
});

describe('an office of a body of no country, named without its holder', () => {
  const text = 'Floods in Tajikistan\n\nThe Secretary-General calls on the authorities of Tajikistan to protect the displaced families. The United Nations stands ready to help.';

  it('is its holder on the document\'s date when the text names the one body: "The Secretary-General calls on ..."', () => {
    const x = extractDocument(docFromText(text, 'inline/sg.txt', { date: '2024-05-20' }));
    expect(x.entities.map((e) => e.label)).toContain('António Guterres');
  });

  it('is no one without a date', () => {
    const x = extractDocument(docFromText(text, 'inline/sg-undated.txt'));
    expect(x.entities.map((e) => e.label)).not.toContain('António Guterres');
    expect(x.entities.map((e) => e.label)).not.toContain('Ban Ki-moon');
  });
});
