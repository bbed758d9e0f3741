/**
 * The evaluator's view of a graph.json: only what scoring needs, read leniently (an extractor
 * under construction may emit extra or missing attributes; scoring should still say how good
 * it is) and restricted to one source, so a graph built from many files is scored per file.
 */
import { z } from 'zod';
import { EntityKind, RelationType } from '../../schema/enums';

/** graphology's `graph.export()` shape, with attributes left open. */
export const ExportedGraph = z.object({
  nodes: z.array(z.object({ key: z.string(), attributes: z.record(z.string(), z.unknown()).optional() })),
  edges: z.array(
    z.object({
      key: z.string().optional(),
      source: z.string(),
      target: z.string(),
      attributes: z.record(z.string(), z.unknown()).optional(),
    }),
  ),
});
export type ExportedGraph = z.infer<typeof ExportedGraph>;

export interface PredictedEntity {
  key: string;
  kind: EntityKind;
  label: string;
  aliases: string[];
}

export interface PredictedRelation {
  type: RelationType;
  from: string;
  to: string;
  quote: string | null;
}

export interface PredictedStance {
  key: string;
  holder: string;
  target: string;
  polarity: string | null;
  code: string | null;
  quote: string;
  span: [number, number] | null;
}

/** Everything in the graph that belongs to one source. */
export interface PredictedDocument {
  sourceKey: string;
  path: string;
  entities: PredictedEntity[];
  relations: PredictedRelation[];
  stances: PredictedStance[];
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const spanOf = (value: unknown): [number, number] | null => (Array.isArray(value) && value.length === 2 && value.every((v) => Number.isInteger(v)) ? [value[0], value[1]] : null);

/** Forward slashes, no leading "./". */
function cleanPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

/**
 * True when one path ends with the other at a path-segment boundary, so "import/a.txt" matches
 * "/work/main/import/a.txt" and "a.txt" but not "import/xa.txt".
 */
export function samePathTail(a: string, b: string): boolean {
  const [x, y] = [cleanPath(a), cleanPath(b)];
  const [long, short] = x.length >= y.length ? [x, y] : [y, x];
  if (short.length === 0) return false;
  return long === short || long.endsWith(`/${short}`);
}

/** Keys of Source nodes whose `path` ends with `sourcePath`. */
export function findSourceKeys(graph: ExportedGraph, sourcePath: string): string[] {
  return graph.nodes.filter((n) => n.attributes?.kind === 'Source' && samePathTail(str(n.attributes.path) ?? '', sourcePath)).map((n) => n.key);
}

/**
 * Collect the entities, relations and stances of one source. An entity belongs to the source
 * when it is MENTIONED_IN it, holds or is the target of one of its stances, or is an endpoint of
 * a relation evidenced in it.
 */
export function selectDocument(graph: ExportedGraph, sourceKey: string): PredictedDocument {
  const nodes = new Map(graph.nodes.map((n) => [n.key, n.attributes ?? {}]));
  const sourceAttrs = nodes.get(sourceKey) ?? {};
  const inSource = new Set<string>();
  // Stances name their Source node key; relation evidence may carry the node key or the bare
  // source id it was made from ("source:x" vs "x"), so both count.
  const sourceIds = new Set([sourceKey, sourceKey.replace(/^source:/, '')]);
  const isThisSource = (value: unknown) => typeof value === 'string' && sourceIds.has(value);

  const stances: PredictedStance[] = [];
  for (const node of graph.nodes) {
    const a = node.attributes ?? {};
    if (a.kind !== 'Stance' || !isThisSource(a.source)) continue;
    const holder = str(a.holder);
    const target = str(a.target);
    if (!holder || !target) continue;
    stances.push({
      key: node.key,
      holder,
      target,
      polarity: str(a.polarity),
      code: str(a.code),
      quote: str(a.quote) ?? '',
      span: spanOf(a.span),
    });
    inSource.add(holder).add(target);
  }

  const relations: PredictedRelation[] = [];
  for (const edge of graph.edges) {
    const a = edge.attributes ?? {};
    if (a.type === 'MENTIONED_IN' && edge.target === sourceKey) inSource.add(edge.source);
    const type = RelationType.safeParse(a.type);
    if (!type.success) continue;
    const evidence = Array.isArray(a.evidence) ? (a.evidence as unknown[]) : [];
    const here = evidence.filter((e) => isThisSource((e as Record<string, unknown> | null)?.source));
    // A fact from the gazetteer has no evidence, only the sources that name both its ends.
    const supporting = Array.isArray(a.sources) ? (a.sources as unknown[]) : [];
    if (here.length === 0 && !isThisSource(a.source) && !supporting.some(isThisSource)) continue;
    const first = (here[0] ?? (isThisSource(a.source) ? a : {})) as Record<string, unknown>;
    relations.push({ type: type.data, from: edge.source, to: edge.target, quote: str(first.quote) });
    inSource.add(edge.source).add(edge.target);
  }

  const entities: PredictedEntity[] = [];
  for (const key of [...inSource].sort()) {
    const a = nodes.get(key);
    const kind = EntityKind.safeParse(a?.kind);
    if (!a || !kind.success) continue;
    entities.push({ key, kind: kind.data, label: str(a.label) ?? key, aliases: strings(a.aliases) });
  }
  return { sourceKey, path: str(sourceAttrs.path) ?? '', entities, relations, stances };
}
