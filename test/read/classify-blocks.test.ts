import { captionSpan, classifyBlocks, looksLikeCaption } from '../../src/read/classify-blocks';
import { loadPublisherRules } from '../../src/read/load-publisher-rules';

describe('captionSpan', () => {
  it('should keep the caption’s words and leave out the credit and the full stop', () => {
    const text = 'Ivar Dale. Photo: NRK';
    expect(text.slice(...captionSpan(text, [0, text.length])!)).toBe('Ivar Dale');
  });

  it('should read credits in several forms', () => {
    for (const text of ['Protest in Almaty (Photo: Vlast.kz)', 'A checkpoint, photo by Ozodi', 'The dam. Image: World Bank']) {
      expect(captionSpan(text, [0, text.length])).not.toBeNull();
    }
  });

  it('should not make captions of credits alone or of long paragraphs', () => {
    expect(captionSpan('Photo: NRK', [0, 10])).toBeNull();
    const long = `${'The reporter described the scene at length. '.repeat(8)}Photo: AP`;
    expect(captionSpan(long, [0, long.length])).toBeNull();
    expect(looksLikeCaption('Photo: NRK')).toBe(false);
    const sentence = 'The agency published a photo by Ozodi showing the dam.';
    expect(captionSpan(sentence, [0, sentence.length])).toBeNull();
  });
});

describe('classifyBlocks', () => {
  it('should sort blocks into furniture, captions and content', () => {
    const text = 'Body paragraph one.\nAll rights reserved.\nAida Sultanova. Photo: Kloop\nBody paragraph two.';
    const spans: [number, number][] = [];
    let offset = 0;
    for (const line of text.split('\n')) {
      spans.push([offset, offset + line.length]);
      offset += line.length + 1;
    }
    const result = classifyBlocks(
      text,
      spans.map((span) => ({ span, heading: 0, caption: false })),
      loadPublisherRules(),
    );
    expect(result.content.map((b) => text.slice(...b.span))).toEqual(['Body paragraph one.', 'Body paragraph two.']);
    expect(result.furniture.map((b) => text.slice(...b.span))).toEqual(['All rights reserved.']);
    expect(result.captions.map((c) => text.slice(...c))).toEqual(['Aida Sultanova']);
  });
});
