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
  importSources(inputs: string[], options: Record<string, unknown>): Promise<{ graph: { export(): unknown }; failures: { path: string; message: string }[] }>;
}

interface KnowledgeModule {
  loadKnowledge(): unknown;
}

function loadModule<T>(path: string, file: string, exported: string): T {
  let mod: T;
  try {
    mod = require(path) as T;
  } catch (error) {
    throw new KgError('E_NOT_FOUND', 'eval', `cannot load the import pipeline (${file}): ${(error as Error).message.split('\n')[0]}`, { cause: error });
  }
  if (typeof (mod as Record<string, unknown>)[exported] !== 'function') throw new KgError('E_NOT_FOUND', 'eval', `${file} does not export ${exported}`);
  return mod;
}

const loadImportSources = () => loadModule<ImportSourcesModule>('../pipeline/import-sources', 'src/pipeline/import-sources.ts', 'importSources');

/** Import `paths` with the project's pipeline (no Neo4j, no output file) and export the graph. */
export async function runPipeline(paths: string[]): Promise<PipelineRun> {
  const { graph, failures } = await loadImportSources().importSources(paths, { quiet: true, neo4j: false });
  return { graph: graph.export() as ExportedGraph, failures };
}

/**
 * Import every path on its own (one graph per text, so no text borrows names another text
 * resolved), loading the gazetteer once for all of them.
 * @example const runs = await runPipelineEach(['eval/corpus/dev/a.txt', 'eval/corpus/dev/b.txt'])
 */
export async function runPipelineEach(paths: readonly string[]): Promise<PipelineRun[]> {
  const { importSources } = loadImportSources();
  const knowledge = loadModule<KnowledgeModule>('../extract/knowledge-from-gazetteer', 'src/extract/knowledge-from-gazetteer.ts', 'loadKnowledge').loadKnowledge();
  const runs: PipelineRun[] = [];
  for (const path of paths) {
    const { graph, failures } = await importSources([path], { quiet: true, neo4j: false, knowledge });
    runs.push({ graph: graph.export() as ExportedGraph, failures });
  }
  return runs;
}
