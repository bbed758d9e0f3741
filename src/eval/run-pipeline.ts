/**
 * Runs the real import pipeline (`importSources`) for evaluation. The pipeline module is loaded
 * at call time so the evaluator and `kg eval` work (and type-check) on their own, and a missing
 * or broken pipeline is reported as one clear line instead of a failed import at load time.
 */
import { KgError } from '../errors/kg-error';
import type { ExportedGraph } from './predicted-graph';

export interface PipelineRun {
  graph: ExportedGraph;
  failures: { path: string; message: string }[];
}

interface ImportSourcesModule {
  importSources(
    inputs: string[],
    options: Record<string, unknown>,
  ): Promise<{ graph: { export(): unknown }; failures: { path: string; message: string }[] }>;
}

/** Import `paths` with the project's pipeline (no Neo4j, no output file) and export the graph. */
export async function runPipeline(paths: string[]): Promise<PipelineRun> {
  let mod: ImportSourcesModule;
  try {
    mod = require('../pipeline/import-sources') as ImportSourcesModule;
  } catch (error) {
    throw new KgError('E_NOT_FOUND', 'eval', `cannot load the import pipeline (src/pipeline/import-sources.ts): ${(error as Error).message.split('\n')[0]}`, { cause: error });
  }
  if (typeof mod.importSources !== 'function')
    throw new KgError('E_NOT_FOUND', 'eval', 'src/pipeline/import-sources.ts does not export importSources');
  const { graph, failures } = await mod.importSources(paths, { quiet: true, neo4j: false });
  return { graph: graph.export() as ExportedGraph, failures };
}
