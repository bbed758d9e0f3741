/**
 * What the side panel shows for one node, as plain data: kind, aliases, Wikidata link, the
 * stances it holds and those about it (quote, polarity, category, source), and its relations
 * with their evidence. Pure, so it is tested without a browser; the panel only renders it.
 */
import type { NodeKind, Polarity, RelationType, StanceCode } from '../../schema/enums';
import { resolveSourceKey, type ViewGraph, type ViewNode } from './view-graph';

export interface NodeRef {
  readonly key: string;
  readonly label: string;
  readonly kind: NodeKind;
}

export interface SourceRef {
  readonly key: string;
  readonly title: string;
  readonly publisher: string | null;
  readonly date: string | null;
  /** Only http(s) URLs survive, so a document cannot plant a `javascript:` link. */
  readonly url: string | null;
}

export interface StanceDetail {
  readonly key: string;
  readonly holder: NodeRef | null;
  readonly target: NodeRef | null;
  readonly polarity: Polarity;
  readonly code: StanceCode;
  readonly quote: string;
  readonly source: SourceRef | null;
}

/** A reported event (arrest, attack) as the panel shows it: its code, who did it to whom, where and when, and the clause. */
export interface EventDetail {
  readonly key: string;
  readonly code: string;
  readonly name: string;
  readonly actor: NodeRef | null;
  readonly target: NodeRef | null;
  readonly place: NodeRef | null;
  readonly date: string | null;
  readonly quote: string;
  readonly source: SourceRef | null;
}

export interface RelationDetail {
  readonly key: string;
  readonly type: RelationType;
  /** 'out': this node -> other; 'in': other -> this node. */
  readonly direction: 'out' | 'in';
  readonly other: NodeRef;
  readonly role: string | null;
  readonly evidence: readonly { quote: string; source: SourceRef | null }[];
  /** Known only from the gazetteer (no sentence states it): the sources that name both ends instead of quotes. */
  readonly gazetteer: { sources: readonly (SourceRef | null)[] } | null;
}

export interface NodeDetails {
  readonly key: string;
  readonly kind: NodeKind;
  readonly label: string;
  readonly aliases: readonly string[];
  readonly wikidata: { id: string; url: string } | null;
  readonly description: string | null;
  readonly mentions: number | null;
  readonly held: readonly StanceDetail[];
  readonly about: readonly StanceDetail[];
  readonly relations: readonly RelationDetail[];
  /** For a stance node: the stance itself. */
  readonly stance: StanceDetail | null;
  /** For a reported event node: the event itself; for an entity: the events it carried out and those against it. */
  readonly event: EventDetail | null;
  readonly carriedOut: readonly EventDetail[];
  readonly against: readonly EventDetail[];
  /** For a source node: its metadata; for others: the sources that mention them. */
  readonly source: SourceRef | null;
  readonly mentionedIn: readonly SourceRef[];
  /** For a source node: the stances stated in it, and who and what it mentions (most mentioned first). */
  readonly stated: readonly StanceDetail[];
  readonly mentioned: readonly (NodeRef & { count: number })[];
}

