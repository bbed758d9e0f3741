/**
 * The end of `kg import` and `kg forget`, in proportion to what changed: the store takes the
 * change, then cross-document identity is worked out again from the documents' small identity
 * summaries (no stored text is read), and only the documents whose resolution that changes (the
 * new ones, and those an added or removed name re-keys or relabels) are read from the store,
 * resolved and projected to facts again; every other document's facts come from the archive
 * cache. graph.json is assembled from the facts and written piece by piece.
 *
 * The result is the graph a full rebuild gives, byte for byte: the same summaries, key map and
 * labels (`resolve-across-documents.ts` computes both ways with the same functions), and a
 * document is reused only when everything of the archive its resolution reads is unchanged.
 */
import { join } from 'node:path';
import type { SerializedGraph } from '../../schema/graph-json';
import type { DocumentExtraction } from '../../schema/records';
import { type DocumentFacts, documentFacts, mergeFacts } from '../build/graph-facts';
import { graphFromFacts } from '../build/graph-from-facts';
import { KgError } from '../errors/kg-error';
import type { NumberedDecision } from '../../schema/decisions';
import { identitySummary, keyMapOfSummaries, labelsOfSummaries, resolutionSignature, resolveWithKeys, withoutKeptApart } from '../resolve/resolve-across-documents';
import { applyDecisions, keptApartPairs, type ReviewOutcome } from '../review/apply-decisions';
import { CACHE_VERSION, type CacheEntry, cacheDirFor, pruneCache, readCacheEntry, stampOf, writeCacheEntry } from '../write/archive-cache';
import { readStoredExtraction, type StoreChange, storeDirFor, storedFileNames, storeFileName, updateStore } from '../write/extraction-store';
import { graphJsonPieces } from '../write/graph-json-text';
import { writeFileAtomic } from '../write/write-file-atomic';
import type { StoredSource } from './import-sources';

export interface ArchiveState {
  /** Every document's resolved facts, in source-id order. */
  facts: DocumentFacts[];
  /** The documents whose facts were made again in this run (new, changed, re-keyed or relabelled). */
  changed: string[];
  graph: SerializedGraph;
  /** The analyst's decisions applied, and those that are stale. */
  review: ReviewOutcome;
}

const byId = (a: { source: { id: string } }, b: { source: { id: string } }) => (a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : 0);

/**
 * Cache entries a command has read already, by store file, so `updateArchive` in the same run
 * does not read and parse them a second time (at 10,000 articles that is most of adding one).
 */
export type CacheReads = Map<string, CacheEntry>;

/** The entry of a store file: the one read earlier in this run if it is still of that very file, else from the cache. */
function cacheEntryOf(cacheDir: string, file: string, path: string, reads: CacheReads | undefined): CacheEntry | undefined {
  const stamp = stampOf(path);
  const known = reads?.get(file);
  if (known && known.stamp.size === stamp.size && known.stamp.mtimeMs === stamp.mtimeMs) return known;
  const entry = readCacheEntry(cacheDir, file, stamp);
  if (entry) reads?.set(file, entry);
  return entry;
}

/**
 * The sources the store of a graph file holds, by id, from the cache where it is current. With
 * `reads`, the entries read are kept there for `updateArchive`.
 */
export function storedSources(out: string, reads?: CacheReads): Map<string, StoredSource> {
  const storeDir = storeDirFor(out);
  const cacheDir = cacheDirFor(out);
  const sources = new Map<string, StoredSource>();
  for (const file of storedFileNames(storeDir)) {
    const path = join(storeDir, file);
    const entry = cacheEntryOf(cacheDir, file, path, reads);
    const source = entry ? entry.source : readStoredExtraction(path).source;
    sources.set(source.id, { path: source.path, sha256: source.sha256 });
  }
  return sources;
}

interface Doc {
  file: string;
  summary: CacheEntry['summary'];
  entry: CacheEntry | undefined;
  /** Held when the document was just imported or had to be read from the store. */
  extraction: DocumentExtraction | undefined;
}

