/**
 * Diplomatic support in the words of a statement: a commitment stated to an actor, and
 * cooperation deepened or strengthened with it (CAMEO 050, from PETRARCH2's AFFIRM * COMMITMENT
 * and EXPAND * COOPERATION patterns). Inline texts of our own.
 */
import { extractDocument } from '../../src/extract/extract-document';
import { docFromText } from '../helpers/doc-from-text';

const STATEMENT = `# Harbour talks end in Tbilisi

*By Marta Oliveira, correspondent*

"We reaffirm our commitment to Mongolia," said Nino Beridze, the Georgian foreign minister.

Georgia will strengthen its cooperation with Azerbaijan on fisheries, the foreign minister said.
`;

describe('diplomatic support cues', () => {
  const x = extractDocument(docFromText(STATEMENT, 'inline/harbour-talks.md'));
  const id = (label: string) => x.entities.find((e) => e.label === label || e.aliases.includes(label))?.id;
  const stance = (holder?: string, target?: string) => x.stances.find((s) => s.holder === holder && s.target === target);

  it('should read a commitment stated to a country as support of it, the "to" naming no place', () => {
    expect(stance(id('Government of Georgia'), id('Mongolia'))).toMatchObject({ polarity: 'support', code: '050' });
  });

  it('should read strengthening cooperation with a country as support of it, held by whoever strengthens it', () => {
    expect(stance(id('Georgia'), id('Azerbaijan'))).toMatchObject({ polarity: 'support', code: '050' });
  });
});

describe('praise of a shared tie that names no one', () => {
  const TALKS = `# Ministers meet in Ulaanbaatar

*By Marta Oliveira, correspondent*

Nino Beridze, the Georgian foreign minister, spoke after the talks. "Mongolia is a reliable partner for us. We are bound by old ties of friendship and trade," Beridze said.

"We are proud of the new airport," Beridze said.
`;
  const x = extractDocument(docFromText(TALKS, 'inline/ministers.md'));
  const quoted = (words: string) => x.stances.filter((s) => s.quote.includes(words));
  const label = (id: string) => x.entities.find((e) => e.id === id)?.label;

  it('should read "we are bound by ties of friendship" as support of the partner named just before', () => {
    expect(quoted('ties of friendship').map((s) => [label(s.target), s.polarity])).toEqual([['Mongolia', 'support']]);
  });

  it('should not reach back past the paragraph for praise that names no one', () => {
    expect(quoted('new airport')).toEqual([]);
  });
});

describe('sympathy with the injured (CAMEO 018)', () => {
  const COLUMN = `# After the floods in Georgia

*By Marta Oliveira, political analyst*

The storm passed on Sunday. Our sympathies go to those who have been injured in Georgia, among them several police officers.
`;
  const x = extractDocument(docFromText(COLUMN, 'inline/floods.md'));

  it('should read sympathy with the injured as empathy, not as an accusation of those named among them', () => {
    const sympathy = x.stances.filter((s) => s.quote.includes('sympathies'));
    expect(sympathy.length).toBeGreaterThan(0);
    expect(sympathy.every((s) => s.polarity === 'support' && s.code === '018')).toBe(true);
  });
});

describe('valuing a partnership and staying committed to a country', () => {
  const TALKS = `# Ministers meet in Batumi

*By Marta Oliveira, correspondent*

"We value our partnership with Mongolia," said Nino Beridze, the Georgian foreign minister.

"We remain committed to the sovereignty of Moldova," said Nino Beridze.

"We are committed to Armenia and its people," said Nino Beridze.
`;
  const x = extractDocument(docFromText(TALKS, 'inline/batumi.md'));
  const label = (id: string) => x.entities.find((e) => e.id === id)?.label;
  const about = (country: string) => x.stances.filter((s) => label(s.target) === country).map((s) => [label(s.holder), s.polarity]);

  it('should read "we value our partnership with X" as support of X (CAMEO 051, PETRARCH2 block RESPECT)', () => {
    expect(about('Mongolia')).toEqual([['Government of Georgia', 'support']]);
  });

  it('should read "we remain committed to" and "we are committed to" as support (CAMEO 050)', () => {
    expect(about('Moldova')).toEqual([['Government of Georgia', 'support']]);
    expect(about('Armenia')).toEqual([['Government of Georgia', 'support']]);
  });
});

describe("an actor's stability named as an aim", () => {
  const TALKS = `# Donors meet in Tbilisi

*By Marta Oliveira, correspondent*

"The new grant will strengthen the stability of Armenia," said Nino Beridze, the Georgian foreign minister.

"Russia undermines the stability of Moldova," said Nino Beridze.
`;
  const x = extractDocument(docFromText(TALKS, 'inline/donors.md'));
  const label = (id: string) => x.entities.find((e) => e.id === id)?.label;
  const about = (country: string) => x.stances.filter((s) => label(s.target) === country).map((s) => s.polarity);

  it('should read working for the stability of a country as support of it', () => {
    expect(about('Armenia')).toEqual(['support']);
  });

  it('should let any judgement in the sentence outweigh it', () => {
    expect(about('Russia')).toEqual(['oppose']);
  });
});
