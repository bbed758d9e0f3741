/**
 * Atomic file writes: write a temporary file beside the target, flush it, then rename over the
 * target. A reader (or a crash) sees either the old file or the new one, never half of either.
 * A process killed between the two leaves its temporary file behind; the next write into the
 * folder removes such files of our own naming whose process is gone.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

/** `.<name>.<pid>.<milliseconds>.tmp`: the temporary files this module writes, and only those. */
const TEMP_NAME = /^\..+\.(\d+)\.(\d+)\.tmp$/;
/** Folders already cleaned by this process: the store writes thousands of files into one. */
const cleaned = new Set<string>();

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary files left in `dir` by writers that no longer run. */
export function removeStaleTempFiles(dir: string): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m || isRunning(Number(m[1]))) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

/**
 * Write `content` atomically. Given pieces instead of one string (a large graph.json), they are
 * written as they come, so the whole file never has to be one string in memory.
 */
export function writeFileAtomic(path: string, content: string | Iterable<string>): void {
  mkdirSync(dirname(path), { recursive: true });
  if (!cleaned.has(dirname(path))) {
    cleaned.add(dirname(path));
    removeStaleTempFiles(dirname(path));
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'w');
    if (typeof content === 'string') writeSync(fd, content);
    else for (const piece of content) writeSync(fd, piece);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
}
