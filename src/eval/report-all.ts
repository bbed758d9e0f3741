/**
 * `npm run eval:all [-- --graph out/graph.json] [--details] [--json] [--split dev|test] [--no-corpus | --corpus-only]`:
 * the quality figures with the real pipeline (unless a graph is given).
 *
 * 1. Every gold file of the project (`eval/gold/`, `eval/dev/`), per text, as before.
 * 2. The evaluation corpus, split by split, each text imported on its own: micro-averaged
 *    entity, relation and stance figures overall and per shape. The dev split (`eval/corpus/dev/`)
 *    also gets a line per text; the test split (`eval/test/`) is frozen and gets its aggregate
 *    rows only, never a text's name, error or quote.
 *
 * `--json` prints the same content as one JSON document. Exits non-zero only when something could
 * not be evaluated, not for low scores.
 */
import { relative } from 'node:path';
import { parseCommandArgs } from '../cli/parse-args';
import { isKgError, KgError } from '../errors/kg-error';
import { evaluateCorpus, type CorpusResult } from './evaluate-corpus';
import { evaluateGoldFiles, listGoldFiles, type GoldFileResult } from './evaluate-gold-files';
import { formatSplitSummary, summariseSplit, type CorpusSplitSummary } from './format-corpus-report';
import { formatReport, formatScoreTable, reportToJson } from './format-report';
import type { CorpusSplit } from './list-corpus-golds';
import { loadGraph } from './load-eval-inputs';
import type { ExportedGraph } from './predicted-graph';
import type { Scores } from './prf';

const f = (x: number) => x.toFixed(2);
const brief = (s: Scores) => `P ${f(s.precision)} R ${f(s.recall)} F1 ${f(s.f1)}`;

export interface ReportAllOptions {
  graph?: ExportedGraph;
  details: boolean;
  json: boolean;
  splits: CorpusSplit[];
  goldFiles: boolean;
}

const REPORT_ALL_OPTIONS = {
  graph: { type: 'string' },
  details: { type: 'boolean' },
  json: { type: 'boolean' },
  split: { type: 'string' },
  'no-corpus': { type: 'boolean' },
  'corpus-only': { type: 'boolean' },
} as const;

/** Reads the command line with the project's one parser; a wrong flag is a usage error naming it. */
export function parseReportAllArgs(argv: readonly string[]): Omit<ReportAllOptions, 'graph'> & { graphPath?: string } {
  const { values } = parseCommandArgs('eval:all', argv, REPORT_ALL_OPTIONS, { maxPositionals: 0 });
  const out: Omit<ReportAllOptions, 'graph'> & { graphPath?: string } = {
    details: values.details ?? false,
    json: values.json ?? false,
    splits: ['dev', 'test'],
    goldFiles: !values['corpus-only'],
  };
  if (values.graph !== undefined) out.graphPath = values.graph;
  if (values.split !== undefined) {
    if (values.split !== 'dev' && values.split !== 'test') throw new KgError('E_USAGE', 'eval:all', `--split "${values.split}": expected dev or test`);
    out.splits = [values.split];
  }
  if (values['no-corpus']) out.splits = [];
  return out;
}

function goldFilesText(results: GoldFileResult[], root: string, details: boolean): { text: string; failed: number } {
  let failed = 0;
  const parts: string[] = [];
  const summary: string[] = [];
  for (const { goldPath, report, error } of results) {
    const name = relative(root, goldPath);
    parts.push(`\n== ${name}\n`);
    if (!report) {
      failed += 1;
      parts.push(`not evaluated: ${error}\n`);
      summary.push(`${name.padEnd(58)} not evaluated`);
      continue;
    }
    parts.push(`${details ? formatReport(report) : formatScoreTable(report)}\n`);
    const { entities, relations, stances } = report.scores;
    summary.push(`${name.padEnd(58)} entities ${brief(entities)} | relations ${brief(relations)} | stances ${brief(stances)}`);
  }
  parts.push(`\nSummary\n${summary.join('\n')}\n`);
  return { text: parts.join(''), failed };
}

async function main(argv: string[]): Promise<number> {
  const root = process.cwd();
  const args = parseReportAllArgs(argv);
  const graph = args.graphPath ? loadGraph(args.graphPath) : undefined;
  const gold = args.goldFiles ? await evaluateGoldFiles(listGoldFiles(root), root, graph) : [];
  const corpus: { summary: CorpusSplitSummary; results: CorpusResult[] }[] = [];
  for (const split of args.splits) {
    const results = await evaluateCorpus(root, split, graph);
    corpus.push({ summary: summariseSplit(split, results, root, args.details), results });
  }
  const failed = gold.filter((g) => !g.report).length + corpus.reduce((n, c) => n + c.summary.notScored, 0);

  if (args.json) {
    const document = {
      goldFiles: gold.map((g) => ({ gold: relative(root, g.goldPath), error: g.error, report: g.report ? reportToJson(g.report) : null })),
      corpus: Object.fromEntries(corpus.map((c) => [c.summary.split, c.summary])),
    };
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
    return failed > 0 ? 1 : 0;
  }
  if (args.goldFiles) process.stdout.write(goldFilesText(gold, root, args.details).text);
  for (const { summary, results } of corpus) {
    const byGold = new Map(results.map((r) => [relative(root, r.goldPath), r]));
    process.stdout.write(`\n${formatSplitSummary(summary, args.details ? (g) => byGold.get(g) : undefined)}\n`);
  }
  return failed > 0 ? 1 : 0;
}

if (require.main === module)
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      // Usage errors already name eval:all; errors of the evaluator name their own operation.
      const line = isKgError(error) ? (error.operation === 'eval:all' ? error.message : `eval:all: ${error.message}`) : null;
      process.stderr.write(line ? `${line}\n` : `eval:all: internal error\n${(error as Error).stack}\n`);
      process.exitCode = isKgError(error) ? 1 : 70;
    },
  );
