/**
 * Where the decisions file is. `kg import` finds it beside the sources it reads
 * (`kg import import/` uses `import/review/decisions.jsonl`) unless `--decisions` names another,
 * and remembers the one it used beside the graph file (`out/graph.json.review.json`), so
 * `kg forget`, `kg serve` and `kg review` of that graph use the same file without being told.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../write/write-file-atomic';

export const DECISIONS_DIR = 'review';
export const DECISIONS_FILE = 'decisions.jsonl';
/** The default when nothing else says: beside the default sources folder. */
export const DEFAULT_DECISIONS_PATH = join('import', DECISIONS_DIR, DECISIONS_FILE);

/** `review/decisions.jsonl` inside the first input folder, or beside the first input file. */
export function decisionsPathForInputs(inputs: readonly string[]): string {
  const first = inputs[0];
  if (!first) return DEFAULT_DECISIONS_PATH;
  let isDirectory = false;
  try {
    isDirectory = statSync(first).isDirectory();
  } catch {
    // A missing input is reported by the reader; its folder is still where its decisions would be.
  }
  return join(isDirectory ? first : dirname(first), DECISIONS_DIR, DECISIONS_FILE);
}

const Remembered = z.object({ decisions: z.string().min(1) });

/** The note beside a graph file saying which decisions file its last import used. */
export function reviewNoteFor(graphPath: string): string {
  return join(dirname(graphPath), `${basename(graphPath)}.review.json`);
}

export function rememberDecisionsPath(graphPath: string, decisionsPath: string): void {
  writeFileAtomic(reviewNoteFor(graphPath), `${JSON.stringify({ decisions: resolve(decisionsPath) })}\n`);
}

/** The decisions file of a graph: the one its last import used, else the default. */
export function decisionsPathForGraph(graphPath: string): string {
  const note = reviewNoteFor(graphPath);
  if (!existsSync(note)) return DEFAULT_DECISIONS_PATH;
  try {
    const parsed = Remembered.safeParse(JSON.parse(readFileSync(note, 'utf8')));
    return parsed.success ? parsed.data.decisions : DEFAULT_DECISIONS_PATH;
  } catch {
    return DEFAULT_DECISIONS_PATH;
  }
}
