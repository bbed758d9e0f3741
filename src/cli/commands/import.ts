/**
 * `kg import <file|dir>... [--out out/graph.json] [--neo4j] [--quiet] [--fresh] [--max-size 10MB] [--wait 600] [--jobs N]`
 *
 * Reads the sources, merges them with what earlier imports stored beside the graph, writes
 * graph.json atomically and, with --neo4j (or NEO4J_URI set), makes Neo4j hold the same graph,
 * one transaction per source. Holds the graph file's lock throughout (another run into the same
 * file waits up to --wait seconds). Prints one line per failed file and a one-line summary; exits
 * 1 when a file failed, 70 when one failed with an internal error (its stack goes to
 * import-errors.log beside graph.json).
 *
 * An analyst's decisions (`review/decisions.jsonl` beside the sources, or `--decisions <file>`)
 * are applied without being asked; a stale one is a warning with its line, never a failure.
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { KgError } from '../../errors/kg-error';
import { quoteName } from '../../errors/quote-name';
import type { SerializedGraph } from '../../../schema/graph-json';
import { extractSources, type ImportFailure, type StoredSource } from '../../pipeline/import-sources';
import { type ArchiveState, type CacheReads, storedSources, updateArchive } from '../../pipeline/update-archive';
import { writeGraphFiles, writeGraphToNeo4j } from '../../pipeline/write-outputs';
import { storeDirFor } from '../../write/extraction-store';
import { withOutputLock } from '../../write/output-lock';
import { ERROR_LOG_NAME, ownOutputsOf } from '../../write/own-outputs';
import { parseCommandArgs, type OptionSpecs } from '../parse-args';
import { createProgress } from '../progress';
import type { StaleDecision } from '../../review/apply-decisions';
import { decisionsPathForInputs, rememberDecisionsPath } from '../../review/decisions-path';
import { describeDecision } from '../../review/describe-decision';
import { readDecisionsFile } from '../../review/parse-decisions';

export const DEFAULT_GRAPH_PATH = 'out/graph.json';

/** "20MB", "512k", "1048576" -> bytes. */
export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(value.trim());
  if (!m) throw new KgError('E_USAGE', 'import', `cannot read size "${value}"; expected a number of bytes or e.g. 20MB`);
  const unit = (m[2] ?? 'b').toLowerCase()[0]!;
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(Number(m[1]) * factor);
}

/** Where the stacks of documents that failed with an internal error go: beside graph.json. */
export function errorLogFor(out: string): string {
  return join(dirname(out), ERROR_LOG_NAME);
}

/** Append the stacks of this run's internal failures to the error log. */
export function logInternalFailures(log: string, failures: readonly ImportFailure[]): void {
  const at = new Date().toISOString();
  const entries = failures.map((f) => `--- ${at} ${f.path} (${f.internal!.stage})\n${f.internal!.stack}\n`).join('');
  mkdirSync(dirname(log), { recursive: true });
  appendFileSync(log, entries);
}

export const IMPORT_OPTIONS = {
  out: { type: 'string' },
  neo4j: { type: 'boolean' },
  'no-neo4j': { type: 'boolean' },
  quiet: { type: 'boolean' },
  fresh: { type: 'boolean' },
  'max-size': { type: 'string' },
  wait: { type: 'string' },
  jobs: { type: 'string' },
  decisions: { type: 'string' },
} as const satisfies OptionSpecs;

