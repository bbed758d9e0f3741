/**
 * The archive explorer's JSON API on `kg serve` (`/api/explore/*`): the query parameters each
 * endpoint accepts (validated with these schemas, a 400 names every bad one) and the shapes it
 * answers with. At archive scale the browser never holds graph.json: it asks for an overview,
 * searches, and expands one entity's neighbourhood at a time within a node budget.
 *
 * Entities are the nodes; stances are folded into one holder→target edge per pair (`rel:
 * 'STANCE'`, weight = number of stances, with the count per polarity); relations stay one edge
 * per stored edge. Every endpoint takes the same source filter (date range, publishers, sources).
 */
import { z } from 'zod';
import type { EntityKind, Polarity, RelationType } from './enums';

/** Above this many graph.json nodes the viewer opens on the overview instead of the whole graph. */
export const ARCHIVE_NODE_THRESHOLD = 15_000;
/** How many nodes the browser holds at most unless the user changes it. */
export const DEFAULT_NODE_BUDGET = 5_000;
/** The largest budget a user may set: more than this and the browser is back to a hairball. */
export const MAX_NODE_BUDGET = 50_000;
/** Links to entities outside the answer sent per returned node of a neighbourhood (see NeighbourhoodAnswer). */
export const NEIGHBOUR_EDGES_PER_NODE = 30;
/** Entities on the overview unless asked otherwise. */
export const DEFAULT_OVERVIEW_SIZE = 150;

const isoDay = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD')
  .optional();
const count = (fallback: number, max: number) => z.coerce.number().int().min(0).max(max).default(fallback);
const positive = (fallback: number, max: number) => z.coerce.number().int().min(1).max(max).default(fallback);
const nodeKey = z.string().min(1).max(1_000);

/** Which sources count: all of them when nothing is set; every set field narrows. */
export const SourceFilter = z.object({
  /** First day included, compared with the source's date as text (`2024` and `2024-03` work). */
  from: isoDay,
  /** Last day included (`2024` means to the end of 2024). */
  to: isoDay,
  /** Exact publisher names; a source must have one of them. */
  publisher: z.array(z.string().min(1).max(500)).max(100).default([]),
  /** Source node keys; a source must be one of them. */
  source: z.array(nodeKey).max(100).default([]),
});
export type SourceFilter = z.infer<typeof SourceFilter>;

export const OverviewQuery = SourceFilter.extend({ limit: positive(DEFAULT_OVERVIEW_SIZE, MAX_NODE_BUDGET) });
export type OverviewQuery = z.infer<typeof OverviewQuery>;

export const SearchQuery = SourceFilter.extend({ q: z.string().trim().min(1, 'the search text is empty').max(200), limit: positive(20, 100) });
export type SearchQuery = z.infer<typeof SearchQuery>;

export const NeighbourhoodQuery = SourceFilter.extend({
  node: nodeKey,
  /** How many hops out from the node (1: its neighbours). */
  hops: positive(1, 3),
  /** Skip this many of the ranked nodes (the ones an earlier expansion already brought). */
  offset: count(0, 1_000_000),
  /** Bring at most this many nodes: what is left of the user's budget. */
  limit: positive(500, MAX_NODE_BUDGET),
});
export type NeighbourhoodQuery = z.infer<typeof NeighbourhoodQuery>;

export const StanceSide = z.enum(['about', 'held']);
export type StanceSide = z.infer<typeof StanceSide>;

export const StanceGroupsQuery = SourceFilter.extend({ node: nodeKey, side: StanceSide.default('about'), limit: positive(200, 5_000) });
export type StanceGroupsQuery = z.infer<typeof StanceGroupsQuery>;

export const QuotesQuery = SourceFilter.extend({
  node: nodeKey,
  side: StanceSide.default('about'),
  /** The holder (side `about`) or target (side `held`) whose stances to list. */
  other: nodeKey,
  offset: count(0, 1_000_000),
  limit: positive(50, 500),
});
export type QuotesQuery = z.infer<typeof QuotesQuery>;

export const SourcesQuery = SourceFilter.extend({ q: z.string().trim().max(200).default(''), offset: count(0, 1_000_000), limit: positive(50, 500) });
export type SourcesQuery = z.infer<typeof SourcesQuery>;

export interface PolarityCounts {
  support: number;
  oppose: number;
  mixed: number;
  neutral: number;
}

export interface ExploreNode {
  key: string;
  label: string;
  kind: EntityKind;
  mentions: number;
  /** Weighted degree under the filter: stances count one each, relations one per edge. */
  degree: number;
  wikidata?: string;
}

export interface ExploreEdge {
  key: string;
  source: string;
  target: string;
  rel: RelationType | 'STANCE';
  /** Number of stances for 'STANCE', 1 for a relation. */
  weight: number;
  /** For 'STANCE': the stances per polarity. */
  polarity?: PolarityCounts;
  /** For 'STANCE': support minus oppose. */
  net?: number;
}

export interface ExploreSlice {
  nodes: ExploreNode[];
  edges: ExploreEdge[];
}

export interface ExploreInfo {
  nodes: number;
  edges: number;
  entities: number;
  sources: number;
  stances: number;
  /** True above the threshold: the viewer opens on the overview. */
  archive: boolean;
  threshold: number;
  defaultBudget: number;
  maxBudget: number;
  /** Entities the viewer asks the overview for. */
  overviewSize: number;
  publishers: { name: string; sources: number }[];
  /** Earliest and latest source date, or null when no source has one. */
  dates: { min: string; max: string } | null;
}

export interface OverviewAnswer extends ExploreSlice {
  /** Entities with at least one fact from the filtered sources. */
  entities: number;
}

export interface SearchAnswer {
  hits: (ExploreNode & { alias?: string })[];
}

/**
 * `edges` holds the links among the node and the returned nodes, and also up to
 * NEIGHBOUR_EDGES_PER_NODE links from each returned node to other entities (heaviest first): the
 * server does not know what the browser holds, so the browser keeps those whose other end it has.
 */
export interface NeighbourhoodAnswer extends ExploreSlice {
  /** The expanded node. */
  node: ExploreNode;
  /** Ranked nodes within `hops` that this answer left out (past offset + limit). */
  remaining: number;
  /** Nodes within `hops` in all. */
  reachable: number;
}

export interface StanceGroup {
  other: { key: string; label: string; kind: EntityKind };
  count: number;
  polarity: PolarityCounts;
  net: number;
}

export interface StanceGroupsAnswer {
  node: ExploreNode;
  side: StanceSide;
  /** Stances in all (over every group, not only those returned). */
  stances: number;
  /** Groups in all. */
  total: number;
  groups: StanceGroup[];
}

export interface SourceSummary {
  key: string;
  title: string;
  publisher: string | null;
  date: string | null;
  url: string | null;
}

export interface QuoteItem {
  key: string;
  polarity: z.infer<typeof Polarity>;
  code: string;
  quote: string;
  confidence: number;
  source: SourceSummary | null;
}

export interface QuotesAnswer {
  total: number;
  quotes: QuoteItem[];
}

export interface SourcesAnswer {
  /** Sources matching the filter and the text. */
  total: number;
  sources: SourceSummary[];
}
