/**
 * The import pipeline: read -> extract -> resolve -> build, over many files. Each file that
 * cannot be read is one failure with a one-line message; the others still import. An unexpected
 * error (a bug) while reading, extracting or building one document fails that document alone:
 * it is reported with its stage and stack, never swallowed, and never takes the batch with it.
 * Each document is built and checked against the graph.json schema on its own before it joins
 * the graph, so a document that would break the graph is the one that is left out.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { SerializedGraph } from '../../schema/graph-json';
import type { NumberedDecision } from '../../schema/decisions';
import type { DocumentExtraction, SourceDocument, SourceMeta } from '../../schema/records';
import { buildGraph, type KnowledgeGraph } from '../build/build-graph';
import { documentFacts, mergeFacts } from '../build/graph-facts';
import { graphFromFacts } from '../build/graph-from-facts';
import { isKgError, KgError } from '../errors/kg-error';
import { quoteName } from '../errors/quote-name';
import type { Knowledge } from '../extract/knowledge';
import { listSourceFilesWithSkipped, type SkippedEntry } from '../read/list-source-files';
import { findSourceMeta, readSourceMetadata } from '../read/read-source-metadata';
import { resolveAcrossDocuments } from '../resolve/resolve-across-documents';
import { applyDecisions, keptApartPairs, type ReviewOutcome } from '../review/apply-decisions';
import type { ExtractJob } from './extract-one';
import { chooseJobs, extractInPool } from './extract-pool';

export interface ImportFailure {
  path: string;
  message: string;
  /** The KgError's code, or `E_INTERNAL` for an unexpected error (a bug). */
  code: string;
  /** For an unexpected error: the stage it happened in and its stack, for the error log. */
  internal?: { stage: ImportStage; stack: string };
}

export type ImportStage = 'read' | 'extract' | 'build';

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
  /** Paths the folder walk leaves out: the import's own outputs (`ownOutputsOf(out)`). */
  exclude?: (path: string) => boolean;
  /** An analyst's decisions (`src/review/`), applied after cross-document resolution. */
  decisions?: readonly NumberedDecision[];
}

export interface ImportResult {
  /** Every extraction in the graph, resolved across documents, in source-id order. */
  extractions: DocumentExtraction[];
  /** The extractions of the files read in this run, before cross-document resolution (what the store keeps). */
  imported: DocumentExtraction[];
  graph: KnowledgeGraph;
  failures: ImportFailure[];
  /** What the folders held that is not a regular file (symbolic links, FIFOs, ...): not read, one note each. */
  skipped: SkippedEntry[];
  /** The decisions applied, and those that are stale. */
  review: ReviewOutcome;
}

export const METADATA_FILE = 'sources.json';

type MetadataCache = Map<string, { file: string; entries: SourceMeta[] } | { file: string; error: KgError; files: number } | null>;

