/**
 * The fuzz run: cases in batches through `checkBatch`, tallied by outcome and failure class,
 * keeping for each class the shortest document that shows it. Pure apart from the clock; the
 * script (scripts/fuzz.ts) writes the samples and prints the summary.
 */
import type { Knowledge } from '../extract/knowledge';
import { checkBatch, type CaseResult } from './check-batch';
import { DEFAULT_FUZZ_CASE_OPTIONS, fuzzCase, type FuzzCaseOptions, type FuzzSeedText } from './fuzz-cases';

export interface FuzzOptions {
  count: number;
  seed: number;
  /** Documents resolved and built into one graph together. */
  batchSize: number;
  /** Run only these case numbers (a replay); empty: 0 .. count-1. */
  only: readonly number[];
  cases: Omit<FuzzCaseOptions, 'seed'>;
}

export const DEFAULT_FUZZ_OPTIONS: FuzzOptions = { count: 10_000, seed: 1, batchSize: 25, only: [], cases: DEFAULT_FUZZ_CASE_OPTIONS };

export interface FailureClass {
  name: string;
  known: boolean;
  /** Documents that showed it. */
  count: number;
  /** The shortest document that showed it, and what happened to it. */
  sample: CaseResult;
  detail: string;
}

export interface FuzzSummary {
  seed: number;
  documents: number;
  imported: number;
  /** Refusals by KgError code: clear errors, not failures. */
  refused: Map<string, number>;
  /** Documents with at least one unknown failure. */
  failed: number;
  classes: Map<string, FailureClass>;
  /** Facts whose invariants were checked, over all documents. */
  checked: { stances: number; relations: number; mentions: number };
  words: number;
  seconds: number;
}

export interface FuzzDeps {
  knowledge: Knowledge;
  root: string;
  seeds: readonly FuzzSeedText[];
  now?: () => number;
  onBatch?: (done: number, total: number, summary: FuzzSummary) => void;
}

const countWords = (text: string) => (text.match(/\S+/g) ?? []).length;

function tally(summary: FuzzSummary, result: CaseResult): void {
  summary.documents++;
  summary.words += countWords(result.fuzzCase.doc.text);
  summary.checked.stances += result.checked.stances;
  summary.checked.relations += result.checked.relations;
  summary.checked.mentions += result.checked.mentions;
  if (result.outcome === 'imported') summary.imported++;
  if (result.outcome === 'refused') summary.refused.set(result.refusal!, (summary.refused.get(result.refusal!) ?? 0) + 1);
  if (result.outcome === 'failed') summary.failed++;
  const seen = new Set<string>();
  for (const failure of result.failures) {
    if (seen.has(failure.class)) continue;
    seen.add(failure.class);
    const entry = summary.classes.get(failure.class);
    if (!entry) summary.classes.set(failure.class, { name: failure.class, known: failure.known, count: 1, sample: result, detail: failure.detail });
    else {
      entry.count++;
      if (result.fuzzCase.doc.text.length < entry.sample.fuzzCase.doc.text.length) Object.assign(entry, { sample: result, detail: failure.detail });
    }
  }
}

/**
 * Runs the fuzz.
 * @example const summary = runFuzz({ ...DEFAULT_FUZZ_OPTIONS, count: 200 }, { knowledge, root, seeds });
 */
export function runFuzz(options: FuzzOptions, deps: FuzzDeps): FuzzSummary {
  const now = deps.now ?? (() => performance.now());
  const started = now();
  const summary: FuzzSummary = {
    seed: options.seed,
    documents: 0,
    imported: 0,
    refused: new Map(),
    failed: 0,
    classes: new Map(),
    checked: { stances: 0, relations: 0, mentions: 0 },
    words: 0,
    seconds: 0,
  };
  const indices = options.only.length > 0 ? [...options.only] : Array.from({ length: options.count }, (_, i) => i);
  const caseOptions = { ...options.cases, seed: options.seed };
  for (let at = 0; at < indices.length; at += options.batchSize) {
    const cases = indices.slice(at, at + options.batchSize).map((i) => fuzzCase(i, deps.seeds, caseOptions));
    for (const result of checkBatch(cases, { knowledge: deps.knowledge, root: deps.root })) tally(summary, result);
    summary.seconds = (now() - started) / 1000;
    deps.onBatch?.(summary.documents, indices.length, summary);
  }
  summary.seconds = (now() - started) / 1000;
  return summary;
}

/** The summary as lines: counts, refusals by code, then failure classes, most frequent first. */
export function formatFuzzSummary(summary: FuzzSummary): string[] {
  const rate = summary.seconds > 0 ? summary.documents / summary.seconds : 0;
  const lines = [
    `${summary.documents} documents (${summary.words.toLocaleString('en')} words, seed ${summary.seed}) in ${summary.seconds.toFixed(1)} s: ${rate.toFixed(0)} documents/s, ${(summary.words / Math.max(summary.seconds, 1e-9)).toFixed(0)} words/s`,
    `  checked ${summary.checked.stances} stances, ${summary.checked.relations} relations, ${summary.checked.mentions} mentions`,
    `  imported ${summary.imported}, refused with a clear error ${[...summary.refused.values()].reduce((a, b) => a + b, 0)}${
      summary.refused.size
        ? ` (${[...summary.refused]
            .sort()
            .map(([code, n]) => `${code} ${n}`)
            .join(', ')})`
        : ''
    }, failed ${summary.failed}`,
  ];
  const classes = [...summary.classes.values()].sort((a, b) => Number(a.known) - Number(b.known) || b.count - a.count || (a.name < b.name ? -1 : 1));
  if (classes.length === 0) lines.push('  no failures');
  for (const c of classes) {
    const s = c.sample.fuzzCase;
    lines.push(`  ${c.known ? 'KNOWN ' : 'FAIL  '}${c.count} × ${c.name}`);
    lines.push(`        e.g. case ${s.index} (${s.origin}${s.mutations.length ? ` + ${s.mutations.join(' + ')}` : ''}): ${c.detail}`);
  }
  return lines;
}
