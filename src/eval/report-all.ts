/**
 * `npm run eval:all [-- --graph out/graph.json] [--details]`: the quality figures for every gold
 * file (the imported documents and the dev texts), computed with the real pipeline unless a
 * graph is given. Exits non-zero only when something could not be evaluated, not for low scores.
 */
import { relative } from 'node:path';
import { parseCommandArgs } from '../cli/parse-args';
import { isKgError } from '../errors/kg-error';
import { evaluateGoldFiles, listGoldFiles } from './evaluate-gold-files';
import { formatReport, formatScoreTable } from './format-report';
import { loadGraph } from './load-eval-inputs';
import type { Scores } from './prf';

const f = (x: number) => x.toFixed(2);
const brief = (s: Scores) => `P ${f(s.precision)} R ${f(s.recall)} F1 ${f(s.f1)}`;

async function main(argv: string[]): Promise<number> {
  const root = process.cwd();
  const { values } = parseCommandArgs('eval:all', argv, { graph: { type: 'string' }, details: { type: 'boolean' } }, { maxPositionals: 0, usage: 'npm run eval:all [-- --graph out/graph.json] [--details]' });
  const graph = values.graph !== undefined ? loadGraph(values.graph) : undefined;
  const details = values.details ?? false;
  const results = await evaluateGoldFiles(listGoldFiles(root), root, graph);
  let failed = 0;
  const summary: string[] = [];
  for (const { goldPath, report, error } of results) {
    const name = relative(root, goldPath);
    process.stdout.write(`\n== ${name}\n`);
    if (!report) {
      failed += 1;
      process.stdout.write(`not evaluated: ${error}\n`);
      summary.push(`${name.padEnd(58)} not evaluated`);
      continue;
    }
    process.stdout.write(`${details ? formatReport(report) : formatScoreTable(report)}\n`);
    const { entities, relations, stances } = report.scores;
    summary.push(`${name.padEnd(58)} entities ${brief(entities)} | relations ${brief(relations)} | stances ${brief(stances)}`);
  }
  process.stdout.write(`\nSummary\n${summary.join('\n')}\n`);
  return failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(isKgError(error) ? `${error.operation === 'eval:all' ? '' : 'eval:all: '}${error.message}\n` : `eval:all: internal error\n${(error as Error).stack}\n`);
    process.exitCode = isKgError(error) ? 1 : 70;
  },
);
