/**
 * The I/O edge of evaluation: reads and validates a gold file, a graph.json and the annotated
 * source text. Every problem becomes one KgError line naming the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { KgError } from '../errors/kg-error';
import { GoldAnnotation } from '../../schema/gold';
import { checkGold } from './check-gold';
import { ExportedGraph } from './predicted-graph';

function readJson(path: string, what: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new KgError('E_NOT_FOUND', 'eval', `cannot read ${what} "${path}": ${code === 'ENOENT' ? 'no such file' : code}`, { cause: error });
  }
  try {
    return JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new KgError(what === 'gold file' ? 'E_GOLD' : 'E_INVALID_GRAPH', 'eval', `${what} "${path}" is not valid JSON: ${(error as Error).message}`);
  }
}

function issuesOf(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');
}

/** UTF-8 decode (strict) and drop a BOM, nothing else: the text every span points into. */
export function decodeText(bytes: Uint8Array, path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new KgError('E_ENCODING', 'eval', `source "${path}" is not valid UTF-8`);
  }
}

/**
 * Find the gold's source file: relative to `root` (default: the working directory), else
 * relative to each folder above the gold file, so `kg eval` works from any directory inside
 * the repository.
 */
export function resolveSourcePath(source: string, goldPath: string, root = process.cwd()): string {
  const first = resolve(root, source);
  if (existsSync(first)) return first;
  for (let dir = dirname(resolve(goldPath)); ; dir = dirname(dir)) {
    const candidate = resolve(dir, source);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) break;
  }
  return first;
}

export interface EvalInputs {
  gold: GoldAnnotation;
  graph: ExportedGraph;
  text: string;
  sourcePath: string;
}

export function loadGold(goldPath: string, root?: string): { gold: GoldAnnotation; text: string; sourcePath: string } {
  const parsed = GoldAnnotation.safeParse(readJson(goldPath, 'gold file'));
  if (!parsed.success) throw new KgError('E_GOLD', 'eval', `gold file "${goldPath}" does not match the gold format: ${issuesOf(parsed.error)}`);
  const gold = parsed.data;
  const sourcePath = resolveSourcePath(gold.source, goldPath, root);
  let bytes: Buffer;
  try {
    bytes = readFileSync(sourcePath);
  } catch {
    throw new KgError('E_NOT_FOUND', 'eval', `gold file "${goldPath}" names source "${gold.source}", which cannot be read`);
  }
  const text = decodeText(bytes, sourcePath);
  const problems = checkGold(gold, text);
  if (problems.length > 0) throw new KgError('E_GOLD', 'eval', `gold file "${goldPath}" is inconsistent: ${problems.join('; ')}`);
  return { gold, text, sourcePath };
}

export function loadGraph(graphPath: string): ExportedGraph {
  const parsed = ExportedGraph.safeParse(readJson(graphPath, 'graph file'));
  if (!parsed.success) throw new KgError('E_INVALID_GRAPH', 'eval', `graph file "${graphPath}" is not a graphology export: ${issuesOf(parsed.error)}`);
  return parsed.data;
}

export function loadEvalInputs(goldPath: string, graphPath: string, root?: string): EvalInputs {
  return { ...loadGold(goldPath, root), graph: loadGraph(graphPath) };
}
