/**
 * A graph.json file as the API's data. The file is validated against the schema when read and
 * read again when it changes on disk, so `kg import` next to a running `kg serve` shows up on
 * reload. While it is unchanged every caller gets the same object (the server reuses its
 * serialisation), and callers that arrive while it is being read share that one read.
 */
import { promises as fs } from 'node:fs';
import { SerializedGraph } from '../../schema/graph-json';
import { KgError } from '../errors/kg-error';
import type { GraphSource } from './graph-source';

const MAX_ISSUES = 5;

function unreadable(path: string, error: unknown, operation: string): KgError {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such file (run "kg import" first)' : (error as Error).message;
  return new KgError('E_NOT_FOUND', operation, `cannot read "${path}": ${why}`, { cause: error });
}

/**
 * Read and validate a graph.json file; every problem is reported in one KgError naming the file.
 * @example const graph = await readGraphFile('out/graph.json');
 */
export async function readGraphFile(path: string, operation = 'serve'): Promise<SerializedGraph> {
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (error) {
    throw unreadable(path, error, operation);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new KgError('E_INVALID_GRAPH', operation, `"${path}" is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const parsed = SerializedGraph.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, MAX_ISSUES).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    const more = parsed.error.issues.length > MAX_ISSUES ? ` (and ${parsed.error.issues.length - MAX_ISSUES} more)` : '';
    throw new KgError('E_INVALID_GRAPH', operation, `"${path}" is not a graph.json graph: ${issues.join('; ')}${more}`);
  }
  return parsed.data;
}

export function createFileGraphSource(path: string): GraphSource {
  let cached: { mtimeMs: number; size: number; graph: SerializedGraph } | null = null;
  let reading: { mtimeMs: number; size: number; graph: Promise<SerializedGraph> } | null = null;
  return {
    description: `file ${path}`,
    async loadGraph() {
      const stat = await fs.stat(path).catch((error: unknown) => {
        throw unreadable(path, error, 'serve');
      });
      if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.graph;
      if (reading && reading.mtimeMs === stat.mtimeMs && reading.size === stat.size) return reading.graph;
      const current = { mtimeMs: stat.mtimeMs, size: stat.size, graph: readGraphFile(path) };
      reading = current;
      try {
        const graph = await current.graph;
        cached = { mtimeMs: current.mtimeMs, size: current.size, graph };
        return graph;
      } finally {
        if (reading === current) reading = null;
      }
    },
    async health() {
      try {
        await fs.access(path);
        return { ok: true, detail: `${path} is readable` };
      } catch (error) {
        return { ok: false, detail: unreadable(path, error, 'serve').message };
      }
    },
    async close() {
      cached = null;
    },
  };
}
