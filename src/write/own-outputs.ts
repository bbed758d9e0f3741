/**
 * What `kg import` itself writes beside a graph file: the graph file, its lock and temporary
 * files (`graph.json.lock`, `graph.json.tmp-…`), its store folder (`graph.sources/`), its cache
 * (`graph.cache/`) and the error log. A user who keeps the output inside the folder they import (`kg import . --out
 * out/graph.json`) must not see the project's own files read back as sources: they are left out
 * of the folder walk, quietly, the way `sources.json` is.
 */
import { basename, dirname, resolve, sep } from 'node:path';
import { cacheDirFor } from './archive-cache';
import { storeDirFor } from './extraction-store';

export const ERROR_LOG_NAME = 'import-errors.log';

/** A test for paths that the import into `graphPath` writes itself. */
export function ownOutputsOf(graphPath: string): (path: string) => boolean {
  const graph = resolve(graphPath);
  const store = resolve(storeDirFor(graphPath));
  const cache = resolve(cacheDirFor(graphPath));
  const errorLog = resolve(dirname(graphPath), ERROR_LOG_NAME);
  const graphName = basename(graph);
  return (path: string) => {
    const p = resolve(path);
    if (p === graph || p === errorLog) return true;
    if (p === store || p === cache || p.startsWith(store + sep) || p.startsWith(cache + sep)) return true;
    // Siblings named after the graph file: its lock and the temporary files of atomic writes.
    return dirname(p) === dirname(graph) && basename(p).startsWith(`${graphName}.`);
  };
}
