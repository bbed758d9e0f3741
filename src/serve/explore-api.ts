/**
 * `/api/explore/*` on `kg serve`: the archive explorer's endpoints (schema/explore-api.ts) over
 * the graph the server's source hands out, file or Neo4j alike. The index is built once per
 * graph object, the first time an endpoint needs it, and reused while the source hands back the
 * same object (a changed graph.json or a new Neo4j read makes a new one). Query parameters are
 * validated with zod: an unknown, repeated or malformed one is a 400 that names it.
 *
 *   info                         sizes, publishers, date range, whether the graph is archive-sized
 *   overview?limit               the most connected entities and the edges among them
 *   search?q&limit               entities by name or alias
 *   neighbourhood?node&hops&offset&limit   one entity's neighbours within a node budget
 *   stances?node&side&limit      an entity's stances grouped by holder (or target), with counts
 *   quotes?node&side&other&offset&limit    one group's quotes with their sources
 *   sources?q&offset&limit       the sources passing the filter, searchable
 * Every endpoint but info takes the filter: from, to (YYYY[-MM[-DD]]), publisher and source
 * (each repeatable).
 */
import type { z } from 'zod';
import { ARCHIVE_NODE_THRESHOLD, NeighbourhoodQuery, OverviewQuery, QuotesQuery, SearchQuery, SourcesQuery, StanceGroupsQuery } from '../../schema/explore-api';
import type { SerializedGraph } from '../../schema/graph-json';
import { isKgError } from '../errors/kg-error';
import { exploreInfo, groupQuotes, listSources, neighbourhood, overview, searchEntities, stanceGroups } from './explore-queries';
import { buildGraphIndex, type GraphIndex } from './graph-index';

export const EXPLORE_PREFIX = '/api/explore/';

export interface ExploreAnswer {
  status: number;
  body: unknown;
}

/** Parameters that may be given more than once (the filter's lists). */
const LIST_PARAMS = new Set(['publisher', 'source']);

type Endpoint = { schema: z.ZodObject; run: (index: GraphIndex, query: never) => unknown };

const ENDPOINTS: Record<string, Endpoint> = {
  overview: { schema: OverviewQuery, run: overview },
  search: { schema: SearchQuery, run: searchEntities },
  neighbourhood: { schema: NeighbourhoodQuery, run: neighbourhood },
  stances: { schema: StanceGroupsQuery, run: stanceGroups },
  quotes: { schema: QuotesQuery, run: groupQuotes },
  sources: { schema: SourcesQuery, run: listSources },
};

/** URL parameters to the object the schema reads, or the reason they cannot be one. */
export function paramsObject(params: URLSearchParams): { value: Record<string, string | string[]> } | { error: string } {
  const value: Record<string, string | string[]> = {};
  for (const name of new Set(params.keys())) {
    const all = params.getAll(name);
    if (LIST_PARAMS.has(name)) value[name] = all;
    else if (all.length > 1) return { error: `the parameter "${name}" is given ${all.length} times; give it once` };
    else value[name] = all[0]!;
  }
  return { value };
}

/** The zod issues as one line a user can act on: `limit: Too big: expected number to be <=100`. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      if (issue.code === 'unrecognized_keys') return `unknown parameter${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
      return `${issue.path.join('.') || 'query'}: ${issue.message}`;
    })
    .join('; ');
}

export function createExploreApi(options: { threshold?: number } = {}) {
  const threshold = options.threshold ?? ARCHIVE_NODE_THRESHOLD;
  const indexes = new WeakMap<SerializedGraph, GraphIndex>();
  const indexOf = (graph: SerializedGraph): GraphIndex => {
    let index = indexes.get(graph);
    if (!index) {
      index = buildGraphIndex(graph);
      indexes.set(graph, index);
    }
    return index;
  };
  return {
    /** Build the index now for an archive-sized graph (the server calls this once the graph is loaded, so no user waits for it). */
    warm: (graph: SerializedGraph) => {
      if (graph.nodes.length > threshold) indexOf(graph);
    },
    answer(graph: SerializedGraph, pathname: string, params: URLSearchParams): ExploreAnswer {
      const name = pathname.slice(EXPLORE_PREFIX.length);
      if (name === 'info') {
        if ([...params.keys()].length > 0) return { status: 400, body: { error: `info takes no parameters (got ${[...new Set(params.keys())].join(', ')})` } };
        return { status: 200, body: exploreInfo(indexOf(graph), threshold) };
      }
      const endpoint = ENDPOINTS[name];
      if (!endpoint) return { status: 404, body: { error: `unknown explore endpoint ${JSON.stringify(name)}; known: info, ${Object.keys(ENDPOINTS).join(', ')}` } };
      const raw = paramsObject(params);
      if ('error' in raw) return { status: 400, body: { error: raw.error } };
      const parsed = endpoint.schema.strict().safeParse(raw.value);
      if (!parsed.success) return { status: 400, body: { error: `bad ${name} query: ${describeIssues(parsed.error)}` } };
      try {
        return { status: 200, body: endpoint.run(indexOf(graph), parsed.data as never) };
      } catch (error) {
        if (isKgError(error) && error.code === 'E_NOT_FOUND') return { status: 404, body: { error: error.message, code: error.code } };
        throw error;
      }
    },
  };
}

export type ExploreApi = ReturnType<typeof createExploreApi>;
