/**
 * Score one split of the evaluation corpus with the real pipeline: every text is imported on its
 * own, through the same reader, extractor, resolver and builder as `kg import`, and scored against
 * its gold; the results carry the text's shape so they can be aggregated per shape.
 */
import { evaluateGraph, type EvalReport } from './evaluate-graph';
import { listCorpusGolds, type CorpusGold, type CorpusSplit } from './list-corpus-golds';
import { loadGold } from './load-eval-inputs';
import type { ExportedGraph } from './predicted-graph';
import { runPipelineEach, type PipelineRun } from './run-pipeline';

export interface CorpusResult extends CorpusGold {
  report: EvalReport | null;
  /** Why the text could not be scored: an inconsistent gold, an import failure, no Source node. */
  error: string | null;
}

function scoreOne(gold: CorpusGold, loaded: ReturnType<typeof loadGold>, run: PipelineRun): CorpusResult {
  const failure = run.failures.find((f) => f.path === loaded.sourcePath || loaded.sourcePath.endsWith(f.path));
  if (failure) return { ...gold, report: null, error: `import failed: ${failure.message}` };
  try {
    return { ...gold, report: evaluateGraph(loaded.gold, run.graph, loaded.text), error: null };
  } catch (error) {
    return { ...gold, report: null, error: (error as Error).message };
  }
}

/**
 * @param graph score against this graph instead of importing each text.
 * @example const results = await evaluateCorpus(process.cwd(), 'dev')
 */
export async function evaluateCorpus(root: string, split: CorpusSplit, graph?: ExportedGraph): Promise<CorpusResult[]> {
  const golds = listCorpusGolds(root, split);
  const loaded = golds.map((gold) => {
    try {
      return { gold, loaded: loadGold(gold.goldPath, root), error: null };
    } catch (error) {
      return { gold, loaded: null, error: (error as Error).message };
    }
  });
  const usable = loaded.filter((l) => l.loaded !== null);
  const runs = graph ? usable.map(() => ({ graph, failures: [] })) : await runPipelineEach(usable.map((l) => l.loaded!.sourcePath));
  const runOf = new Map(usable.map((l, i) => [l.gold.goldPath, runs[i]]));
  return loaded.map(({ gold, loaded: inputs, error }) => (inputs ? scoreOne(gold, inputs, runOf.get(gold.goldPath)!) : { ...gold, report: null, error }));
}
