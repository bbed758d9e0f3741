/**
 * Expands the `kg import` arguments into source files: directories are walked recursively and
 * sorted, so the same tree always gives the same order (and the same graph). Skipped: the
 * metadata file `sources.json`, dotfiles and dot-folders, and the `publishers/` rules folder.
 * A path that does not exist is kept, so the read stage reports it as one failure among others.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SKIP_FILES = new Set(['sources.json']);
const SKIP_DIRS = new Set(['publishers', 'node_modules']);

function walk(dir: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) walk(path, out);
    } else if (entry.isFile() && !SKIP_FILES.has(entry.name)) {
      out.push(path);
    }
  }
}

/** Files to import, in a stable order, each listed once. */
export function listSourceFiles(inputs: readonly string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    let isDirectory = false;
    try {
      isDirectory = statSync(input).isDirectory();
    } catch {
      isDirectory = false;
    }
    if (isDirectory) walk(input, out);
    else out.push(input);
  }
  return [...new Set(out)];
}
