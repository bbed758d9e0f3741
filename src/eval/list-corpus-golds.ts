/**
 * The texts of one split of the evaluation corpus (`eval/corpus/dev/`, `eval/test/`): every gold
 * file under the split's folder, with the shape of its text. A split that does not exist (yet) is
 * simply empty, so the report works on a branch where a colleague has not written it.
 *
 * The shape comes from the `shape` field of the `sources.json` next to the text, else from a
 * `shape: <id>` line in the gold's `notes` (for a split written before the schema had the
 * field). Nothing here reads a text or prints a gold's content: the test split is frozen and is
 * only ever listed and scored in aggregate.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SourceShape } from '../../schema/enums';
import type { SourceMeta } from '../../schema/records';
import { findSourceMeta, readSourceMetadata } from '../read/read-source-metadata';
import { resolveSourcePath } from './load-eval-inputs';

export type CorpusSplit = 'dev' | 'test';

/** Where each split lives, relative to the repository root. */
export const CORPUS_SPLIT_DIRS: Readonly<Record<CorpusSplit, string>> = { dev: 'eval/corpus/dev', test: 'eval/test' };

/** Shape of a text whose metadata and gold notes name none. */
export const UNKNOWN_SHAPE = 'unknown';

export interface CorpusGold {
  split: CorpusSplit;
  goldPath: string;
  shape: SourceShape | typeof UNKNOWN_SHAPE;
}

/** Gold files under `dir`, recursively, in sorted order; none when `dir` does not exist. */
export function listGoldFilesUnder(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listGoldFilesUnder(path));
    else if (name.endsWith('.gold.json')) out.push(path);
  }
  return out;
}

/**
 * The shape named in gold notes: a `shape: <id>` with one of the fixed ids, else null.
 * @example shapeFromNotes('Wire report. shape: news-wire') -> 'news-wire'
 */
export function shapeFromNotes(notes: string | undefined): SourceShape | null {
  const match = /\bshape:\s*([a-z-]+)/i.exec(notes ?? '');
  const parsed = SourceShape.safeParse(match?.[1]?.toLowerCase());
  return parsed.success ? parsed.data : null;
}

interface GoldHead {
  source?: unknown;
  notes?: unknown;
}

/** Only the two fields the listing needs; the gold proper is validated when it is scored. */
function readGoldHead(goldPath: string): GoldHead {
  try {
    const data: unknown = JSON.parse(readFileSync(goldPath, 'utf8').replace(/^\uFEFF/, ''));
    return data && typeof data === 'object' ? (data as GoldHead) : {};
  } catch {
    return {};
  }
}

function metadataShape(sourcePath: string, cache: Map<string, { file: string; entries: SourceMeta[] } | null>): SourceShape | null {
  const dir = dirname(sourcePath);
  if (!cache.has(dir)) {
    const file = join(dir, 'sources.json');
    let found: { file: string; entries: SourceMeta[] } | null = null;
    // A sources.json that does not validate is reported when the text is imported; here it only
    // means the shape must come from the notes.
    if (existsSync(file)) {
      try {
        found = { file, entries: readSourceMetadata(file) };
      } catch {
        found = null;
      }
    }
    cache.set(dir, found);
  }
  const found = cache.get(dir);
  return (found && findSourceMeta(found.entries, found.file, sourcePath)?.shape) ?? null;
}

/**
 * Every gold file of a split with its text's shape.
 * @example listCorpusGolds(process.cwd(), 'dev').map((g) => g.shape)
 */
export function listCorpusGolds(root: string, split: CorpusSplit): CorpusGold[] {
  const cache = new Map<string, { file: string; entries: SourceMeta[] } | null>();
  return listGoldFilesUnder(join(root, CORPUS_SPLIT_DIRS[split])).map((goldPath) => {
    const head = readGoldHead(goldPath);
    const source = typeof head.source === 'string' ? resolveSourcePath(head.source, goldPath, root) : null;
    const shape = (source ? metadataShape(source, cache) : null) ?? shapeFromNotes(typeof head.notes === 'string' ? head.notes : undefined) ?? UNKNOWN_SHAPE;
    return { split, goldPath, shape };
  });
}
