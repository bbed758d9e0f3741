import { findHtmlBlocks, findMainContent, parseHtml } from '../../src/read/parse-html';

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

describe('findHtmlBlocks', () => {
  it('should take the article and drop navigation, asides and share bars', () => {
    const html =
      '<body><nav>Home News</nav><article><h1>Head</h1><p>One.</p><div class="share">Share</div><p>Two <a href="#">link</a>.</p></article><aside>Related</aside></body>';
    const parsed = parseHtml(html);
    const blocks = findHtmlBlocks(parsed, ['nav', 'aside', '.share']);
    expect(blocks.map((b) => parsed.plain.slice(...b.span).replace(/\s+/g, ' '))).toEqual(['Head', 'One.', 'Two link .']);
    expect(blocks[0]!.heading).toBe(1);
  });

  it('should find the main content by paragraph density when there is no article element', () => {
    const paragraph = '<p>' + 'Words of the story. '.repeat(10) + '</p>';
    const html = `<body><div id="menu"><p>Menu</p></div><div id="story">${paragraph}${paragraph}</div><div id="foot"><p>Footer text here.</p></div></body>`;
    const parsed = parseHtml(html);
    expect(findMainContent(parsed.dom.window.document).id).toBe('story');
  });

  it('should mark figcaptions as captions', () => {
    const parsed = parseHtml('<article><figure><img src="a.jpg"><figcaption>A protest. Photo: X</figcaption></figure><p>Body.</p></article>');
    const blocks = findHtmlBlocks(parsed, []);
    expect(blocks.map((b) => b.caption)).toEqual([true, false]);
  });

  it('should split a div of text at <br> into separate blocks', () => {
    const parsed = parseHtml('<article><div>Q: Why?<br>A: Because.</div></article>');
    expect(findHtmlBlocks(parsed, []).map((b) => parsed.plain.slice(...b.span))).toEqual(['Q: Why?', 'A: Because.']);
  });
});
