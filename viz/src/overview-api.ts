/**
 * The archive explorer's calls to `kg serve` (`/api/explore/*`, schema/explore-api.ts): the
 * filter becomes query parameters, an error answer becomes an Error with the server's reason.
 */
import type { ExploreInfo, NeighbourhoodAnswer, OverviewAnswer, QuotesAnswer, SearchAnswer, SourcesAnswer, StanceGroupsAnswer, StanceSide } from '../../schema/explore-api';

/** The source filter as the viewer keeps it (the API's SourceFilter, all fields plain). */
export interface ExploreFilter {
  from: string;
  to: string;
  publishers: readonly string[];
  sources: readonly { key: string; title: string }[];
}

export const NO_FILTER: ExploreFilter = { from: '', to: '', publishers: [], sources: [] };

export const isFiltered = (filter: ExploreFilter) => Boolean(filter.from || filter.to || filter.publishers.length || filter.sources.length);

export function filterParams(filter: ExploreFilter, extra: Record<string, string | number> = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  for (const publisher of filter.publishers) params.append('publisher', publisher);
  for (const source of filter.sources) params.append('source', source.key);
  for (const [name, value] of Object.entries(extra)) params.set(name, String(value));
  return params;
}

async function getJson<T>(endpoint: string, params: URLSearchParams = new URLSearchParams()): Promise<T> {
  const query = params.toString();
  const response = await fetch(`api/explore/${endpoint}${query ? `?${query}` : ''}`, { headers: { accept: 'application/json' } });
  const body = (await response.json().catch(() => null)) as (T & { error?: string }) | null;
  if (!response.ok || body === null) throw new Error(body?.error ?? `the server answered ${response.status} for api/explore/${endpoint}`);
  return body;
}

export const fetchInfo = () => getJson<ExploreInfo>('info');
export const fetchOverview = (filter: ExploreFilter, limit: number) => getJson<OverviewAnswer>('overview', filterParams(filter, { limit }));
export const fetchSearch = (filter: ExploreFilter, q: string) => getJson<SearchAnswer>('search', filterParams(filter, { q, limit: 12 }));
export const fetchNeighbourhood = (filter: ExploreFilter, node: string, step: { hops: number; offset: number; limit: number }) =>
  getJson<NeighbourhoodAnswer>('neighbourhood', filterParams(filter, { node, ...step }));
export const fetchStanceGroups = (filter: ExploreFilter, node: string, side: StanceSide) => getJson<StanceGroupsAnswer>('stances', filterParams(filter, { node, side }));
export const fetchQuotes = (filter: ExploreFilter, node: string, side: StanceSide, other: string) =>
  getJson<QuotesAnswer>('quotes', filterParams(filter, { node, side, other, limit: 100 }));
/** The source picker's list: the date range and publishers narrow it, the chosen sources do not. */
export const fetchSources = (filter: ExploreFilter, q: string) => getJson<SourcesAnswer>('sources', filterParams({ ...filter, sources: [] }, { q, limit: 30 }));
/** How many sources pass the whole filter (chosen sources included). */
export const fetchSourceCount = async (filter: ExploreFilter) => (await getJson<SourcesAnswer>('sources', filterParams(filter, { limit: 1 }))).total;
