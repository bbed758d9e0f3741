/**
 * The arguments of `neo4j-admin database import full` for the exported files, in one place: the
 * shell script the export writes, its JSON manifest and `kg db import` all use these. The options
 * are the ones the files are written for: string ids in three id spaces, U+001F between array
 * elements, quoted fields that may hold line breaks (quotes do).
 */
import { ARRAY_DELIMITER_OPTION } from './admin-csv';
import type { AdminFile } from './admin-files';

export const DEFAULT_IMPORT_DATABASE = 'neo4j';

/** Arguments after `neo4j-admin`, with file paths relative to the export folder. */
export function adminImportArgs(files: readonly Pick<AdminFile, 'stem' | 'kind'>[], database: string = DEFAULT_IMPORT_DATABASE): string[] {
  return [
    'database',
    'import',
    'full',
    '--id-type=string',
    `--array-delimiter=${ARRAY_DELIMITER_OPTION}`,
    '--multiline-fields=true',
    ...files.map((f) => `--${f.kind}=${f.stem}.header.csv,${f.stem}.csv`),
    database,
  ];
}

/** Quote for a POSIX shell when needed. */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9_./:=,+@%-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * The script a user runs: from the export folder, with the server stopped and the database
 * absent or empty. NEO4J_ADMIN names another neo4j-admin (e.g. the one of an installed server).
 */
export function importScript(args: readonly string[]): string {
  return [
    '#!/bin/sh',
    '# Written by `kg export --format neo4j-admin`. Loads this folder into an empty Neo4j database.',
    '# Stop the server first; the database must not exist yet or be empty (add',
    '# --overwrite-destination=true to replace it). Then start the server and run',
    '# after-import.cypher (cypher-shell -f after-import.cypher): constraints, indexes, and the',
    "# empty alias lists a CSV field cannot hold. For the project's local server,",
    "# `kg db import <folder>` does all of it with the launcher's own copy of the import tool.",
    'set -e',
    'cd "$(dirname "$0")"',
    `exec \${NEO4J_ADMIN:-neo4j-admin} ${args.map(shellWord).join(' ')} "$@"`,
    '',
  ].join('\n');
}
