/**
 * `kg review list [--stale] [--json] [--out out/graph.json] [--decisions file]` and
 * `kg review undo <line> [--out out/graph.json] [--decisions file]`.
 *
 * list: every decision of the graph's decisions file with its line, marked stale where it no
 * longer applies to the stored extractions (`--stale`: only those). undo: blanks that line of
 * the file (the others keep their numbers) and rebuilds graph.json from the store, so the
 * decision's effect is gone at once; Neo4j follows on the next `kg import --neo4j`.
 */
import { existsSync } from 'node:fs';
import { KgError } from '../../errors/kg-error';
import { graphOfExtractions } from '../../pipeline/import-sources';
import { undoDecision } from '../../review/decisions-file';
import { decisionsPathForGraph } from '../../review/decisions-path';
import { describeDecision } from '../../review/describe-decision';
import { readDecisionsFile } from '../../review/parse-decisions';
import { reapplyDecisions } from '../../review/reapply-decisions';
import { loadStore, storeDirFor } from '../../write/extraction-store';
import { parseCommandArgs, type OptionSpecs } from '../parse-args';
import { DEFAULT_GRAPH_PATH } from './import';

export const REVIEW_OPTIONS = {
  out: { type: 'string' },
  decisions: { type: 'string' },
  stale: { type: 'boolean' },
  json: { type: 'boolean' },
} as const satisfies OptionSpecs;

const USAGE = 'kg review list [--stale] [--json] [--out graph.json] [--decisions file] | kg review undo <line>';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('review', args, REVIEW_OPTIONS, { maxPositionals: 2, usage: USAGE });
  const [sub, arg] = positionals;
  const out = values.out ?? DEFAULT_GRAPH_PATH;
  const file = values.decisions ?? decisionsPathForGraph(out);
  if (sub === 'list') {
    if (arg !== undefined) throw new KgError('E_USAGE', 'review list', `unexpected argument "${arg}"; usage: ${USAGE}`);
    return list(out, file, values.stale ?? false, values.json ?? false);
  }
  if (sub === 'undo') {
    if (arg === undefined || !/^[1-9]\d*$/.test(arg))
      throw new KgError('E_USAGE', 'review undo', `expected the line number of a decision, got ${arg === undefined ? 'none' : `"${arg}"`}; usage: ${USAGE}`);
    const undone = await undoDecision(file, Number(arg));
    process.stdout.write(`Undid line ${undone.line} of ${file}: ${describeDecision(undone.decision)}\n`);
    if (existsSync(storeDirFor(out))) {
      const review = await reapplyDecisions(out, file, 'review undo');
      process.stdout.write(`Graph rewritten to ${out}: ${review.applied} decisions applied, ${review.stale.length} stale.\n`);
    }
    return 0;
  }
  throw new KgError('E_USAGE', 'review', `expected "list" or "undo", got ${sub === undefined ? 'nothing' : `"${sub}"`}; usage: ${USAGE}`);
}

function list(out: string, file: string, onlyStale: boolean, json: boolean): number {
  const decisions = readDecisionsFile(file, 'review list');
  const stored = loadStore(storeDirFor(out));
  // Staleness is judged against the stored extractions, the same ones `kg import` applies decisions to.
  const stale = new Map(stored.length > 0 ? graphOfExtractions(stored, decisions).review.stale.map((s) => [s.line, s.reason]) : []);
  const rows = decisions.filter((d) => !onlyStale || stale.has(d.line)).map((d) => ({ line: d.line, stale: stale.get(d.line) ?? null, decision: d.decision }));
  if (json) {
    process.stdout.write(`${JSON.stringify(rows, null, 1)}\n`);
    return 0;
  }
  if (rows.length === 0) {
    process.stdout.write(`${onlyStale ? 'No stale decisions' : 'No decisions'} in ${file}.\n`);
    return 0;
  }
  for (const row of rows) process.stdout.write(`${String(row.line).padStart(4)}  ${describeDecision(row.decision)}${row.stale ? `\n      stale: ${row.stale}` : ''}\n`);
  process.stdout.write(`${rows.length} decision${rows.length === 1 ? '' : 's'}${onlyStale ? ' stale' : `, ${stale.size} stale`} in ${file}.\n`);
  return 0;
}
