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
