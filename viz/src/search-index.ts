/**
 * Autocomplete over names and aliases. The index is built once per graph (normalised strings
 * computed up front), so a keystroke is one linear scan with cheap string tests: well under
 * 50 ms for 10,000 nodes.
 */
import type { NodeKind } from '../../schema/enums';
import type { ViewGraph } from './view-graph';

export interface SearchEntry {
  readonly key: string;
  readonly label: string;
  readonly kind: NodeKind;
  /** The label and aliases as written. */
  readonly names: readonly string[];
  /** The same, normalised by `normaliseForSearch`. */
  readonly terms: readonly string[];
  readonly weight: number;
}

export interface SearchHit {
  readonly key: string;
  readonly label: string;
  readonly kind: NodeKind;
  /** The alias that matched when it was not the label itself. */
  readonly alias: string | null;
  readonly rank: number;
}

export type SearchIndex = readonly SearchEntry[];

/** Lower-case, strip accents, turn punctuation into single spaces: "Kassym-Jomart" -> "kassym jomart". */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Index every node except stances (their labels are quotes, found through their holder instead). */
export function buildSearchIndex(graph: ViewGraph): SearchIndex {
  const entries: SearchEntry[] = [];
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === 'Stance') return;
    const names = [attrs.label, ...attrs.aliases.filter((alias) => alias !== attrs.label)];
    entries.push({
      key,
      label: attrs.label,
      kind: attrs.kind,
      names,
      terms: names.map(normaliseForSearch),
      weight: 'mentions' in attrs ? attrs.mentions : 0,
    });
  });
  return entries;
}

/** 0: whole name, 1: name starts with the query, 2: a word starts with it, 3: anywhere; -1: no match. */
function rankTerm(term: string, query: string, spacedQuery: string): number {
  if (term === query) return 0;
  if (term.startsWith(query)) return 1;
  const at = term.indexOf(query);
  if (at < 0) return -1;
  // `spacedQuery` (" " + query) is built once per search: no string is allocated per name.
  return term.includes(spacedQuery, at - 1) ? 2 : 3;
}

interface Candidate {
  entry: SearchEntry;
  rank: number;
  name: number;
}

/** Candidate order: closer match, more mentions, shorter label, then alphabetical. */
function before(a: Candidate, b: Candidate): boolean {
  if (a.rank !== b.rank) return a.rank < b.rank;
  if (a.entry.weight !== b.entry.weight) return a.entry.weight > b.entry.weight;
  if (a.entry.label.length !== b.entry.label.length) return a.entry.label.length < b.entry.label.length;
  return a.entry.label < b.entry.label;
}

/**
 * Find nodes whose label or an alias matches the query, best first (closer match, then more
 * mentions, then shorter and alphabetical label). Keeps only the best `limit` while scanning,
 * so a one-letter query over 10,000 names allocates ten results, not ten thousand.
 * @example searchNodes(index, 'tokayev') // [{ label: 'Kassym-Jomart Tokayev', rank: 2, ... }]
 */
export function searchNodes(index: SearchIndex, query: string, options: { limit?: number; accept?: (key: string) => boolean } = {}): SearchHit[] {
  const q = normaliseForSearch(query);
  if (q === '') return [];
  const limit = Math.max(1, options.limit ?? 8);
  const spaced = ` ${q}`;
  const top: Candidate[] = [];
  if (index.length === 0) return [];
  // Reused for every match; only the few that enter the top list are copied.
  const scratch: Candidate = { entry: index[0]!, rank: 0, name: 0 };
  for (const entry of index) {
    let rank = -1;
    let name = 0;
    for (let i = 0; i < entry.terms.length && rank !== 0; i++) {
      const r = rankTerm(entry.terms[i]!, q, spaced);
      if (r >= 0 && (rank < 0 || r < rank)) {
        rank = r;
        name = i;
      }
    }
    if (rank < 0) continue;
    scratch.entry = entry;
    scratch.rank = rank;
    scratch.name = name;
    if (top.length === limit && !before(scratch, top[limit - 1]!)) continue;
    if (options.accept && !options.accept(entry.key)) continue;
    let at = top.length;
    while (at > 0 && before(scratch, top[at - 1]!)) at--;
    top.splice(at, 0, { entry, rank, name });
    if (top.length > limit) top.pop();
  }
  return top.map(({ entry, rank, name }) => ({
    key: entry.key,
    label: entry.label,
    kind: entry.kind,
    alias: name === 0 ? null : entry.names[name]!,
    rank,
  }));
}
