/**
 * The extraction store: one JSON file per imported source, in a folder that belongs to one
 * graph file (`out/graph.json` keeps its sources in `out/graph.sources/`), so two imports with
 * different `--out` files in one folder never merge into each other's graph. Each import
 * replaces the files of the sources it read and leaves the others alone, and graph.json is
 * rebuilt from the whole store, so importing a new file adds to the graph instead of replacing
 * it, and a failed file never removes what an earlier import brought in.
 *
 * File names are bounded (a readable prefix of the id plus a hash of it), since a source id may
 * be a 250-character file name or 120 Cyrillic letters, and a change is written in two phases
 * (every new file to a temporary first, then the renames), so a failure leaves the store as it was.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DocumentExtraction } from '../../schema/records';
import { KgError } from '../errors/kg-error';

/** The store folder of a graph file: `out/graph.json` -> `out/graph.sources`. */
export function storeDirFor(graphPath: string): string {
  return join(dirname(graphPath), `${basename(graphPath).replace(/\.json$/i, '')}.sources`);
}

/** Longest readable part of a store file name, in bytes (all ASCII); the whole name stays far below 255 bytes. */
const READABLE_PREFIX = 80;

/**
 * The store file of a source id: its letters, digits, dots, dashes and underscores (others
 * become '_'), cut to a readable prefix, then 16 hex digits of the id's SHA-256, so two ids never
 * share a file and no name is too long for the file system.
 * @example storeFileName('cabar-2022-01') // 'cabar-2022-01-3f1c…e2.json'
 */
export function storeFileName(sourceId: string): string {
  const readable = sourceId
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .replace(/^\.+/, '_')
    .slice(0, READABLE_PREFIX);
  const hash = createHash('sha256').update(sourceId).digest('hex').slice(0, 16);
  return `${readable}-${hash}.json`;
}

/** The store's extraction files, sorted (temporaries and other dot-files are not sources). */
export function storedFileNames(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json') && !n.startsWith('.'))
    .sort();
}

/** One stored extraction; a damaged file is a user-facing error naming it. */
export function readStoredExtraction(path: string): DocumentExtraction {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new KgError('E_INVALID_GRAPH', 'import', `cannot read stored source "${path}": ${(error as Error).message}; delete it or re-import with --fresh`);
  }
  const parsed = DocumentExtraction.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('; ');
    throw new KgError('E_INVALID_GRAPH', 'import', `stored source "${path}" does not match the schema (${problems}); re-import with --fresh`);
  }
  return parsed.data;
}

/** Load every stored extraction; a damaged file is a user-facing error naming it. */
export function loadStore(dir: string): DocumentExtraction[] {
  if (!existsSync(dir)) return [];
  const out: DocumentExtraction[] = [];
  const seen = new Map<string, string>();
  for (const name of storedFileNames(dir)) {
    const path = join(dir, name);
    const extraction = readStoredExtraction(path);
    const id = extraction.source.id;
    const twin = seen.get(id);
    if (twin) throw new KgError('E_INVALID_GRAPH', 'import', `stored sources "${twin}" and "${path}" both hold source "${id}"; delete one of them or re-import with --fresh`);
    seen.set(id, path);
    out.push(extraction);
  }
  return out.sort((a, b) => (a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : 0));
}

export interface StoreChange {
  /** Extractions to write, replacing those with the same source id. */
  put: readonly DocumentExtraction[];
  /** Source ids to remove. */
  remove?: readonly string[];
  /** Remove every stored source not in `put` (an import with --fresh). */
  replaceAll?: boolean;
}

function writeTemp(path: string, content: string): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Apply a change to the store. Phase one writes every new file to a temporary beside its target;
 * if any of that fails (a full disk, a name the file system refuses), the temporaries go and the
 * store is untouched. Phase two renames them over their targets and deletes what goes.
 */
export function updateStore(dir: string, change: StoreChange): void {
  mkdirSync(dir, { recursive: true });
  const temps: [temp: string, target: string][] = [];
  try {
    for (const x of change.put) {
      const name = storeFileName(x.source.id);
      const temp = join(dir, `.${name}.${process.pid}.tmp`);
      temps.push([temp, join(dir, name)]);
      writeTemp(temp, `${JSON.stringify(x)}\n`);
    }
  } catch (error) {
    for (const [temp] of temps) rmSync(temp, { force: true });
    throw error;
  }
  for (const [temp, target] of temps) renameSync(temp, target);
  const kept = new Set(change.put.map((x) => storeFileName(x.source.id)));
  const removed = new Set((change.remove ?? []).map(storeFileName));
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.json') || kept.has(name)) continue;
    if (removed.has(name) || change.replaceAll) rmSync(join(dir, name), { force: true });
  }
}

/** Write the given extractions into the store, replacing those with the same source id. */
export function saveToStore(dir: string, extractions: readonly DocumentExtraction[]): void {
  updateStore(dir, { put: extractions });
}

export function clearStore(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
