import { createHash } from 'node:crypto';
import { jsonForScript, renderStaticPage } from '../../src/serve/static-export';
import { sampleGraphJson, XSS_NAME } from '../viz/fixtures/sample-graph';

const INDEX = `<!doctype html>
<html><head><title>x</title>
    <script type="module" crossorigin src="./assets/viewer.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/viewer.css">
</head><body><div id="graph"></div></body></html>`;

describe('static export page', () => {
  const graph = sampleGraphJson();
  const html = renderStaticPage(INDEX, 'window.x = "</script>";', 'body{color:red}', graph);

  it('should inline the script, the stylesheet and the graph, with no external reference', () => {
    expect(html).not.toContain('viewer.js');
    expect(html).not.toContain('viewer.css');
    expect(html).toContain('<style>body{color:red}</style>');
    expect(html).toContain('<script type="application/json" id="kg-data">');
  });

  it('should keep markup in names from closing the data script', () => {
    expect(html).not.toContain(XSS_NAME);
    expect(html).toContain('\\u003cimg src=x onerror=alert(1)>');
    expect(JSON.parse(jsonForScript(graph))).toEqual(graph);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
  });

  it('should allow exactly the inlined script and style by hash', () => {
    const script = html.match(/<script>([\s\S]*?)<\/script>/)![1]!;
    const hash = createHash('sha256').update(script).digest('base64');
    const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)![1]!;
    expect(csp).toContain(`script-src 'sha256-${hash}'`);
    expect(csp).toContain('worker-src blob:');
    expect(csp).not.toContain('unsafe-inline');
  });

  it('should put the script after the page body so it finds its elements', () => {
    expect(html.indexOf('<script>')).toBeGreaterThan(html.indexOf('<div id="graph">'));
  });
});
