/**
 * `kg viz export --out <dir> [--file graph.json]`: writes a self-contained viewer page (graph
 * inlined) that opens from disk. Without --file the graph is read from Neo4j. A graph of archive
 * size is refused with the limit and `kg serve` named (`checkExportSize`).
 */
import { parseExportArgs } from '../../serve/parse-serve-args';
import { readGraphFile } from '../../serve/file-graph-source';
import { checkExportSize, exportStaticViewer } from '../../serve/static-export';
import { ensureViewerBuilt } from '../../serve/viewer-build';

export async function run(args: string[]): Promise<number> {
  const options = parseExportArgs(args);
  let graph;
  if (options.file) graph = await readGraphFile(options.file, 'viz export');
  else {
    // Loaded only when needed, so --file never loads the Neo4j driver (require: tsx runs this as CommonJS).
    const { createNeo4jGraphSource } = require('../../serve/neo4j-graph-source') as typeof import('../../serve/neo4j-graph-source');
    const source = await createNeo4jGraphSource();
    try {
      graph = await source.loadGraph();
    } finally {
      await source.close();
    }
  }
  checkExportSize(graph, options.file ? `--file ${options.file}` : '');
  const build = await ensureViewerBuilt(undefined, (line) => process.stdout.write(`${line}\n`));
  const result = await exportStaticViewer(build, graph, options.out);
  process.stdout.write(`Wrote ${result.file} (${graph.nodes.length} nodes, ${graph.edges.length} edges, ${(result.bytes / 1024).toFixed(0)} KiB); open it in a browser.\n`);
  return 0;
}
