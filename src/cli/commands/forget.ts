/**
 * `kg forget <source-id>... [--out out/graph.json] [--neo4j] [--quiet]`
 *
 * Removes sources from the store, graph.json and (with --neo4j, or NEO4J_URI set) Neo4j. The
 * graph is that of the sources that stay (only the documents whose identity the removal changes
 * are resolved again, see update-archive.ts), so what only a forgotten source supported (its
 * stances, its relation evidence, entities no other source names, aliases only it used) goes,
 * and what other sources also support stays. Holds the graph file's lock like `kg import`.
 */
import { KgError } from '../../errors/kg-error';
import { type CacheReads, storedSources } from '../../pipeline/update-archive';
import { writeGraphFiles, writeGraphToNeo4j } from '../../pipeline/write-outputs';
import { withOutputLock } from '../../write/output-lock';
import { parseCommandArgs } from '../parse-args';
import { decisionsPathForGraph } from '../../review/decisions-path';
import { readDecisionsFile } from '../../review/parse-decisions';
import { DEFAULT_GRAPH_PATH, parseSeconds, staleWarnings } from './import';

export const FORGET_OPTIONS = {
  out: { type: 'string' },
  neo4j: { type: 'boolean' },
  'no-neo4j': { type: 'boolean' },
  quiet: { type: 'boolean' },
  wait: { type: 'string' },
  decisions: { type: 'string' },
} as const;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('forget', args, FORGET_OPTIONS);
  const out = values.out ?? DEFAULT_GRAPH_PATH;
  const wait = values.wait;
  const toNeo4j = values.neo4j === true || (Boolean(process.env.NEO4J_URI) && !values['no-neo4j']);
  const ids = [...new Set(positionals)];
  if (ids.length === 0) throw new KgError('E_USAGE', 'forget', 'no source id given; usage: kg forget <source-id>... [--out graph.json]');

  return withOutputLock(
    out,
    { command: 'kg forget', onWait: (line) => process.stderr.write(`${line}\n`), ...(wait !== undefined ? { waitMs: parseSeconds(wait) } : {}) },
    async () => {
      // The cache entries read to know the stored sources serve the archive update below too.
      const reads: CacheReads = new Map();
      const known = new Set(storedSources(out, reads).keys());
      const unknown = ids.filter((id) => !known.has(id));
      if (unknown.length > 0) {
        const listed = [...known]
          .sort()
          .slice(0, 10)
          .map((id) => `"${id}"`)
          .join(', ');
        throw new KgError(
          'E_NOT_FOUND',
          'forget',
          `no source ${unknown.map((id) => `"${id}"`).join(', ')} in the store of "${out}"; it holds ${known.size === 0 ? 'no sources' : `${listed}${known.size > 10 ? ', ...' : ''}`}`,
        );
      }
      const decisionsPath = values.decisions ?? decisionsPathForGraph(out);
      const decisions = readDecisionsFile(decisionsPath, 'forget');
      const target = { out, neo4j: toNeo4j };
      const state = writeGraphFiles(target, { put: [], remove: ids }, decisions, reads);
      const remaining = state.facts;
      // Decisions about what only a forgotten source said are stale now; they stay in the file for when it comes back.
      if (!values.quiet) for (const line of staleWarnings('forget', decisionsPath, state.review.stale)) process.stderr.write(`${line}\n`);
      const neo4jLine = toNeo4j ? await writeGraphToNeo4j(target, state.facts, state.changed) : '';
      if (!values.quiet) {
        process.stdout.write(`Forgot ${ids.length} source${ids.length === 1 ? '' : 's'} (${ids.join(', ')}); ${remaining.length} left in ${out}.\n`);
        if (neo4jLine) process.stdout.write(`${neo4jLine}\n`);
      }
      return 0;
    },
  );
}
