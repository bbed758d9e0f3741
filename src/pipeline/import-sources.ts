/**
 * The import pipeline: read -> extract -> resolve -> build, over many files. Each file that
 * cannot be read is one failure with a one-line message; the others still import. Bugs (errors
 * that are not KgError) are not swallowed.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { DocumentExtraction, SourceMeta } from '../../schema/records';
import { buildGraph, type KnowledgeGraph } from '../build/build-graph';
import { isKgError, KgError } from '../errors/kg-error';
import type { ExtractJob } from './extract-one';
import { chooseJobs, extractInPool } from './extract-pool';
import type { Knowledge } from '../extract/knowledge';
import { listSourceFiles } from '../read/list-source-files';
import { findSourceMeta, readSourceMetadata } from '../read/read-source-metadata';
import { resolveAcrossDocuments } from '../resolve/resolve-across-documents';

export interface ImportFailure {
  path: string;
  message: string;
  code: string;
}

export interface ImportOptions {
  /** Largest file accepted, in bytes. */
  maxBytes?: number;
  /** Called after each file, done or failed. */
  onProgress?: (done: number, total: number, path: string) => void;
  /** Extractions from earlier imports to merge with (a source read again replaces its old one). */
  previous?: readonly DocumentExtraction[];
  knowledge?: Knowledge;
  /** Extraction worker threads (`--jobs`); by default one per core for a large import, else 1. */
  jobs?: number;
}

export interface ImportResult {
  /** Every extraction in the graph, resolved across documents, in source-id order. */
  extractions: DocumentExtraction[];
  /** The extractions of the files read in this run, before cross-document resolution (what the store keeps). */
  imported: DocumentExtraction[];
  graph: KnowledgeGraph;
  failures: ImportFailure[];
}

export const METADATA_FILE = 'sources.json';

function metadataFor(path: string, cache: Map<string, { file: string; entries: SourceMeta[] } | null>): SourceMeta | undefined {
  const dir = dirname(path);
  if (!cache.has(dir)) {
    const file = join(dir, METADATA_FILE);
    cache.set(dir, existsSync(file) ? { file, entries: readSourceMetadata(file) } : null);
  }
  const found = cache.get(dir);
  return found ? findSourceMeta(found.entries, found.file, path) : undefined;
}

function optionalMeta(meta: SourceMeta | undefined): { meta?: SourceMeta } {
  return meta ? { meta } : {};
}

function totalBytes(files: readonly string[]): number {
  let sum = 0;
  for (const file of files) {
    try {
      sum += statSync(file).size;
    } catch {
      // A file that cannot be stat'ed is reported by the reader, in its turn.
    }
  }
  return sum;
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/**
 * Import files and directories into one graph.
 * @example const { graph, failures } = await importSources(['import/']);
 */
export async function importSources(inputs: readonly string[], options: ImportOptions = {}): Promise<ImportResult> {
  if (inputs.length === 0) throw new KgError('E_USAGE', 'import', 'no input given; expected at least one file or directory');
  const files = listSourceFiles(inputs);
  const metaCache = new Map<string, { file: string; entries: SourceMeta[] } | null>();
  const imported: DocumentExtraction[] = [];
  const failures: ImportFailure[] = [];
  const jobs: ExtractJob[] = [];
  for (const [index, file] of files.entries()) {
    const path = displayPath(file);
    try {
      jobs.push({ index, path, ...optionalMeta(metadataFor(file, metaCache)), ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}) });
    } catch (error) {
      if (!isKgError(error)) throw error;
      failures.push({ path, message: error.message, code: error.code });
    }
  }
  let done = failures.length;
  const workers = chooseJobs(jobs.length, totalBytes(files), options.jobs);
  const outcomes = await extractInPool(jobs, {
    jobs: workers,
    ...(options.knowledge ? { knowledge: options.knowledge } : {}),
    onOutcome: (outcome) => options.onProgress?.(++done, files.length, outcome.path),
  });
  // In file order, whatever order the workers finished in: the same input gives the same graph.
  const ids = new Map<string, string>();
  for (const outcome of outcomes) {
    const { path } = outcome;
    if (!outcome.ok) {
      if ('internal' in outcome) throw Object.assign(new Error(`${path}: ${outcome.internal.message}`), { stack: outcome.internal.stack });
      failures.push({ path, message: outcome.userError.message, code: outcome.userError.code });
      continue;
    }
    const id = outcome.extraction.source.id;
    const clash = ids.get(id);
    if (clash) {
      failures.push({ path, code: 'E_METADATA', message: `import: cannot import "${path}": source id "${id}" is already used by "${clash}"; give one of them an "id" in ${METADATA_FILE}` });
      continue;
    }
    ids.set(id, path);
    imported.push(outcome.extraction);
  }
  const byId = new Map<string, DocumentExtraction>();
  for (const x of options.previous ?? []) byId.set(x.source.id, x);
  for (const x of imported) byId.set(x.source.id, x);
  const all = [...byId.values()].sort((a, b) => (a.source.id < b.source.id ? -1 : 1));
  const extractions = resolveAcrossDocuments(all);
  return { extractions, imported, graph: buildGraph(extractions), failures };
}
