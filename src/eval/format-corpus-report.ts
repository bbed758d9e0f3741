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
  /** The same causes per shape ("all" first), with the stances found but of the wrong polarity; counts only. */
  stanceErrorsByShape: ShapeStanceErrors[];
  /** dev only: one entry per text. */
  perText?: { gold: string; shape: string; scores: EvalReport['scores'] | null; error: string | null; report?: unknown }[];
}

/** A shape's stance errors: the causes of countStanceErrors, and the stances right but for their polarity. */
export interface ShapeStanceErrors {
  shape: string;
  errors: StanceErrorCounts;
  /** Matched on holder and target, of the other polarity: missed by stances+polarity only. */
  wrongPolarity: number;
}

/**
 * Stance errors of the scored texts per shape, "all" first and then the shapes in order, as the
 * table's rows are: which kind of text loses its stances where.
 * @example stanceErrorsByShape(results)[0] // { shape: 'all', errors: { missed: ..., spurious: ... }, wrongPolarity: 4 }
 */
export function stanceErrorsByShape(results: readonly Pick<CorpusResult, 'shape' | 'report'>[]): ShapeStanceErrors[] {
  const groups = new Map<string, EvalReport[]>([['all', []]]);
  const scored = results.filter((r) => r.report !== null).sort((a, b) => (a.shape < b.shape ? -1 : a.shape > b.shape ? 1 : 0));
  for (const r of scored) {
    groups.get('all')!.push(r.report!);
    groups.set(r.shape, [...(groups.get(r.shape) ?? []), r.report!]);
  }
  return [...groups].map(([shape, reports]) => ({
    shape,
    errors: countStanceErrors(reports),
    wrongPolarity: reports.reduce((n, r) => n + r.stances.matched.filter((m) => !m.polarityAgrees).length, 0),
  }));
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
    stanceErrorsByShape: stanceErrorsByShape(results),
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

const ERROR_COLUMNS = ['missed', 'holder', 'target', 'pair', 'quote', 'polarity', 'spurious', 'holder', 'target', 'other'];

/** The stance errors per shape as a small table under the split's, with a legend for its columns. */
export function formatStanceErrorsByShape(rows: readonly ShapeStanceErrors[]): string[] {
  const cells = (r: ShapeStanceErrors) => {
    const m = r.errors.missed;
    const s = r.errors.spurious;
    const missed = m.holderNotFound + m.targetNotFound + m.otherPairAtQuote + m.nothingAtQuote;
    return [
      missed,
      m.holderNotFound,
      m.targetNotFound,
      m.otherPairAtQuote,
      m.nothingAtQuote,
      r.wrongPolarity,
      s.holderNotGold + s.targetNotGold + s.bothGold,
      s.holderNotGold,
      s.targetNotGold,
      s.bothGold,
    ];
  };
  const line = (first: string, values: readonly (string | number)[]) => `${first.padEnd(20)}${values.map((v) => String(v).padStart(9)).join('')}`.trimEnd();
  return [
    'stance errors by shape: missed (holder not found, target not found, other holder/target at the quote, nothing at the quote), found with the wrong polarity; spurious (holder not a gold entity, target not a gold entity, other)',
    line('shape', ERROR_COLUMNS),
    ...rows.map((r) => line(r.shape, cells(r))),
  ];
}

/** The split's table, for a person reading a terminal. */
export function formatSplitSummary(summary: CorpusSplitSummary, detailsOf?: (gold: string) => CorpusResult | undefined): string {
  const lines = [`== corpus ${summary.split} (${summary.dir}): ${summary.texts} texts, ${summary.scored} scored${summary.notScored ? `, ${summary.notScored} not scored` : ''}`];
  if (summary.texts === 0) return [...lines, '(no gold files)'].join('\n');
  lines.push('micro-averaged P R F1; stances match on holder and target, stances+polarity on polarity too', header('shape', 20));
  for (const r of summary.rows) lines.push(row(r.group, 20, r.texts, r.scores));
  lines.push(formatCameoCodes(summary.codes));
  lines.push(formatStanceErrors(summary.stanceErrors));
  lines.push(...formatStanceErrorsByShape(summary.stanceErrorsByShape));
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