/**
 * Apply a change to the store of `out`, bring the archive cache up to date and return the graph.
 * Writes the store and the cache; graph.json is written by `writeArchiveGraph`.
 */
export function updateArchive(out: string, change: StoreChange, decisions: readonly NumberedDecision[] = [], reads?: CacheReads): ArchiveState {
  const storeDir = storeDirFor(out);
  const cacheDir = cacheDirFor(out);
  updateStore(storeDir, change);
  const put = new Map(change.put.map((x) => [storeFileName(x.source.id), x]));
  const docs: Doc[] = [];
  const seen = new Map<string, string>();
  for (const file of storedFileNames(storeDir)) {
    const path = join(storeDir, file);
    const fresh = put.get(file);
    const entry = fresh ? undefined : cacheEntryOf(cacheDir, file, path, reads);
    const extraction = fresh ?? (entry ? undefined : readStoredExtraction(path));
    const summary = entry ? entry.summary : identitySummary(extraction!);
    const twin = seen.get(summary.source);
    if (twin)
      throw new KgError(
        'E_INVALID_GRAPH',
        'import',
        `stored sources "${join(storeDir, twin)}" and "${path}" both hold source "${summary.source}"; delete one of them or re-import with --fresh`,
      );
    seen.set(summary.source, file);
    docs.push({ file, summary, entry, extraction });
  }
  docs.sort((a, b) => byId({ source: { id: a.summary.source } }, { source: { id: b.summary.source } }));

  const summaries = docs.map((d) => d.summary);
  const keepApart = keptApartPairs(decisions);
  const found = keyMapOfSummaries(summaries);
  const map = keepApart.length > 0 ? withoutKeptApart(found, keepApart) : found;
  const labelOf = labelsOfSummaries(summaries, map);
  const facts: DocumentFacts[] = [];
  const changed: string[] = [];
  // With decisions, the documents resolved in this run, by store file, so they are not resolved
  // again below; without, nothing is held (a first import of an archive would keep it all).
  const resolvedNow = new Map<string, DocumentExtraction>();
  for (const doc of docs) {
    const signature = resolutionSignature(doc.summary, map, labelOf);
    if (doc.entry && doc.entry.signature === signature) {
      facts.push(doc.entry.facts);
      continue;
    }
    const extraction = doc.extraction ?? readStoredExtraction(join(storeDir, doc.file));
    const resolvedExtraction = resolveWithKeys(extraction, map, labelOf);
    if (decisions.length > 0) resolvedNow.set(doc.file, resolvedExtraction);
    const resolved = documentFacts(resolvedExtraction);
    const { id, path, sha256 } = extraction.source;
    writeCacheEntry(cacheDir, {
      version: CACHE_VERSION,
      file: doc.file,
      stamp: stampOf(join(storeDir, doc.file)),
      source: { id, path, sha256 },
      summary: doc.summary,
      signature,
      facts: resolved,
    });
    facts.push(resolved);
    changed.push(id);
  }
  pruneCache(cacheDir, new Set(docs.map((d) => d.file)));
  reads?.clear();
  if (decisions.length === 0) return { facts, changed, graph: graphFromFacts(mergeFacts(facts)), review: { applied: 0, stale: [] } };
  // Decisions judge the resolved extractions of the whole graph (a merge or a rejected entity
  // reaches every document that names it), so with a decisions file every document is resolved
  // again from the store; the cache keeps the undecided facts, which decisions never change.
  const resolved = docs.map((doc) => resolvedNow.get(doc.file) ?? resolveWithKeys(doc.extraction ?? readStoredExtraction(join(storeDir, doc.file)), map, labelOf));
  const { extractions, review } = applyDecisions(resolved, decisions);
  const decided = extractions.map(documentFacts);
  return { facts: decided, changed: decided.map((f) => f.source.id), graph: graphFromFacts(mergeFacts(decided)), review };
}

/** Write graph.json from the archive's graph, atomically and piece by piece. */
export function writeArchiveGraph(out: string, graph: SerializedGraph): void {
  writeFileAtomic(out, graphJsonPieces(graph));
}
