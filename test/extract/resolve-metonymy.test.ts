import { extractDocument } from '../../src/extract/extract-document';
import { docFromText } from '../helpers/doc-from-text';

describe('troopsAsTheNamedForce', () => {
  const entities = (text: string) => extractDocument(docFromText(text, 'inline/troops.txt')).entities;

  it('should read "the troops" as the one armed force a text names with its country', () => {
    const found = entities(`Troops in Khorog

KHOROG – Russian peacekeepers arrived in Khorog on Monday. The troops must withdraw soon, Aida Bekova, director of the Pamir Legal Centre, said.`);
    expect(found.find((e) => e.label === 'Russian peacekeepers')?.aliases).toContain('troops');
    expect(found.some((e) => e.label === 'troops')).toBe(false);
  });

  it('should leave "the troops" as written when the text names two armed forces', () => {
    const found = entities(`Troops in Khorog

KHOROG – Russian peacekeepers and Kazakh soldiers arrived in Khorog on Monday. The troops must withdraw soon, Aida Bekova, director of the Pamir Legal Centre, said.`);
    expect(found.some((e) => e.label === 'troops')).toBe(true);
  });
});
