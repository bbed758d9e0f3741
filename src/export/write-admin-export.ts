/**
 * Writes the neo4j-admin files of a graph into a folder: every header and data file, the script
 * with the exact command (`neo4j-admin-import.sh`), its arguments as JSON for `kg db import`
 * (`neo4j-admin-import.json`) and what to run on the loaded database once it is started
 * (`after-import.cypher`: constraints, indexes, empty alias lists). Data files are written as they are produced, a buffer at a time, so a large
 * archive never sits in memory as one string.
 */
import { closeSync, mkdirSync, openSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { KgError } from '../errors/kg-error';
import type { GraphRows } from '../write/graph-rows';
import { afterImportCypher } from './after-import';
import { adminFiles, dataLine, headerLine } from './admin-files';
import { adminImportArgs, importScript } from './admin-import-args';

export const IMPORT_MANIFEST = 'neo4j-admin-import.json';
export const IMPORT_SCRIPT = 'neo4j-admin-import.sh';
export const AFTER_IMPORT_FILE = 'after-import.cypher';

export interface AdminExportSummary {
  dir: string;
  nodes: number;
  relationships: number;
  files: number;
  /** The arguments after `neo4j-admin`, paths relative to `dir`. */
  args: string[];
}

const FLUSH_AT = 1 << 20;

/** Write the export into `dir` (created if needed; refused when it holds files already, so nothing is mixed). */
export function writeAdminExport(rows: GraphRows, graph: string, dir: string, database?: string): AdminExportSummary {
  mkdirSync(dir, { recursive: true });
  const present = readdirSync(dir);
  if (present.length > 0)
    throw new KgError('E_USAGE', 'export', `the folder "${dir}" is not empty (${present.slice(0, 3).join(', ')}${present.length > 3 ? ', ...' : ''}); give a new or empty folder`);
  const files = adminFiles(rows, graph);
  for (const file of files) {
    writeFileSync(join(dir, `${file.stem}.header.csv`), `${headerLine(file)}\n`);
    const fd = openSync(join(dir, `${file.stem}.csv`), 'w');
    try {
      let buffer = '';
      for (const values of file.rows()) {
        buffer += `${dataLine(file, values)}\n`;
        if (buffer.length >= FLUSH_AT) {
          writeSync(fd, buffer);
          buffer = '';
        }
      }
      if (buffer) writeSync(fd, buffer);
    } finally {
      closeSync(fd);
    }
  }
  const args = adminImportArgs(files, database);
  const nodes = files.filter((f) => f.kind === 'nodes').reduce((n, f) => n + f.count, 0);
  const relationships = files.filter((f) => f.kind === 'relationships').reduce((n, f) => n + f.count, 0);
  writeFileSync(join(dir, IMPORT_SCRIPT), importScript(args), { mode: 0o755 });
  writeFileSync(join(dir, IMPORT_MANIFEST), `${JSON.stringify({ args, nodes, relationships, graph }, null, 1)}\n`);
  writeFileSync(join(dir, AFTER_IMPORT_FILE), afterImportCypher());
  return { dir, nodes, relationships, files: files.length * 2, args };
}
