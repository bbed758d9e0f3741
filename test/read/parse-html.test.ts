import { parseHtml } from '../../src/read/parse-html';

describe('parseHtml', () => {
  it('should give a plain view as long as the HTML with tags masked', () => {
    const html = '<p>Tokayev <b>said</b> so.</p>';
    const { plain } = parseHtml(html);
    expect(plain).toHaveLength(html.length);
    expect(plain.replace(/\s+/g, ' ').trim()).toBe('Tokayev said so.');
    expect(plain.indexOf('said')).toBe(html.indexOf('said'));
  });

  it('should put a character reference’s character where the reference starts', () => {
    const html = '<p>A &amp; B&nbsp;C &#8220;D&#x201D; AT&T</p>';
    const { plain } = parseHtml(html);
    const start = html.indexOf('&amp;');
    expect(plain.slice(start, start + 5)).toBe('&    ');
    // The padding after a reference is spaces: "&#8220;D" reads "“ D".
    expect(plain.replace(/ +/g, ' ').trim()).toBe('A & B C “ D” AT&T');
  });

  it('should map text to offsets in CRLF HTML', () => {
    const html = '<html>\r\n<body>\r\n<p>First line\r\nsecond line</p></body></html>';
    const { plain } = parseHtml(html);
    const start = html.indexOf('second');
    expect(plain.slice(start, start + 6)).toBe('second');
  });

  it('should not read scripts, styles or comments', () => {
    const { plain } = parseHtml('<style>.a{}</style><script>var said = 1;</script><!-- c --><p>Text</p>');
    expect(plain.trim()).toBe('Text');
  });

  it('should read title, date, canonical URL and site name from the head', () => {
    const { hints } = parseHtml(
      '<head><meta property="og:title" content="Headline"><meta property="article:published_time" content="2023-02-14T09:30:00Z"><link rel="canonical" href="https://x.org/a"><meta property="og:site_name" content="X"></head><body><p>t</p></body>',
    );
    expect(hints).toEqual({ title: 'Headline', date: '2023-02-14T09:30:00Z', url: 'https://x.org/a', siteName: 'X' });
  });

  it('should read the publication date from JSON-LD', () => {
    const { hints } = parseHtml('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-06-01"}</script><p>t</p>');
    expect(hints.date).toBe('2021-06-01');
  });
});

describe('parseHtml on extreme pages', () => {
  const sentence = 'The river authority said that the new dam would be finished before the autumn floods.';

  it('should read the text of a page nested 20,000 deep instead of overflowing the stack', () => {
    const html = `<html><head><title>Dam</title></head><body>${'<div>'.repeat(20_000)}<p>${sentence}</p>${'</div>'.repeat(20_000)}</body></html>`;
    const parsed = parseHtml(html);
    expect(parsed.plain).toHaveLength(html.length);
    const at = html.indexOf(sentence);
    expect(parsed.plain.slice(at, at + sentence.length)).toBe(sentence);
    expect(parsed.flattened).toBeGreaterThan(19_000);
  });

  it('should read a page of 20,000 paragraphs in linear time, each text at its offset', () => {
    const paragraphs = Array.from({ length: 20_000 }, (_, i) => `<p>Item ${i}: ${sentence}</p>`);
    const html = `<html><body><article>${paragraphs.join('\n')}</article></body></html>`;
    const started = Date.now();
    const parsed = parseHtml(html);
    // jsdom's own node locations took over a minute here (its parser lists a parent's children on every text insertion).
    expect(Date.now() - started).toBeLessThan(30_000);
    const last = html.lastIndexOf('Item 19999');
    expect(parsed.plain.slice(last, last + 10)).toBe('Item 19999');
  });

  it('should give every visible text node its span in the raw HTML', () => {
    const html = '<body><p>One &amp; two</p><template><p>never</p></template><noscript><p>Shown without scripts</p></noscript><table><tr><td>cell</td></tr>stray</table></body>';
    const parsed = parseHtml(html);
    const doc = parsed.dom.window.document;
    const walker = doc.createTreeWalker(doc, parsed.dom.window.NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const span = parsed.textSpan(node);
      expect(span).toBeDefined();
      expect(html.slice(span![0], span![1]).replace(/&amp;/g, '&')).toBe((node as Text).data);
    }
  });
});

describe('parseHtml and a page with broken CSS', () => {
  it('should parse the page without writing jsdom complaints to the console', () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const parsed = parseHtml('<html><body><p>The court in Osh ruled on Monday.</p><style>} .share a { color: ');
      expect(parsed.plain).toContain('The court in Osh ruled on Monday.');
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });
});
