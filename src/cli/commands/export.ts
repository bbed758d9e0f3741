/**
 * `kg export --format neo4j-admin <dir> [--file out/graph.json] [--database neo4j] [--quiet]`
 *
 * Writes the graph of a graph file (its stored extractions resolved across documents, with the
 * analyst's decisions applied, projected exactly as `kg import --neo4j` writes them) as the CSV files `neo4j-admin database import full` reads, with the
 * command to run (`<dir>/neo4j-admin-import.sh`). For the largest first loads: the import tool
 * builds the store offline, far faster than transactions. Holds the graph file's lock, so it never
 * reads a store an import is changing.
 */
import { KgError } from '../../errors/kg-error';
import { writeAdminExport } from '../../export/write-admin-export';
import { storedSources, updateArchive } from '../../pipeline/update-archive';
import { graphIdFor } from '../../pipeline/write-outputs';
import { decisionsPathForGraph } from '../../review/decisions-path';
import { readDecisionsFile } from '../../review/parse-decisions';
import { storeDirFor } from '../../write/extraction-store';
import { graphRowsFromFacts } from '../../write/graph-rows';
import { withOutputLock } from '../../write/output-lock';
import { parseCommandArgs, type OptionSpecs } from '../parse-args';
import { DEFAULT_GRAPH_PATH } from './import';

export const EXPORT_USAGE = 'kg export --format neo4j-admin <dir> [--file out/graph.json] [--database neo4j]';

export const EXPORT_OPTIONS = {
  format: { type: 'string' },
  file: { type: 'string' },
  database: { type: 'string' },
  quiet: { type: 'boolean' },
} as const satisfies OptionSpecs;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('export', args, EXPORT_OPTIONS, { maxPositionals: 1, usage: EXPORT_USAGE });
  if (values.format !== 'neo4j-admin')
    throw new KgError('E_USAGE', 'export', `unknown or missing --format ${JSON.stringify(values.format ?? '')}; expected neo4j-admin; usage: ${EXPORT_USAGE}`);
  const dir = positionals[0];
  if (!dir) throw new KgError('E_USAGE', 'export', `no folder given; usage: ${EXPORT_USAGE}`);
  const database = values.database ?? 'neo4j';
  if (!/^[A-Za-z][A-Za-z0-9.-]{2,62}$/.test(database))
    throw new KgError('E_USAGE', 'export', `"${database}" is not a Neo4j database name (3 to 63 letters, digits, dots and dashes, starting with a letter)`);
  const file = values.file ?? DEFAULT_GRAPH_PATH;
  return withOutputLock(file, { command: 'kg export', onWait: (line) => process.stderr.write(`${line}\n`) }, async () => {
    if (storedSources(file).size === 0) throw new KgError('E_NOT_FOUND', 'export', `no sources stored for "${file}" (in "${storeDirFor(file)}"); run kg import first`);
    // The same facts graph.json and Neo4j hold: resolved across documents, decisions applied.
    const { facts } = updateArchive(file, { put: [] }, readDecisionsFile(decisionsPathForGraph(file), 'export'));
    const summary = writeAdminExport(graphRowsFromFacts(facts), graphIdFor(file), dir, database);
    if (!values.quiet)
      process.stdout.write(
        `Wrote ${summary.nodes} nodes and ${summary.relationships} relationships of ${facts.length} sources to ${dir} (${summary.files} CSV files).\n` +
          `Load them into an empty database with the server stopped: sh ${dir}/neo4j-admin-import.sh  (or, for the local server: kg db import ${dir})\n`,
      );
    return 0;
  });
}
