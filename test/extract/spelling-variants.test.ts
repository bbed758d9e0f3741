import { extractDocument } from '../../src/extract/extract-document';
import { withinOneEdit } from '../../src/extract/resolve-names';
import { docFromText } from '../helpers/doc-from-text';

describe('one person spelt two ways in one text', () => {
  it('should count a letter changed, added or dropped as one edit', () => {
    expect(withinOneEdit('gulnara', 'gulnora')).toBe(true);
    expect(withinOneEdit('aleksandr', 'aleksander')).toBe(true);
    expect(withinOneEdit('nurlan', 'ruslan')).toBe(false);
  });

  it('should join transliterations of a given name that share the surname', () => {
    const x = extractDocument(docFromText('Gulnara Bazhkenova, a lawyer, filed the appeal. The court rejected it, Gulnora Bazhkenova said on Friday.', 'inline/variants.txt'));
    expect(x.entities.filter((e) => e.kind === 'Person').map((e) => e.label)).toHaveLength(1);
  });

  it('should keep apart two people with one surname and different given names', () => {
    const x = extractDocument(docFromText('Nurlan Sadykov and his brother Ruslan Sadykov were detained in Taraz.', 'inline/brothers.txt'));
    expect(
      x.entities
        .filter((e) => e.kind === 'Person')
        .map((e) => e.label)
        .sort(),
    ).toEqual(['Nurlan Sadykov', 'Ruslan Sadykov']);
  });
});

describe('a body named with and without its country', () => {
  it('should join "X of <country>" and "X" into one organisation under the fuller name', () => {
    const x = extractDocument(
      docFromText('The Agency for Land Reclamation of Kyrgyzstan published a report. The Agency for Land Reclamation said the canals were leaking.', 'inline/agency.txt'),
    );
    expect(x.entities.filter((e) => e.kind === 'Organisation').map((e) => e.label)).toEqual(['Agency for Land Reclamation of Kyrgyzstan']);
  });
});
