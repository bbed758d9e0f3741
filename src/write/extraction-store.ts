/**
 * The extraction store: one JSON file per imported source under `<out dir>/sources/`. Each
 * import replaces the files of the sources it read and leaves the others alone, and graph.json
 * is rebuilt from the whole store, so importing a new file adds to the graph instead of
 * replacing it, and a failed file never removes what an earlier import brought in.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentExtraction } from '../../schema/records';
import { KgError } from '../errors/kg-error';
import { writeFileAtomic } from './write-file-atomic';

export function storeDirFor(graphPath: string): string {
  return join(graphPath, '..', 'sources');
}

function fileFor(dir: string, sourceId: string): string {
  return join(dir, `${encodeURIComponent(sourceId)}.json`);
}

/** Load every stored extraction; a damaged file is a user-facing error naming it. */
export function loadStore(dir: string): DocumentExtraction[] {
  if (!existsSync(dir)) return [];
  const out: DocumentExtraction[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const path = join(dir, name);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new KgError('E_INVALID_GRAPH', 'import', `cannot read stored source "${path}": ${(error as Error).message}; delete it or re-import with --fresh`);
    }
    const parsed = DocumentExtraction.safeParse(data);
    if (!parsed.success) {
      const problems = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      throw new KgError('E_INVALID_GRAPH', 'import', `stored source "${path}" does not match the schema (${problems}); re-import with --fresh`);
    }
    out.push(parsed.data);
  }
  return out;
}

/** Write the given extractions into the store, replacing those with the same source id. */
export function saveToStore(dir: string, extractions: readonly DocumentExtraction[]): void {
  mkdirSync(dir, { recursive: true });
  for (const x of extractions) writeFileAtomic(fileFor(dir, x.source.id), `${JSON.stringify(x)}\n`);
}

export function clearStore(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
