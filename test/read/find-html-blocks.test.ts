import { findHtmlBlocks, findMainContent } from '../../src/read/find-html-blocks';
import { parseHtml } from '../../src/read/parse-html';

describe('findHtmlBlocks', () => {
  it('should take the article and drop navigation, asides and share bars', () => {
    const html = '<body><nav>Home News</nav><article><h1>Head</h1><p>One.</p><div class="share">Share</div><p>Two <a href="#">link</a>.</p></article><aside>Related</aside></body>';
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

  it('should mark a paragraph set wholly in <strong>, <b>, <em> or <i> as emphasised, and one with a bold word in it not', () => {
    const parsed = parseHtml('<body><article><p><strong>Why now?</strong></p><p><em>Tell us <b>more</b>.</em></p><p>The <strong>ministry</strong> refused.</p></article></body>');
    expect(findHtmlBlocks(parsed, []).map((b) => b.emphasis === true)).toEqual([true, true, false]);
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