/** The file's metadata entry; a folder whose sources.json is invalid is reported once, not once per file (see importSources). */
function metadataFor(path: string, cache: MetadataCache): SourceMeta | undefined {
  const dir = dirname(path);
  if (!cache.has(dir)) {
    const file = join(dir, METADATA_FILE);
    try {
      cache.set(dir, existsSync(file) ? { file, entries: readSourceMetadata(file) } : null);
    } catch (error) {
      if (!isKgError(error)) throw error;
      cache.set(dir, { file, error, files: 0 });
    }
  }
  const found = cache.get(dir);
  if (found && 'error' in found) {
    found.files += 1;
    throw new MetadataUnusable();
  }
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

/** A file of a folder whose sources.json could not be used: counted, and reported with that file's one failure. */
class MetadataUnusable extends Error {}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/**
 * Import files and directories into one graph.
 * @example const { graph, failures } = await importSources(['import/']);
 */
export async function importSources(inputs: readonly string[], options: ImportOptions = {}): Promise<ImportResult> {
  const stored = new Map((options.previous ?? []).map((x) => [x.source.id, x.source]));
  const { imported, failures, skipped } = await extractSources(inputs, { ...options, stored });
  const byId = new Map<string, DocumentExtraction>();
  for (const x of options.previous ?? []) byId.set(x.source.id, x);
  for (const x of imported) byId.set(x.source.id, x);
  return { ...graphOfExtractions([...byId.values()], options.decisions), imported, failures, skipped };
}

/** Where a stored source came from: enough to tell a moved file from a clash of ids. */
export type StoredSource = Pick<SourceDocument, 'path' | 'sha256'>;

export interface ExtractOptions extends Omit<ImportOptions, 'previous'> {
  /** The sources the store already holds, by id. */
  stored?: ReadonlyMap<string, StoredSource>;
}

/**
 * Read and extract files and directories, each document checked on its own; nothing is merged.
 * What `kg import` adds to an archive (`updateArchive`) and `importSources` builds a graph of.
 */
export async function extractSources(inputs: readonly string[], options: ExtractOptions = {}): Promise<Pick<ImportResult, 'imported' | 'failures' | 'skipped'>> {
  if (inputs.length === 0) throw new KgError('E_USAGE', 'import', 'no input given; expected at least one file or directory');
  const { files, skipped } = listSourceFilesWithSkipped(inputs, options.exclude ? { exclude: options.exclude } : {});
  const metaCache: MetadataCache = new Map();
  const imported: DocumentExtraction[] = [];
  const failures: ImportFailure[] = [];
  const jobs: ExtractJob[] = [];
  for (const [index, file] of files.entries()) {
    const path = displayPath(file);
    try {
      jobs.push({ index, path, ...optionalMeta(metadataFor(file, metaCache)), ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}) });
    } catch (error) {
      // Its folder's broken sources.json is reported once, below, with the count of files it kept out.
      if (error instanceof MetadataUnusable) options.onProgress?.(index + 1, files.length, path);
      else if (isKgError(error)) failures.push({ path, message: error.message, code: error.code });
      else failures.push(internalFailure(path, 'read', error));
    }
  }
  let done = files.length - jobs.length;
  const outcomes = await extractInPool(jobs, {
    jobs: chooseJobs(jobs.length, totalBytes(files), options.jobs),
    ...(options.knowledge ? { knowledge: options.knowledge } : {}),
    onOutcome: (outcome) => options.onProgress?.(++done, files.length, outcome.path),
  });
  // In file order, whatever order the workers finished in: the same input gives the same graph.
  const ids = new Map<string, string>();
  const stored = options.stored ?? new Map<string, StoredSource>();
  for (const outcome of outcomes) {
    const { path } = outcome;
    if (!outcome.ok) {
      if ('internal' in outcome) failures.push(internalFailure(path, outcome.internal.stage, outcome.internal));
      else failures.push({ path, message: outcome.userError.message, code: outcome.userError.code });
      continue;
    }
    const extraction = outcome.extraction;
    let stage: ImportStage = 'read';
    try {
      const doc = extraction.source;
      const clash = ids.get(doc.id);
      if (clash)
        throw new KgError(
          'E_METADATA',
          'import',
          `cannot import ${quoteName(path)}: source id ${quoteName(doc.id)} is already used by ${quoteName(clash)}; give one of them an "id" in ${METADATA_FILE}`,
        );
      checkStoredId(doc, stored.get(doc.id));
      ids.set(doc.id, path);
      stage = 'build';
      checkDocumentGraph(extraction);
      imported.push(extraction);
    } catch (error) {
      if (isKgError(error)) failures.push({ path, message: error.message, code: error.code });
      else failures.push(internalFailure(path, stage, error));
    }
  }
  for (const found of metaCache.values()) {
    if (!found || !('error' in found)) continue;
    const which = found.files === 1 ? 'the 1 source file beside it was' : `the ${found.files} source files beside it were`;
    failures.push({ path: displayPath(found.file), message: `${found.error.message}; ${which} not imported`, code: found.error.code });
  }
  return { imported, failures, skipped };
}

/**
 * The graph of a set of stored extractions: resolved across documents (the same names become one
 * entity), an analyst's decisions applied, then built. What `kg import`, `kg forget` and the
 * viewer's review write. The decisions apply here, once, to the extractions both graph.json and
 * Neo4j are made from, so the two carry the same result.
 */
export function graphOfExtractions(
  stored: readonly DocumentExtraction[],
  decisions: readonly NumberedDecision[] = [],
): { extractions: DocumentExtraction[]; graph: KnowledgeGraph; review: ReviewOutcome } {
  const all = [...stored].sort((a, b) => (a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : 0));
  const { extractions, review } = applyDecisions(resolveAcrossDocuments(all, keptApartPairs(decisions)), decisions);
  return { extractions, graph: buildGraph(extractions), review };
}

/**
 * A source id already in the store belongs to the file it came from: a file elsewhere with a
 * different text under the same id ("A/report.txt" and later "B/report.txt") is refused instead
 * of silently replacing it. The same path with a new text replaces its old self, and the same
 * text under a new path is the file moved.
 */
function checkStoredId(doc: SourceDocument, stored: StoredSource | undefined): void {
  if (!stored || stored.sha256 === doc.sha256 || resolve(stored.path) === resolve(doc.path)) return;
  throw new KgError(
    'E_METADATA',
    'import',
    `cannot import ${quoteName(doc.path)}: source id ${quoteName(doc.id)} is already used in the store by ${quoteName(stored.path)}, a different text; give one of them its own "id" in ${METADATA_FILE}, or run "kg forget ${doc.id}" first to replace it`,
  );
}

/** Build the document's graph on its own and check it against the graph.json schema. */
function checkDocumentGraph(extraction: DocumentExtraction): void {
  const check = SerializedGraph.safeParse(graphFromFacts(mergeFacts([documentFacts(extraction)])));
  if (!check.success)
    throw new Error(
      `its graph does not match schema/graph-json.ts: ${check.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ')}`,
    );
}

function internalFailure(path: string, stage: ImportStage, error: unknown): ImportFailure {
  // An error from a worker thread arrives as plain data ({ message, stack }), not as an Error.
  const carried = typeof error === 'object' && error !== null && 'stack' in error && 'message' in error ? (error as { message: string; stack: string }) : undefined;
  const message = carried ? carried.message : String(error);
  const stack = carried ? carried.stack : String(error);
  const doing = stage === 'read' ? 'reading' : stage === 'extract' ? 'extracting' : 'building';
  return { path, code: 'E_INTERNAL', message: `import: ${quoteName(path)} failed with an internal error while ${doing} it: ${message.split('\n')[0]}`, internal: { stage, stack } };
}
