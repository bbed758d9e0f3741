/**
 * Evaluate the real pipeline against a set of gold files: import every gold's source in one run
 * (so cross-document resolution is exercised too) and score each source on its own.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateGraph, type EvalReport } from './evaluate-graph';
import { loadGold } from './load-eval-inputs';
import type { ExportedGraph } from './predicted-graph';
import { runPipeline } from './run-pipeline';

/** Gold files of the project: the imported documents first, then the dev texts. */
export function listGoldFiles(root: string): string[] {
  const inDir = (dir: string) => {
    try {
      return readdirSync(join(root, dir))
        .filter((f) => f.endsWith('.gold.json'))
        .sort()
        .map((f) => join(root, dir, f));
    } catch {
      return [];
    }
  };
  return [...inDir('eval/gold'), ...inDir('eval/dev')];
}

export interface GoldFileResult {
  goldPath: string;
  report: EvalReport | null;
  /** Why the source could not be scored (import failure, no Source node). */
  error: string | null;
}

/**
 * @param graph an already built graph to score instead of running the pipeline.
 * @example const results = await evaluateGoldFiles(listGoldFiles(process.cwd()), process.cwd())
 */
export async function evaluateGoldFiles(goldPaths: string[], root: string, graph?: ExportedGraph): Promise<GoldFileResult[]> {
  const golds = goldPaths.map((goldPath) => ({ goldPath, ...loadGold(goldPath, root) }));
  const run = graph ? { graph, failures: [] } : await runPipeline(golds.map((g) => g.sourcePath));
  return golds.map(({ goldPath, gold, text, sourcePath }) => {
    const failure = run.failures.find((f) => f.path === sourcePath || sourcePath.endsWith(f.path));
    if (failure) return { goldPath, report: null, error: `import failed: ${failure.message}` };
    try {
      return { goldPath, report: evaluateGraph(gold, run.graph, text), error: null };
    } catch (error) {
      return { goldPath, report: null, error: (error as Error).message };
    }
  });
}
