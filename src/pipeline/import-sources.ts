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
import { extractDocument } from '../extract/extract-document';
import type { Knowledge } from '../extract/knowledge';
import { loadKnowledge } from '../extract/knowledge-from-gazetteer';
import { listSourceFiles } from '../read/list-source-files';
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
  const files = listSourceFiles(inputs);
  const metaCache = new Map<string, { file: string; entries: SourceMeta[] } | null>();
  const imported: DocumentExtraction[] = [];
  const failures: ImportFailure[] = [];
  const ids = new Map<string, string>();
  for (const [index, file] of files.entries()) {
    const path = displayPath(file);
    try {
      const doc = await readSource(path, metadataFor(file, metaCache), options.maxBytes ? { maxBytes: options.maxBytes } : {});
      const clash = ids.get(doc.id);
      if (clash) throw new KgError('E_METADATA', 'import', `cannot import "${path}": source id "${doc.id}" is already used by "${clash}"; give one of them an "id" in ${METADATA_FILE}`);
      ids.set(doc.id, path);
      imported.push(extractDocument(doc, knowledge));
    } catch (error) {
      if (!isKgError(error)) throw error;
      failures.push({ path, message: error.message, code: error.code });
    }
    options.onProgress?.(index + 1, files.length, path);
  }
  const byId = new Map<string, DocumentExtraction>();
  for (const x of options.previous ?? []) byId.set(x.source.id, x);
  for (const x of imported) byId.set(x.source.id, x);
  const all = [...byId.values()].sort((a, b) => (a.source.id < b.source.id ? -1 : 1));
  const extractions = resolveAcrossDocuments(all);
  return { extractions, imported, graph: buildGraph(extractions), failures };
}