/** One warning per stale decision: `kg: import: warning: import/review/decisions.jsonl:3: stale decision, ...`. */
export function staleWarnings(operation: string, file: string, stale: readonly StaleDecision[]): string[] {
  return stale.map((s) => `kg: ${operation}: warning: ${file}:${s.line}: stale decision, not applied: ${s.reason} (${describeDecision(s.decision)})`);
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('import', args, IMPORT_OPTIONS);
  const quiet = values.quiet ?? false;
  const fresh = values.fresh ?? false;
  const out = values.out ?? DEFAULT_GRAPH_PATH;
  const maxSize = values['max-size'];
  const jobs = values.jobs;
  if (jobs !== undefined && !/^[1-9]\d{0,2}$/.test(jobs)) throw new KgError('E_USAGE', 'import', `--jobs takes a number of worker threads from 1 to 999, got "${jobs}"`);
  const wait = values.wait;
  const toNeo4j = values.neo4j === true || (Boolean(process.env.NEO4J_URI) && !values['no-neo4j']);
  if (positionals.length === 0) throw new KgError('E_USAGE', 'import', 'no input given; usage: kg import <file|dir>... [--out graph.json]');
  const waitMs = wait === undefined ? undefined : parseSeconds(wait);
  const decisionsPath = values.decisions ?? decisionsPathForInputs(positionals);

  // One writer per graph file: the store, graph.json and Neo4j change together or wait.
  return withOutputLock(out, { command: 'kg import', onWait: (line) => process.stderr.write(`${line}\n`), ...(waitMs !== undefined ? { waitMs } : {}) }, async () => {
    // What the store holds, from the archive cache: no stored text is read to add to an archive.
    // The cache entries read here to know the stored sources serve the archive update below too.
    const reads: CacheReads = new Map();
    const stored: Map<string, StoredSource> = fresh ? new Map() : storedSources(out, reads);
    // Before each graph file had its own store, every graph file in a folder shared `sources/`.
    const oldStore = join(dirname(out), 'sources');
    if (!quiet && stored.size === 0 && existsSync(join(oldStore, '..', basename(out))) && existsSync(oldStore) && readdirSync(oldStore).some((n) => n.endsWith('.json'))) {
      process.stderr.write(
        `kg: note: the sources of "${out}" are now kept in "${storeDirFor(out)}"; the old "${oldStore}" is no longer read (import those files again, then delete it)\n`,
      );
    }
    // Read before anything else: a decisions file that does not parse stops the import with nothing written.
    const decisions = readDecisionsFile(decisionsPath);
    const progress = createProgress(process.stderr, !quiet);
    const result = await extractSources(positionals, {
      stored,
      exclude: ownOutputsOf(out),
      ...(maxSize ? { maxBytes: parseSize(maxSize) } : {}),
      ...(jobs ? { jobs: Number(jobs) } : {}),
      onProgress: (done, total, path) => progress.update(done, total, path),
    });
    progress.done();
    for (const entry of result.skipped) process.stderr.write(`kg: import: skipped ${quoteName(entry.path)}: ${entry.reason}\n`);
    const internal = result.failures.filter((f) => f.internal);
    const log = errorLogFor(out);
    if (internal.length > 0) logInternalFailures(log, internal);
    for (const failure of result.failures) process.stderr.write(`kg: ${failure.message}${failure.internal ? `; this is a bug, please report it: the stack is in ${log}` : ''}\n`);

    const target = { out, neo4j: toNeo4j, onNeo4jProgress: (done: number, total: number, id: string) => progress.update(done, total, `neo4j ${id}`) };
    // With --fresh and nothing imported, nothing changes: the store and graph.json stay as they were.
    const written = result.imported.length > 0;
    // Nothing imported: the graph is the store's as it was (read from the archive cache, nothing
    // rewritten), unless there are decisions to apply to it again (one may be new).
    const rewrite = written || (!fresh && stored.size > 0 && decisions.length > 0);
    const state: ArchiveState | undefined = rewrite
      ? writeGraphFiles(target, { put: result.imported, replaceAll: fresh }, decisions, reads)
      : !fresh && stored.size > 0
        ? updateArchive(out, { put: [] }, [], reads)
        : undefined;
    if (rewrite) rememberDecisionsPath(out, decisionsPath);
    for (const line of staleWarnings('import', decisionsPath, state?.review.stale ?? [])) process.stderr.write(`${line}\n`);

    let neo4jLine = '';
    if (toNeo4j && state && state.facts.length > 0) {
      neo4jLine = await writeGraphToNeo4j(target, state.facts, state.changed);
      progress.done();
    }

    const counts = countGraph(state?.graph);
    if (!quiet) {
      const failed = result.failures.length;
      process.stdout.write(
        `Imported ${result.imported.length} document${result.imported.length === 1 ? '' : 's'} (${counts.sources} in the graph): ` +
          `${counts.entities} entities, ${counts.relations} relations, ${counts.stances} stances; ${failed} failed. ` +
          `${rewrite ? `Graph written to ${out}` : 'Nothing written'}.\n`,
      );
      if (neo4jLine) process.stdout.write(`${neo4jLine}\n`);
      const { applied, stale } = state?.review ?? { applied: 0, stale: [] };
      if (applied + stale.length > 0) process.stdout.write(`Review: ${applied} decision${applied === 1 ? '' : 's'} applied, ${stale.length} stale (from ${decisionsPath}).\n`);
    }
    // A document that failed with a bug is an internal error (70), even though the others are in the graph.
    if (internal.length > 0) return 70;
    return result.failures.length > 0 || result.imported.length === 0 ? 1 : 0;
  });
}

/** "30", "2.5" -> milliseconds. */
export function parseSeconds(value: string): number {
  const seconds = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !Number.isFinite(seconds)) throw new KgError('E_USAGE', 'import', `cannot read "--wait ${value}"; expected a number of seconds`);
  return Math.round(seconds * 1000);
}

function countGraph(graph: SerializedGraph | undefined): { sources: number; entities: number; relations: number; stances: number } {
  let sources = 0;
  let stances = 0;
  let entities = 0;
  for (const { attributes } of graph?.nodes ?? []) {
    if (attributes.kind === 'Source') sources++;
    else if (attributes.kind === 'Stance') stances++;
    else entities++;
  }
  let relations = 0;
  for (const { attributes } of graph?.edges ?? []) if ('evidence' in attributes) relations++;
  return { sources, entities, relations, stances };
}
