/**
 * The archive cache: per stored source, what the graph needs of it once its text has been read,
 * so an import touches only the documents it adds or changes. One small JSON file per source in
 * a folder beside the store (`out/graph.json` -> `out/graph.cache/`), named like its store file:
 * the stored extraction's size and modification time (to tell that the cache is of that very
 * file), its source's path and hash (to check ids), its identity summary (what cross-document
 * identity reads), the signature of the identity it was resolved with, and its resolved facts.
 *
 * The cache is derived data: a missing, damaged or stale file is made again from the store, so a
 * run killed between the store and the cache, or a cache deleted by hand, costs time, never a
 * wrong graph.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { DocumentFacts } from '../build/graph-facts';
import type { IdentitySummary } from '../resolve/resolve-across-documents';
import { writeFileAtomic } from './write-file-atomic';

/** Bumped whenever what a cache file holds, or how it is made, changes: older files are made again. */
export const CACHE_VERSION = 2;

export interface StoreFileStamp {
  size: number;
  mtimeMs: number;
}

export interface CacheEntry {
  version: number;
  /** The store file this entry is of. */
  file: string;
  stamp: StoreFileStamp;
  source: { id: string; path: string; sha256: string };
  summary: IdentitySummary;
  /** `resolutionSignature` of the identity the facts were resolved with. */
  signature: string;
  facts: DocumentFacts;
}

/** The cache folder of a graph file: `out/graph.json` -> `out/graph.cache`. */
export function cacheDirFor(graphPath: string): string {
  return join(dirname(graphPath), `${basename(graphPath).replace(/\.json$/i, '')}.cache`);
}

export function stampOf(path: string): StoreFileStamp {
  const stat = statSync(path);
  return { size: stat.size, mtimeMs: stat.mtimeMs };
}

/** The entry of a store file, if the cache holds a current one for exactly that file. */
export function readCacheEntry(dir: string, file: string, stamp: StoreFileStamp): CacheEntry | undefined {
  const path = join(dir, file);
  if (!existsSync(path)) return undefined;
  try {
    const entry = JSON.parse(readFileSync(path, 'utf8')) as CacheEntry;
    const current = entry.version === CACHE_VERSION && entry.file === file && entry.stamp.size === stamp.size && entry.stamp.mtimeMs === stamp.mtimeMs;
    return current ? entry : undefined;
  } catch {
    // A damaged cache file is made again from the store.
    return undefined;
  }
}

export function writeCacheEntry(dir: string, entry: CacheEntry): void {
  mkdirSync(dir, { recursive: true });
  writeFileAtomic(join(dir, entry.file), `${JSON.stringify(entry)}\n`);
}

/** Remove the cache files of store files that are gone. */
export function pruneCache(dir: string, keep: ReadonlySet<string>): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (name.endsWith('.json') && !keep.has(name)) rmSync(join(dir, name), { force: true });
}
