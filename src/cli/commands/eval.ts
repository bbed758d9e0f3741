/**
 * `kg eval <gold.json> <graph.json> [--json]`: score a graph against a gold annotation of one
 * source. Prints the precision/recall/F1 table and what was missed and spurious.
 */
import { KgError } from '../../errors/kg-error';
import { evaluateGraph } from '../../eval/evaluate-graph';
import { formatReport, reportToJson } from '../../eval/format-report';
import { loadEvalInputs } from '../../eval/load-eval-inputs';

const USAGE = 'usage: kg eval <gold.json> <graph.json> [--json]';

export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--json');
  const files = args.filter((a) => !a.startsWith('-'));
  if (unknown.length > 0) throw new KgError('E_USAGE', 'eval', `unknown option "${unknown[0]}"; ${USAGE}`);
  if (files.length !== 2) throw new KgError('E_USAGE', 'eval', `expected a gold file and a graph file, got ${files.length} argument(s); ${USAGE}`);
  const { gold, graph, text } = loadEvalInputs(files[0], files[1]);
  const report = evaluateGraph(gold, graph, text);
  process.stdout.write(json ? `${JSON.stringify(reportToJson(report), null, 2)}\n` : `${formatReport(report)}\n`);
  return 0;
}
