/**
 * Expands the `kg import` arguments into source files: directories are walked recursively and
 * sorted, so the same tree always gives the same order (and the same graph). Skipped quietly:
 * the metadata file `sources.json`, the decisions file `decisions.jsonl`, dotfiles and
 * dot-folders, and the `publishers/` rules folder. Also skipped quietly: what the caller excludes
 * (the import's own output files, see `write/own-outputs.ts`). Skipped with a note each: what
 * inside a folder is not a regular file or a folder (symbolic
 * links, FIFOs, sockets, devices), since following links can leave the folder or loop, and
 * reading a FIFO or a device can wait forever. A path given by name is kept whatever it is, so
 * the read stage reports it (missing, a FIFO, ...) as one failure among others.
 */
import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join } from 'node:path';

// An analyst's decisions (src/review/) and their lock are not sources.
const SKIP_FILES = new Set(['sources.json', 'decisions.jsonl', 'decisions.jsonl.lock']);
const SKIP_DIRS = new Set(['publishers', 'node_modules']);

export interface SkippedEntry {
  path: string;
  /** Why it was not read: "a symbolic link", "a FIFO (named pipe)", ... */
  reason: string;
}

export interface SourceFileList {
  files: string[];
  skipped: SkippedEntry[];
}

/** What kind of file system object this is, for messages: "a FIFO (named pipe)". */
export function describeFileType(entry: Pick<Stats | Dirent, 'isSymbolicLink' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice' | 'isDirectory' | 'isFile'>): string {
  if (entry.isSymbolicLink()) return 'a symbolic link';
  if (entry.isFIFO()) return 'a FIFO (named pipe)';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice()) return 'a character device';
  if (entry.isBlockDevice()) return 'a block device';
  if (entry.isDirectory()) return 'a directory';
  return entry.isFile() ? 'a regular file' : 'an unknown kind of file';
}

export interface ListOptions {
  /** Paths to leave out quietly: the import's own outputs when they sit inside a source folder. */
  exclude?: (path: string) => boolean;
}

function walk(dir: string, out: SourceFileList, options: ListOptions): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (options.exclude?.(path)) continue;
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) walk(path, out, options);
    } else if (entry.isFile()) {
      if (!SKIP_FILES.has(entry.name)) out.files.push(path);
    } else {
      const reason = entry.isSymbolicLink()
        ? 'a symbolic link (links inside a folder are not followed; name the target itself to import it)'
        : `${describeFileType(entry)}, not a regular file`;
      out.skipped.push({ path, reason });
    }
  }
}

/** Files to import, in a stable order, each listed once, and what the folders held that is not read. */
export function listSourceFilesWithSkipped(inputs: readonly string[], options: ListOptions = {}): SourceFileList {
  const out: SourceFileList = { files: [], skipped: [] };
  for (const input of inputs) {
    let isDirectory = false;
    try {
      isDirectory = statSync(input).isDirectory();
    } catch {
      isDirectory = false;
    }
    if (isDirectory) walk(input, out, options);
    else out.files.push(input);
  }
  return { files: [...new Set(out.files)], skipped: out.skipped };
}

/** Files to import, in a stable order, each listed once. */
export function listSourceFiles(inputs: readonly string[], options: ListOptions = {}): string[] {
  return listSourceFilesWithSkipped(inputs, options).files;
}
