import { createHash } from 'node:crypto';
import { ARCHIVE_NODE_THRESHOLD } from '../../schema/explore-api';
import { checkExportSize, jsonForScript, renderStaticPage } from '../../src/serve/static-export';
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

describe('static export of an archive-sized graph', () => {
  const withNodes = (count: number) => ({
    ...sampleGraphJson(),
    nodes: Array.from({ length: count }, (_, i) => ({ key: `n:e${i}`, attributes: { kind: 'Person', label: `Person ${i}`, aliases: [] } })),
    edges: [],
  });

  it('should accept a graph at the overview threshold', () => {
    expect(() => checkExportSize(withNodes(20) as never, '--file g.json', 20)).not.toThrow();
  });

  it('should refuse a graph over it, naming the limit and kg serve with the same file', () => {
    let error: unknown;
    try {
      checkExportSize(withNodes(21) as never, '--file g.json', 20);
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: 'E_USAGE', operation: 'viz export' });
    expect((error as Error).message).toContain('the graph has 21 nodes, more than the 20 a self-contained page can hold');
    expect((error as Error).message).toContain('run "kg serve --file g.json" instead');
  });

  it('should use the viewer overview threshold by default', () => {
    expect(() => checkExportSize(withNodes(ARCHIVE_NODE_THRESHOLD) as never, '')).not.toThrow();
    expect(() => checkExportSize(withNodes(ARCHIVE_NODE_THRESHOLD + 1) as never, '')).toThrow(/run "kg serve" instead/);
  });
});
