/**
 * `kg serve [--port 5173] [--host 127.0.0.1] [--file graph.json] [--read-only] [--decisions file]`:
 * serves the viewer and its API, from a graph.json file or (without --file) from Neo4j, until
 * interrupted. With --file on a loopback host, and without --read-only, the page can also record
 * review decisions (src/serve/review-api.ts); otherwise it has no write controls at all.
 */
import { isLoopback, startViewerServer } from '../../serve/viewer-server';
import { ensureViewerBuilt } from '../../serve/viewer-build';
import { createFileGraphSource } from '../../serve/file-graph-source';
import { parseServeArgs } from '../../serve/parse-serve-args';
import type { GraphSource } from '../../serve/graph-source';
import { decisionsPathForGraph } from '../../review/decisions-path';
import { createReviewApi } from '../../serve/review-api';
import type { ServeArgs } from '../../serve/parse-serve-args';

function reviewOffReason(options: ServeArgs): string {
  if (options.readOnly) return '--read-only';
  if (!options.file) return 'reviewing needs --file <graph.json>, whose store the decisions are applied to';
  return `not on a loopback host (${options.host})`;
}

export async function run(args: string[]): Promise<number> {
  const options = parseServeArgs(args);
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const build = await ensureViewerBuilt(undefined, say);
  let source: GraphSource;
  if (options.file) {
    source = createFileGraphSource(options.file);
    await source.loadGraph(); // fail now, with the file's name, rather than on the first page load
  } else {
    // Loaded only when needed, so --file never loads the Neo4j driver (require: tsx runs this as CommonJS).
    const { createNeo4jGraphSource } = require('../../serve/neo4j-graph-source') as typeof import('../../serve/neo4j-graph-source');
    source = await createNeo4jGraphSource();
  }
  const decisions = options.file ? (options.decisions ?? decisionsPathForGraph(options.file)) : null;
  const review =
    options.file && decisions && !options.readOnly && isLoopback(options.host) ? createReviewApi({ graphPath: options.file, decisionsPath: decisions, source }) : undefined;
  const server = await startViewerServer({
    host: options.host,
    port: options.port,
    source,
    build,
    warmExplorer: true,
    ...(review ? { review } : {}),
    log: (line) => process.stderr.write(`${line}\n`),
  }).catch(async (error: unknown) => {
    await source.close();
    throw error;
  });
  if (!isLoopback(options.host)) say(`Warning: listening on ${options.host}, reachable from other machines.`);
  say(`Viewer: ${server.url}  (data: ${source.description}; Ctrl+C to stop)`);
  say(review ? `Review: on; decisions go to ${decisions}` : `Review: off (${reviewOffReason(options)})`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await source.close();
  return 0;
}
