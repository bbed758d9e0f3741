import { extractDocument } from '../../src/extract/extract-document';
import { docFromText } from '../helpers/doc-from-text';

describe('hyphenated titles and document symbols', () => {
  const text =
    'Press release PR/2031/17\n\nThe United Nations Secretary-General, António Guterres, visited Bishkek on Monday. The Secretary-General met students and praised their volunteer work.';
  const x = extractDocument(docFromText(text, 'inline/secretary-general.txt'));

  it('should resolve "the Secretary-General" to the holder the text names, not to a person of its own', () => {
    const guterres = x.entities.find((e) => e.label === 'António Guterres');
    expect(guterres).toBeDefined();
    expect(x.mentions.filter((m) => m.entity === guterres!.id).map((m) => m.text)).toContain('Secretary-General');
    expect(x.entities.map((e) => e.label)).not.toContain('Secretary-General');
  });

  it('should not take a document symbol for an organisation', () => {
    expect(x.entities.map((e) => e.label)).not.toContain('PR');
  });
});
