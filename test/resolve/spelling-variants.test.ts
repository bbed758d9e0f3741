import { extractDocument } from '../../src/extract/extract-document';
import { withinOneEdit } from '../../src/resolve/resolve-names';
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
