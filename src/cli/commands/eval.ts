/**
 * `kg eval <gold.json> <graph.json> [--json]`: score a graph against a gold annotation of one
 * source. Prints the precision/recall/F1 table and what was missed and spurious.
 */
import { KgError } from '../../errors/kg-error';
import { evaluateGraph } from '../../eval/evaluate-graph';
import { formatReport, reportToJson } from '../../eval/format-report';
import { loadEvalInputs } from '../../eval/load-eval-inputs';
import { parseCommandArgs, type OptionSpecs } from '../parse-args';

const USAGE = 'kg eval <gold.json> <graph.json> [--json]';

export const EVAL_OPTIONS = { json: { type: 'boolean' } } as const satisfies OptionSpecs;

export async function run(args: string[]): Promise<number> {
  const { values, positionals: files } = parseCommandArgs('eval', args, EVAL_OPTIONS, { usage: USAGE });
  const json = values.json ?? false;
  if (files.length !== 2) throw new KgError('E_USAGE', 'eval', `expected a gold file and a graph file, got ${files.length} argument(s); usage: ${USAGE}`);
  const { gold, graph, text } = loadEvalInputs(files[0]!, files[1]!);
  const report = evaluateGraph(gold, graph, text);
  process.stdout.write(json ? `${JSON.stringify(reportToJson(report), null, 2)}\n` : `${formatReport(report)}\n`);
  return 0;
}
