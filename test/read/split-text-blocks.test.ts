import { splitTextBlocks } from '../../src/read/split-text-blocks';

function blocks(text: string, standalone: (line: string) => boolean = () => false): string[] {
  return splitTextBlocks(text, text, standalone).map((b) => text.slice(...b.span));
}

describe('splitTextBlocks', () => {
  it('should mark a Markdown line set wholly in bold or italics as emphasised, and one with a bold word in it not', () => {
    const text = '**Why now?**\n\n*Tell us more.*\n\nThe **ministry** refused.\n';
    expect(splitTextBlocks(text, text, () => false, true).map((b) => b.emphasis === true)).toEqual([true, true, false]);
    expect(splitTextBlocks(text, text, () => false, false).some((b) => b.emphasis)).toBe(false);
  });

  it('should split paragraphs at blank lines', () => {
    expect(blocks('One.\n\nTwo.\n\n\nThree.')).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('should join the lines of a hard-wrapped paragraph', () => {
    const text = 'The CSTO sent troops to Kazakhstan in January at the request of the\npresident, who said the country faced an attack by terrorists trained\nabroad.\n\nNext.';
    expect(blocks(text)).toHaveLength(2);
  });

  it('should keep a short wrapped line that ends on "the" or a comma in its paragraph', () => {
    const long = 'Police in Bishkek detained eleven protesters outside the parliament building after a rally that had gone on for most of';
    const text = `${long}\nthe afternoon. On Tuesday evening, the\nmayor's office said that the rally had not been authorised by anyone at all in the city.`;
    expect(blocks(text)).toHaveLength(1);
  });

  it('should keep a headline over a paragraph of wrapped lines as a block of its own', () => {
    const long = 'According to local farmers, the spring floods have washed away three bridges and most of the';
    const text = `Floods Cut Off Villages in the Rasht Valley\n${long}\nroads that lead to the district centre, and no help has reached them for two weeks now.`;
    expect(blocks(text)[0]).toBe('Floods Cut Off Villages in the Rasht Valley');
  });

  it('should give a line of place and date under a heading a block of its own', () => {
    const text = 'Statement of the State Committee for Water Resources of the Kyrgyz Republic\nBishkek 3 March 2021\n\nThe committee expects the reservoir to fill by May.';
    expect(blocks(text)).toEqual([
      'Statement of the State Committee for Water Resources of the Kyrgyz Republic',
      'Bishkek 3 March 2021',
      'The committee expects the reservoir to fill by May.',
    ]);
  });

  it('should keep a wrapped line that happens to hold only a date in its sentence', () => {
    const text = 'The committee of the Kyrgyz Republic expects the reservoir to be full by\n3 March 2021\nand the turbines of the new station to start in the same week of spring.';
    expect(blocks(text)).toHaveLength(1);
  });

  it('should split one-line paragraphs separated by single line breaks', () => {
    const long = 'A long paragraph that goes on. '.repeat(8).trim();
    expect(blocks(`${long}\n${long}`)).toHaveLength(2);
  });

  it('should give a speaker prefix line a paragraph of its own', () => {
    expect(blocks('Q: Why did it happen?\nA: Because of prices.')).toEqual(['Q: Why did it happen?', 'A: Because of prices.']);
  });

  it('should give standalone lines a block of their own', () => {
    expect(blocks('Body text here.\nSpelling error report\nMore', (line) => line === 'Spelling error report')).toEqual(['Body text here.', 'Spelling error report', 'More']);
  });

  it('should keep CRLF out of the spans', () => {
    const text = 'One.\r\n\r\nTwo.\r\n';
    expect(blocks(text)).toEqual(['One.', 'Two.']);
  });

  it('should mark Markdown headings with their level', () => {
    const text = '# Title\n\nText.\n\nSub\n---\n';
    const found = splitTextBlocks(text, text.replace('# ', '  ').replace('---', '   '), () => false, true);
    expect(found.map((b) => b.heading)).toEqual([1, 0, 2]);
  });
});