/** Keep a URL only when it is http or https. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function nodeRef(graph: ViewGraph, key: string): NodeRef | null {
  if (!graph.hasNode(key)) return null;
  const attrs = graph.getNodeAttributes(key);
  return { key, label: attrs.label, kind: attrs.kind };
}

function sourceRef(graph: ViewGraph, reference: string): SourceRef | null {
  const key = resolveSourceKey((node) => graph.hasNode(node), reference);
  if (!graph.hasNode(key)) return null;
  const attrs = graph.getNodeAttributes(key);
  if (attrs.kind !== 'Source') return null;
  return { key, title: attrs.title || attrs.label, publisher: attrs.publisher, date: attrs.date, url: safeHttpUrl(attrs.url) };
}

function stanceDetail(graph: ViewGraph, key: string, attrs: ViewNode): StanceDetail | null {
  if (attrs.kind !== 'Stance') return null;
  return {
    key,
    holder: nodeRef(graph, attrs.holder),
    target: nodeRef(graph, attrs.target),
    polarity: attrs.polarity,
    code: attrs.code,
    quote: attrs.quote,
    source: sourceRef(graph, attrs.source),
  };
}

function eventDetail(graph: ViewGraph, key: string, attrs: ViewNode): EventDetail | null {
  if (attrs.kind !== 'ReportedEvent') return null;
  return {
    key,
    code: attrs.code,
    name: attrs.name,
    actor: attrs.actor ? nodeRef(graph, attrs.actor) : null,
    target: attrs.target ? nodeRef(graph, attrs.target) : null,
    place: attrs.place ? nodeRef(graph, attrs.place) : null,
    date: attrs.date ?? null,
    quote: attrs.quote,
    source: sourceRef(graph, attrs.source),
  };
}

const bySourceThenOffset = (a: { key: string; source: SourceRef | null }, b: { key: string; source: SourceRef | null }, graph: ViewGraph) => {
  const sa = a.source?.key ?? '';
  const sb = b.source?.key ?? '';
  if (sa !== sb) return sa < sb ? -1 : 1;
  const spanA = graph.getNodeAttributes(a.key) as Extract<ViewNode, { kind: 'Stance' | 'ReportedEvent' }>;
  const spanB = graph.getNodeAttributes(b.key) as Extract<ViewNode, { kind: 'Stance' | 'ReportedEvent' }>;
  return spanA.span[0] - spanB.span[0];
};

/** Everything the panel shows for `key`, or null when the graph has no such node. */
export function describeNode(graph: ViewGraph, key: string): NodeDetails | null {
  if (!graph.hasNode(key)) return null;
  const attrs = graph.getNodeAttributes(key);
  const held: StanceDetail[] = [];
  const about: StanceDetail[] = [];
  const relations: RelationDetail[] = [];
  const mentionedIn: SourceRef[] = [];
  const carriedOut: EventDetail[] = [];
  const against: EventDetail[] = [];

  graph.forEachOutEdge(key, (edge, edgeAttrs, _source, target, _sa, targetAttrs) => {
    if (edgeAttrs.rel === 'CARRIED_OUT') {
      const event = eventDetail(graph, target, targetAttrs);
      if (event) carriedOut.push(event);
    } else if (edgeAttrs.rel === 'HOLDS') {
      const stance = stanceDetail(graph, target, targetAttrs);
      if (stance) held.push(stance);
    } else if (edgeAttrs.rel === 'MENTIONED_IN') {
      const ref = sourceRef(graph, target);
      if (ref) mentionedIn.push(ref);
    }
    void edge;
  });
  const stated: StanceDetail[] = [];
  const mentioned: (NodeRef & { count: number })[] = [];
  graph.forEachInEdge(key, (_edge, edgeAttrs, source, _target, sourceAttrs) => {
    if (edgeAttrs.rel === 'AGAINST') {
      const event = eventDetail(graph, source, sourceAttrs);
      if (event) against.push(event);
    } else if (edgeAttrs.rel === 'ABOUT' || edgeAttrs.rel === 'STATED_IN') {
      const stance = stanceDetail(graph, source, sourceAttrs);
      if (stance) (edgeAttrs.rel === 'ABOUT' ? about : stated).push(stance);
    } else if (edgeAttrs.rel === 'MENTIONED_IN' && edgeAttrs.data && 'count' in edgeAttrs.data) {
      mentioned.push({ key: source, label: sourceAttrs.label, kind: sourceAttrs.kind, count: edgeAttrs.data.count });
    }
  });
  graph.forEachEdge(key, (edge, edgeAttrs, source, target) => {
    const data = edgeAttrs.data;
    if (!data || !('evidence' in data) || 'event' in data) return;
    const direction = source === key ? 'out' : 'in';
    const other = nodeRef(graph, direction === 'out' ? target : source);
    if (!other) return;
    relations.push({
      key: edge,
      type: data.type,
      direction,
      other,
      role: data.role ?? null,
      evidence: data.evidence.map((evidence) => ({ quote: evidence.quote, source: sourceRef(graph, evidence.source) })),
      gazetteer: 'via' in data && data.via === 'gazetteer' ? { sources: (data.sources ?? []).map((source) => sourceRef(graph, source)) } : null,
    });
  });
  held.sort((a, b) => bySourceThenOffset(a, b, graph));
  about.sort((a, b) => bySourceThenOffset(a, b, graph));
  stated.sort((a, b) => bySourceThenOffset(a, b, graph));
  carriedOut.sort((a, b) => bySourceThenOffset(a, b, graph));
  against.sort((a, b) => bySourceThenOffset(a, b, graph));
  mentioned.sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  relations.sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : a.other.label < b.other.label ? -1 : 1));

  const isEntity = attrs.kind !== 'Stance' && attrs.kind !== 'Source' && attrs.kind !== 'ReportedEvent';
  const wikidata = isEntity && attrs.wikidata && /^Q\d+$/.test(attrs.wikidata) ? attrs.wikidata : null;
  return {
    key,
    kind: attrs.kind,
    label: attrs.label,
    aliases: attrs.aliases,
    wikidata: wikidata ? { id: wikidata, url: `https://www.wikidata.org/wiki/${wikidata}` } : null,
    description: isEntity ? (attrs.description ?? null) : null,
    mentions: isEntity ? attrs.mentions : null,
    held,
    about,
    relations,
    stance: stanceDetail(graph, key, attrs),
    event: eventDetail(graph, key, attrs),
    carriedOut,
    against,
    source: sourceRef(graph, key),
    mentionedIn,
    stated,
    mentioned,
  };
}
