/**
 * Headline, standfirst and photo captions are text: the names in them count as mentions. A
 * caption is nobody's voice and takes no position; a headline is no turn either. And a text of
 * no shape the reader knows falls back to author paragraphs with no voice. Texts written for
 * these tests.
 */
import { readAndExtract } from '../../helpers/read-and-extract';

describe('a report with a headline, a standfirst and a caption', () => {
  const TEXT = `Farmers in Shymkent protest water cuts

Farmers from Turkistan region say the akimat ignored their complaints for a year.

Police detained two farmers in front of the akimat in Shymkent. Photo: Aida Bekova

The protest lasted three hours. The farmers plan another rally in Turkistan next week.

The regional water board promised new pumps.
`;
  const { doc, x, idOf } = readAndExtract(TEXT);
  const mentionsIn = (span: readonly [number, number] | undefined) => x.mentions.filter((m) => span && m.span[0] >= span[0] && m.span[1] <= span[1]);

  it('should keep the headline and the caption as blocks outside the turns', () => {
    expect(doc.text.slice(...doc.headline!)).toBe('Farmers in Shymkent protest water cuts');
    expect(doc.captions.map((c) => doc.text.slice(...c))).toEqual(['Police detained two farmers in front of the akimat in Shymkent']);
    for (const t of doc.turns) expect(t.span[0] >= doc.headline![1]).toBe(true);
  });

  it('should count the names in the headline and the caption as mentions', () => {
    expect(mentionsIn(doc.headline).some((m) => m.entity === idOf('Shymkent'))).toBe(true);
    expect(mentionsIn(doc.captions[0]).some((m) => m.entity === idOf('Shymkent'))).toBe(true);
  });

  it('should take no stance from a caption', () => {
    const caption = doc.captions[0]!;
    expect(x.stances.some((s) => s.span[0] < caption[1] && caption[0] < s.span[1])).toBe(false);
  });
});

describe('a text of no shape the reader knows', () => {
  const TEXT = `Notes on the water season

The Syr Darya was low this spring. The government of Uzbekistan criticised Tajikistan for the new dam upstream.

Rain in April helped a little.
`;
  const { doc, x, idOf } = readAndExtract(TEXT);

  it('should read every paragraph as the author’s, with no speaker named', () => {
    expect(doc.turns.every((t) => t.kind === 'paragraph' && t.role === 'author' && t.speaker === null)).toBe(true);
    expect(doc.speakers).toEqual([]);
  });

  it('should take stances only from actors the sentences name, never from a voice', () => {
    expect(x.stances.length).toBeGreaterThan(0);
    expect(x.stances.every((s) => s.holder === idOf('Government of Uzbekistan'))).toBe(true);
  });
});
