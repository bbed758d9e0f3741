import { flattenDeepHtml, MAX_HTML_DEPTH } from '../../src/read/flatten-deep-html';

const nested = (depth: number, inner: string) => `${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}`;

describe('flattenDeepHtml', () => {
  it('should leave a page within the depth limit exactly as it is', () => {
    const html = '<html><body><article><p>The ferry <b>left</b> at noon.</p><ul><li>one<li>two</ul></article></body></html>';
    const flat = flattenDeepHtml(html);
    expect(flat.text).toBe(html);
    expect(flat.flattened).toBe(0);
  });

  it('should blank the tags below the limit and keep every character of text at its offset', () => {
    const html = nested(5, '<p>The ferry left at noon.</p>');
    const flat = flattenDeepHtml(html, 2);
    expect(flat.text).toHaveLength(html.length);
    expect(flat.text.startsWith('<div><div>     ')).toBe(true);
    expect(flat.text.endsWith('      </div></div>')).toBe(true);
    const at = html.indexOf('The ferry');
    expect(flat.text.slice(at, at + 9)).toBe('The ferry');
    expect(flat.flattened).toBe(4);
    expect(flat.depth).toBe(6);
  });

  it('should blank a script that sits too deep whole, so its code never becomes text', () => {
    const html = nested(3, '<script>var hidden = "<div>";</script><p>Visible words.</p>');
    const flat = flattenDeepHtml(html, 2);
    expect(flat.text).not.toContain('hidden');
    expect(flat.text).toContain('Visible words.');
  });

  it('should not count tags inside comments, scripts or attribute values', () => {
    const html = `<p title="<div><div><div>">x</p><!-- ${'<div>'.repeat(10)} --><script>${'<div>'.repeat(10)}</script><p>y</p>`;
    expect(flattenDeepHtml(html, 2)).toEqual({ text: html, flattened: 0, depth: 1 });
  });

  it('should close paragraphs and list items that the page leaves open, as the parser does', () => {
    const html = `<ul>${'<li><p>item'.repeat(50)}</ul>`;
    expect(flattenDeepHtml(html, 5).flattened).toBe(0);
  });

  it('should count "<div/>" as an open div, as HTML does, but close "<path/>" inside SVG', () => {
    expect(flattenDeepHtml('<div/>'.repeat(10), 4).flattened).toBe(6);
    expect(flattenDeepHtml(`<svg>${'<path/>'.repeat(10)}</svg>`, 4).flattened).toBe(0);
  });

  it('should flatten 20,000 levels in linear time', () => {
    const html = nested(20_000, '<p>Deep text.</p>');
    const started = Date.now();
    const flat = flattenDeepHtml(html);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(flat.flattened).toBe(20_000 - MAX_HTML_DEPTH + 1);
  });
});
