/** Finds the named queries in `queries/` (one `<name>.cypher` each). */
import fs from 'node:fs';
import path from 'node:path';
import { KgError } from '../errors/kg-error';
import { PROJECT_ROOT } from '../db/local-server-paths';
import { parseQueryFile, type NamedQuery } from './query-file';

export const QUERIES_DIR = path.join(PROJECT_ROOT, 'queries');

export function queryNames(dir: string = QUERIES_DIR): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .map((file) => file.slice(0, -'.cypher'.length))
    .sort();
}

export function loadQuery(name: string, dir: string = QUERIES_DIR): NamedQuery {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name) || !queryNames(dir).includes(name)) {
    throw new KgError('E_NOT_FOUND', 'query', `no query named "${name}"; known queries: ${queryNames(dir).join(', ') || '(none)'}`);
  }
  const file = path.join(dir, `${name}.cypher`);
  return parseQueryFile(name, fs.readFileSync(file, 'utf8'), path.relative(process.cwd(), file) || file);
}

export function loadQueries(dir: string = QUERIES_DIR): NamedQuery[] {
  return queryNames(dir).map((name) => loadQuery(name, dir));
}
