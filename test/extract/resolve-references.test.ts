import { extractDocument } from '../../src/extract/extract-document';
import { docFromText } from '../helpers/doc-from-text';

describe('resolving references that are not names', () => {
  it('should resolve "Madam Ambassador" to the ambassador the text names, and keep "Ms Alieva" the same person', () => {
    const x = extractDocument(
      docFromText(
        'Zarina Alieva, the ambassador of Uzbekistan to Austria, spoke to our reporter in Vienna.\n\nThank you, Madam Ambassador. Ms Alieva said the talks would go on.',
        'inline/ambassador.txt',
      ),
    );
    const persons = x.entities.filter((e) => e.kind === 'Person');
    expect(persons.map((e) => e.id)).toEqual(['n:zarina-alieva']);
    const title = x.mentions.find((m) => m.text === 'Madam Ambassador');
    expect(title?.entity).toBe('n:zarina-alieva');
  });

  it('should leave "Madam Ambassador" unresolved when the text names two ambassadors', () => {
    const x = extractDocument(
      docFromText(
        'Zarina Alieva, the ambassador of Uzbekistan to Austria, met Jana Novak, the ambassador of Slovakia to Austria.\n\nThank you, Madam Ambassador.',
        'inline/two-ambassadors.txt',
      ),
    );
    expect(x.mentions.find((m) => m.text === 'Madam Ambassador')).toBeUndefined();
  });
});
