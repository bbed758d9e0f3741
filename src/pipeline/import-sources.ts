/**
 * The import pipeline: read -> extract -> resolve -> build, over many files. Each file that
 * cannot be read is one failure with a one-line message; the others still import. Bugs (errors
 * that are not KgError) are not swallowed.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { DocumentExtraction, SourceMeta } from '../../schema/records';
import { buildGraph, type KnowledgeGraph } from '../build/build-graph';
import { isKgError, KgError } from '../errors/kg-error';
import { quoteName } from '../errors/quote-name';
import { extractDocument } from '../extract/extract-document';
import type { Knowledge } from '../extract/knowledge';
import { loadKnowledge } from '../extract/knowledge-from-gazetteer';
import { listSourceFilesWithSkipped, type SkippedEntry } from '../read/list-source-files';
import { readSource } from '../read/read-source';
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
  if (inputs.length === 0) throw new KgError('E_USAGE', 'import', 'no input given; expected at least one file or directory');
  const knowledge = options.knowledge ?? loadKnowledge();
  const { files, skipped } = listSourceFilesWithSkipped(inputs);
  const metaCache: MetadataCache = new Map();
  const imported: DocumentExtraction[] = [];
  const failures: ImportFailure[] = [];
  const ids = new Map<string, string>();
  for (const [index, file] of files.entries()) {
    const path = displayPath(file);
    try {
      const doc = await readSource(path, metadataFor(file, metaCache), options.maxBytes ? { maxBytes: options.maxBytes } : {});
      const clash = ids.get(doc.id);
      if (clash) throw new KgError('E_METADATA', 'import', `cannot import ${quoteName(path)}: source id ${quoteName(doc.id)} is already used by ${quoteName(clash)}; give one of them an "id" in ${METADATA_FILE}`);
      ids.set(doc.id, path);
      imported.push(extractDocument(doc, knowledge));
    } catch (error) {
      if (error instanceof MetadataUnusable) {
        options.onProgress?.(index + 1, files.length, path);
        continue;
      }
      if (!isKgError(error)) throw error;
      failures.push({ path, message: error.message, code: error.code });
    }
    options.onProgress?.(index + 1, files.length, path);
  }
  for (const found of metaCache.values()) {
    if (!found || !('error' in found)) continue;
    const which = found.files === 1 ? 'the 1 source file beside it was' : `the ${found.files} source files beside it were`;
    failures.push({ path: displayPath(found.file), message: `${found.error.message}; ${which} not imported`, code: found.error.code });
  }
  const byId = new Map<string, DocumentExtraction>();
  for (const x of options.previous ?? []) byId.set(x.source.id, x);
  for (const x of imported) byId.set(x.source.id, x);
  const all = [...byId.values()].sort((a, b) => (a.source.id < b.source.id ? -1 : 1));
  const extractions = resolveAcrossDocuments(all);
  return { extractions, imported, graph: buildGraph(extractions), failures, skipped };
}
