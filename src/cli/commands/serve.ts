/**
 * `kg serve [--port 5173] [--host 127.0.0.1] [--file graph.json]`: serves the viewer and its
 * read-only API, from a graph.json file or (without --file) from Neo4j, until interrupted.
 */
import { isLoopback, startViewerServer } from '../../serve/viewer-server';
import { ensureViewerBuilt } from '../../serve/viewer-build';
import { createFileGraphSource } from '../../serve/file-graph-source';
import { parseServeArgs } from '../../serve/parse-serve-args';
import type { GraphSource } from '../../serve/graph-source';

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
  const server = await startViewerServer({
    host: options.host,
    port: options.port,
    source,
    build,
    warmExplorer: true,
    log: (line) => process.stderr.write(`${line}\n`),
  }).catch(async (error: unknown) => {
    await source.close();
    throw error;
  });
  if (!isLoopback(options.host)) say(`Warning: listening on ${options.host}, reachable from other machines.`);
  say(`Viewer: ${server.url}  (data: ${source.description}; Ctrl+C to stop)`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await source.close();
  return 0;
}
