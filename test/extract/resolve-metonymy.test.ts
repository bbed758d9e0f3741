import { extractDocument } from '../../src/extract/extract-document';
import { readAndExtract } from '../helpers/read-and-extract';
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

describe('capitals acting for their countries', () => {
  it('should read two capitals joined by "and" that act together as their countries', () => {
    const { x } = readAndExtract('Media report\n\nASTANA – Aida Bekova said Astana and Tashkent were reliable partners.');
    const targets = x.stances.map((s) => x.entities.find((e) => e.id === s.target)?.label);
    expect(targets).toEqual(expect.arrayContaining(['Kazakhstan', 'Uzbekistan']));
    expect(targets).not.toContain('Tashkent');
  });

  it('should leave "in Astana and Tashkent" as places', () => {
    const { x } = readAndExtract('Media report\n\nASTANA – Aida Bekova praised the new schools in Astana and Tashkent.');
    expect(x.stances.map((s) => x.entities.find((e) => e.id === s.target)?.label)).not.toContain('Uzbekistan');
  });
});
