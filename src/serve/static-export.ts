/**
 * `kg viz export`: one self-contained HTML page with the viewer's script, stylesheet and the
 * graph inlined, to open from disk (file://) or mail to a colleague. No fetch, no module script,
 * no chunk loading; a meta Content-Security-Policy allows exactly the inlined script and style
 * (by hash) and the layout's blob: workers.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ARCHIVE_NODE_THRESHOLD } from '../../schema/explore-api';
import type { SerializedGraph } from '../../schema/graph-json';
import { KgError } from '../errors/kg-error';
import { exportContentSecurityPolicy } from './security-headers';
import type { ViewerBuildPaths } from './viewer-build';

/** Must match `INLINE_GRAPH_ID` in viz/src/load-graph.ts. */
export const INLINE_GRAPH_ID = 'kg-data';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

/** JSON safe inside a `<script>` element: no `<` can close it or open a comment. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * A page inlines the whole graph and has no server to ask for more, so an archive-sized graph
 * (the size above which `kg serve` opens the viewer on the overview and expands on demand) would
 * be a file of hundreds of megabytes that no browser opens in useful time: refused, naming the
 * limit and the way that does work. `from` says how to serve the same graph.
 * @example checkExportSize(graph, '--file out/graph.json') // throws for 40,000 nodes
 */
export function checkExportSize(graph: SerializedGraph, from: string, limit = ARCHIVE_NODE_THRESHOLD): void {
  if (graph.nodes.length <= limit) return;
  throw new KgError(
    'E_USAGE',
    'viz export',
    `the graph has ${graph.nodes.length.toLocaleString('en-US')} nodes, more than the ${limit.toLocaleString('en-US')} a self-contained page can hold (it inlines the whole graph, with no server to load the rest on demand); run "kg serve${from ? ` ${from}` : ''}" instead, which opens an archive on its overview and expands nodes as you go`,
  );
}

/**
 * The exported page for a built viewer and a graph.
 * @example const html = renderStaticPage(indexHtml, script, css, graph);
 */
export function renderStaticPage(indexHtml: string, script: string, stylesheet: string, graph: SerializedGraph): string {
  // A script body cannot contain "</script"; in JS source it can only occur inside strings or regexes, where "<\/" means the same.
  const safeScript = script.replace(/<\/(script)/gi, '<\\/$1');
  const csp = exportContentSecurityPolicy([sha256(safeScript)], [sha256(stylesheet)]);
  let html = indexHtml.replace(/\s*<script\b[^>]*\bsrc="[^"]*viewer\.js"[^>]*><\/script>/, '').replace(/\s*<link\b[^>]*\bhref="[^"]*viewer\.css"[^>]*>/, '');
  if (html.includes('viewer.js') || html.includes('viewer.css')) {
    throw new KgError('E_SERVE', 'viz export', 'the built viewer page does not have the expected script and stylesheet tags; rebuild viz/');
  }
  const head = `<meta http-equiv="Content-Security-Policy" content="${csp}" />\n    <style>${stylesheet}</style>\n  </head>`;
  const tail = `<script type="application/json" id="${INLINE_GRAPH_ID}">${jsonForScript(graph)}</script>\n    <script>${safeScript}</script>\n  </body>`;
  html = html.replace(/<\/head>/, () => head).replace(/<\/body>/, () => tail);
  return html;
}

export interface ExportResult {
  readonly file: string;
  readonly bytes: number;
}

/** Write `<outDir>/index.html`. */
export async function exportStaticViewer(build: ViewerBuildPaths, graph: SerializedGraph, outDir: string): Promise<ExportResult> {
  const [indexHtml, script, stylesheet] = await Promise.all([fs.readFile(build.indexHtml, 'utf8'), fs.readFile(build.script, 'utf8'), fs.readFile(build.stylesheet, 'utf8')]);
  const html = renderStaticPage(indexHtml, script, stylesheet, graph);
  const file = path.join(outDir, 'index.html');
  try {
    await fs.mkdir(outDir, { recursive: true });
    await fs.writeFile(file, html, 'utf8');
  } catch (error) {
    throw new KgError('E_SERVE', 'viz export', `cannot write "${file}": ${(error as Error).message}`, { cause: error });
  }
  return { file, bytes: Buffer.byteLength(html) };
}
