/**
 * The build stage: folds per-document extractions into one graphology graph. Pure and
 * deterministic: documents, entities and edges are merged in sorted order with stable keys,
 * so the same extractions always give the same `graph.export()`.
 */
import Graph from 'graphology';
import { cameoName } from '../../schema/cameo';
import type { DocumentExtraction, Entity, Evidence } from '../../schema/records';
import type { EdgeAttributes, NodeAttributes, RelationEdgeAttributes } from '../../schema/graph-json';
import { relationEdgeKey, sourceKey } from '../../schema/keys';

export type KnowledgeGraph = Graph<NodeAttributes, EdgeAttributes>;

export function createKnowledgeGraph(): KnowledgeGraph {
  return new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: false, allowSelfLoops: false });
}

const byKey = <T>(key: (item: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
const compareEvidence = (a: Evidence, b: Evidence) =>
  a.source < b.source ? -1 : a.source > b.source ? 1 : a.span[0] - b.span[0] || a.span[1] - b.span[1];

/** Merge aliases and keep them sorted and unique, without the label itself. */
function mergeAliases(label: string, ...lists: readonly string[][]): string[] {
  const set = new Set<string>();
  for (const list of lists) for (const alias of list) if (alias !== label) set.add(alias);
  return [...set].sort();
}

function mergeEntity(graph: KnowledgeGraph, entity: Entity): void {
  if (!graph.hasNode(entity.id)) {
    graph.addNode(entity.id, {
      kind: entity.kind,
      label: entity.label,
      aliases: mergeAliases(entity.label, entity.aliases),
      ...(entity.wikidata ? { wikidata: entity.wikidata } : {}),
      ...(entity.description ? { description: entity.description } : {}),
      mentions: 0,
    } as NodeAttributes);
    return;
  }
  graph.updateNodeAttributes(entity.id, (attrs) => {
    const aliases = 'aliases' in attrs ? attrs.aliases : [];
    return { ...attrs, aliases: mergeAliases(attrs.label, aliases, entity.aliases, [entity.label]) } as NodeAttributes;
  });
}

/**
 * Build one graph from any number of document extractions.
 * @example buildGraph([extractDocument(read(file))]).export()
 */
export function buildGraph(extractions: readonly DocumentExtraction[]): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  const docs = [...extractions].sort(byKey((d) => d.source.id));

  for (const { source } of docs) {
    graph.mergeNode(sourceKey(source.id), {
      kind: 'Source',
      label: source.title,
      aliases: [],
      title: source.title,
      publisher: source.publisher,
      date: source.date,
      url: source.url,
      path: source.path,
      sha256: source.sha256,
    });
  }

  for (const doc of docs) for (const entity of [...doc.entities].sort(byKey((e) => e.id))) mergeEntity(graph, entity);

  for (const doc of docs) {
    const src = sourceKey(doc.source.id);
    const counts = new Map<string, number>();
    for (const mention of doc.mentions) counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
    for (const [entity, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (!graph.hasNode(entity)) continue;
      graph.updateNodeAttribute(entity, 'mentions' as never, ((n: number) => n + count) as never);
      graph.mergeEdgeWithKey(`MENTIONED_IN:${entity}->${src}`, entity, src, { type: 'MENTIONED_IN', count });
    }
  }

  // Evidence in the graph names the Source node's key, like stances do.
  const relations = docs
    .flatMap((d) => d.relations)
    .map((r) => ({ ...r, evidence: { ...r.evidence, source: sourceKey(r.evidence.source) } }))
    .sort((a, b) => compareEvidence(a.evidence, b.evidence));
  for (const relation of relations) {
    if (relation.from === relation.to || !graph.hasNode(relation.from) || !graph.hasNode(relation.to)) continue;
    const key = relationEdgeKey(relation.type, relation.from, relation.to);
    if (!graph.hasEdge(key)) {
      const attrs: RelationEdgeAttributes = {
        type: relation.type,
        ...(relation.role ? { role: relation.role } : {}),
        confidence: relation.confidence,
        ...relation.evidence,
        evidence: [relation.evidence],
      };
      graph.addDirectedEdgeWithKey(key, relation.from, relation.to, attrs);
    } else {
      graph.updateEdgeAttributes(key, (attrs) => {
        const rel = attrs as RelationEdgeAttributes;
        return { ...rel, confidence: Math.max(rel.confidence, relation.confidence), evidence: [...rel.evidence, relation.evidence] };
      });
    }
  }

  const stances = docs.flatMap((d) => d.stances).sort(byKey((s) => s.id));
  for (const stance of stances) {
    if (!graph.hasNode(stance.holder) || !graph.hasNode(stance.target)) continue;
    const src = sourceKey(stance.source);
    graph.mergeNode(stance.id, {
      kind: 'Stance',
      label: `${cameoName(stance.code).toLowerCase()}: ${truncate(stance.quote, 60)}`,
      aliases: [],
      polarity: stance.polarity,
      code: stance.code,
      quote: stance.quote,
      span: stance.span,
      source: src,
      confidence: stance.confidence,
      holder: stance.holder,
      target: stance.target,
    });
    graph.mergeEdgeWithKey(`HOLDS:${stance.holder}->${stance.id}`, stance.holder, stance.id, { type: 'HOLDS' });
    graph.mergeEdgeWithKey(`ABOUT:${stance.id}->${stance.target}`, stance.id, stance.target, { type: 'ABOUT' });
    graph.mergeEdgeWithKey(`STATED_IN:${stance.id}->${src}`, stance.id, src, { type: 'STATED_IN' });
  }
  return graph;
}

function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
