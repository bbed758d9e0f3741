/**
 * `kg import <file|dir>... [--out out/graph.json] [--neo4j] [--quiet] [--fresh] [--max-size 10MB]`
 *
 * Reads the sources, merges them with what earlier imports stored beside the graph, writes
 * graph.json atomically and, with --neo4j (or NEO4J_URI set), writes Neo4j one transaction per
 * source. Prints one line per failed file and a one-line summary; exits 1 when anything failed.
 */
import { SerializedGraph } from '../../../schema/graph-json';
import { KgError } from '../../errors/kg-error';
import { importSources } from '../../pipeline/import-sources';
import { clearStore, loadStore, saveToStore, storeDirFor } from '../../write/extraction-store';
import { writeFileAtomic } from '../../write/write-file-atomic';
import { parseCommandArgs, type OptionSpecs } from '../parse-args';
import { createProgress } from '../progress';

export const DEFAULT_GRAPH_PATH = 'out/graph.json';

/** "20MB", "512k", "1048576" -> bytes. */
export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(value.trim());
  if (!m) throw new KgError('E_USAGE', 'import', `cannot read size "${value}"; expected a number of bytes or e.g. 20MB`);
  const unit = (m[2] ?? 'b').toLowerCase()[0]!;
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(Number(m[1]) * factor);
}

export const IMPORT_OPTIONS = {
  out: { type: 'string' },
  neo4j: { type: 'boolean' },
  'no-neo4j': { type: 'boolean' },
  quiet: { type: 'boolean' },
  fresh: { type: 'boolean' },
  'max-size': { type: 'string' },
} as const satisfies OptionSpecs;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('import', args, IMPORT_OPTIONS);
  const quiet = values.quiet ?? false;
  const out = values.out ?? DEFAULT_GRAPH_PATH;
  const maxSize = values['max-size'];
  const toNeo4j = values.neo4j === true || (Boolean(process.env.NEO4J_URI) && !values['no-neo4j']);
  if (positionals.length === 0) throw new KgError('E_USAGE', 'import', 'no input given; usage: kg import <file|dir>... [--out graph.json]');

  const storeDir = storeDirFor(out);
  if (values.fresh) clearStore(storeDir);
  const previous = loadStore(storeDir);
  const progress = createProgress(process.stderr, !quiet);
  const result = await importSources(positionals, {
    previous,
    ...(maxSize ? { maxBytes: parseSize(maxSize) } : {}),
    onProgress: (done, total, path) => progress.update(done, total, path),
  });
  progress.done();
  for (const failure of result.failures) process.stderr.write(`kg: ${failure.message}\n`);

  if (result.imported.length > 0) {
    const exported = result.graph.export();
    // A graph that does not match its documented format is a bug: fail before writing anything.
    const check = SerializedGraph.safeParse(exported);
    if (!check.success) throw new Error(`graph.json does not match schema/graph-json.ts: ${check.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    try {
      // The store first: it is what later imports rebuild graph.json from.
      saveToStore(storeDir, result.imported);
      writeFileAtomic(out, `${JSON.stringify(exported, null, 1)}\n`);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (!code) throw error;
      throw new KgError('E_USAGE', 'import', `cannot write the graph to "${out}": ${(error as Error).message}; graph.json was not written`, { cause: error });
    }
  }

  let neo4jLine = '';
  if (toNeo4j && result.extractions.length > 0) {
    // require, not import(): bin/kg.js loads TypeScript through tsx's CommonJS hook, which a
    // dynamic import() bypasses (ERR_MODULE_NOT_FOUND for the extension-less path).
    const { openDriver } = require('../../db/open-driver') as typeof import('../../db/open-driver');
    const { connectionFromEnv } = require('../../db/connection-config') as typeof import('../../db/connection-config');
    const { writeExtractions, formatSummary } = require('../../write') as typeof import('../../write');
    const config = connectionFromEnv();
    const driver = await openDriver(config, { operation: 'import' });
    try {
      const summary = await writeExtractions(driver, result.extractions, {
        database: config.database,
        uri: config.uri,
        onProgress: (done, total, id) => progress.update(done, total, `neo4j ${id}`),
      });
      progress.done();
      neo4jLine = formatSummary(summary);
    } finally {
      await driver.close();
    }
  }

  const counts = countGraph(result.graph);
  if (!quiet) {
    const failed = result.failures.length;
    process.stdout.write(
      `Imported ${result.imported.length} document${result.imported.length === 1 ? '' : 's'} (${counts.sources} in the graph): ` +
        `${counts.entities} entities, ${counts.relations} relations, ${counts.stances} stances; ${failed} failed. ` +
        `${result.imported.length > 0 ? `Graph written to ${out}` : 'Nothing written'}.\n`,
    );
    if (neo4jLine) process.stdout.write(`${neo4jLine}\n`);
  }
  return result.failures.length > 0 || result.imported.length === 0 ? 1 : 0;
}

function countGraph(graph: import('../../build/build-graph').KnowledgeGraph): { sources: number; entities: number; relations: number; stances: number } {
  let sources = 0;
  let stances = 0;
  let entities = 0;
  graph.forEachNode((_, attrs) => {
    if (attrs.kind === 'Source') sources++;
    else if (attrs.kind === 'Stance') stances++;
    else entities++;
  });
  let relations = 0;
  graph.forEachEdge((_, attrs) => {
    if ('evidence' in attrs) relations++;
  });
  return { sources, entities, relations, stances };
}
