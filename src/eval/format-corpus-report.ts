/**
 * Presentation of the corpus figures: one table per split with a row for the whole split and one
 * per shape, then (dev only) a line per text. The test split is frozen: its output is built from
 * the aggregate rows and counts alone, so no text name, error message, missed fact or quote of it
 * can reach a terminal or a JSON file.
 */
import { relative } from 'node:path';
import { aggregateByGroup, type AggregateRow } from './aggregate-scores';
import type { CorpusResult } from './evaluate-corpus';
import type { EvalReport } from './evaluate-graph';
import { formatReport, reportToJson } from './format-report';
import { CORPUS_SPLIT_DIRS, type CorpusSplit } from './list-corpus-golds';
import type { Scores } from './prf';
import { countCameoCodes, formatCameoCodes, type CodeCount } from './count-cameo-codes';
import { countStanceErrors, formatStanceErrors, type StanceErrorCounts } from './count-stance-errors';

const f = (x: number) => x.toFixed(2);
const prf = (s: Scores) => `${f(s.precision)} ${f(s.recall)} ${f(s.f1)}`;
const COLUMNS = ['entities', 'relations', 'stances', 'stances+polarity'];

/** What a split's report may contain: for the test split, aggregates and counts only. */
export interface CorpusSplitSummary {
  split: CorpusSplit;
  dir: string;
  texts: number;
  scored: number;
  /** Texts that could not be scored (their reasons only for dev). */
  notScored: number;
  rows: AggregateRow[];
  /** The CAMEO codes of the stances produced on the split's scored texts, most frequent first. */
  codes: CodeCount[];
  /** Missed and spurious stances by cause, counts only. */
  stanceErrors: StanceErrorCounts;
  /** dev only: one entry per text. */
  perText?: { gold: string; shape: string; scores: EvalReport['scores'] | null; error: string | null; report?: unknown }[];
}

/**
 * @param details dev only: keep each text's full report (missed and spurious facts).
 * @example summariseSplit('dev', results, process.cwd())
 */
export function summariseSplit(split: CorpusSplit, results: readonly CorpusResult[], root: string, details = false): CorpusSplitSummary {
  const scored = results.flatMap((r) => (r.report ? [{ shape: r.shape, scores: r.report.scores }] : []));
  const summary: CorpusSplitSummary = {
    split,
    dir: CORPUS_SPLIT_DIRS[split],
    texts: results.length,
    scored: scored.length,
    notScored: results.length - scored.length,
    rows: aggregateByGroup(scored, (r) => r.shape),
    codes: countCameoCodes(results.flatMap((r) => (r.report ? [r.report] : []))),
    stanceErrors: countStanceErrors(results.flatMap((r) => (r.report ? [r.report] : []))),
  };
  if (split === 'dev')
    summary.perText = results.map((r) => ({
      gold: relative(root, r.goldPath),
      shape: r.shape,
      scores: r.report ? r.report.scores : null,
      error: r.error,
      ...(details && r.report ? { report: reportToJson(r.report) } : {}),
    }));
  return summary;
}

function header(first: string, width: number): string {
  return `${first.padEnd(width)}${'texts'.padStart(6)}  ${COLUMNS.map((c) => `${c} P R F1`.padEnd(22)).join('  ')}`.trimEnd();
}

function row(name: string, width: number, texts: number, scores: AggregateRow['scores']): string {
  const cells = [scores.entities, scores.relations, scores.stances, scores.stancesWithPolarity].map((s) => prf(s).padEnd(22));
  return `${name.padEnd(width)}${String(texts).padStart(6)}  ${cells.join('  ')}`.trimEnd();
}

/** The split's table, for a person reading a terminal. */
export function formatSplitSummary(summary: CorpusSplitSummary, detailsOf?: (gold: string) => CorpusResult | undefined): string {
  const lines = [`== corpus ${summary.split} (${summary.dir}): ${summary.texts} texts, ${summary.scored} scored${summary.notScored ? `, ${summary.notScored} not scored` : ''}`];
  if (summary.texts === 0) return [...lines, '(no gold files)'].join('\n');
  lines.push('micro-averaged P R F1; stances match on holder and target, stances+polarity on polarity too', header('shape', 20));
  for (const r of summary.rows) lines.push(row(r.group, 20, r.texts, r.scores));
  lines.push(formatCameoCodes(summary.codes));
  lines.push(formatStanceErrors(summary.stanceErrors));
  if (summary.perText) {
    const names = summary.perText.map(
      (t) =>
        t.gold
          .split('/')
          .pop()
          ?.replace(/\.gold\.json$/, '') ?? t.gold,
    );
    const width = Math.max(20, ...names.map((n) => n.length + 1));
    lines.push('', header('text', width));
    summary.perText.forEach((t, i) => {
      lines.push(t.scores ? row(names[i], width, 1, t.scores) : `${names[i]}: not evaluated: ${t.error}`);
      const full = detailsOf?.(t.gold)?.report;
      if (full) lines.push(formatReport(full).replace(/^/gm, '    '));
    });
  }
  return lines.join('\n');
}
