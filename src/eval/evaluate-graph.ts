/**
 * Score a predicted graph against a gold annotation of one source. Pure: the caller reads the
 * gold, the graph and the source text; this function only compares them.
 */
import { KgError } from '../errors/kg-error';
import type { GoldAnnotation } from '../../schema/gold';
import { matchEntities, type EntityMatching } from './match-entities';
import { matchRelations, type RelationMatching } from './match-relations';
import { matchStances, type StanceMatching } from './match-stances';
import { findSourceKeys, selectDocument, type ExportedGraph, type PredictedDocument } from './predicted-graph';
import { scoreCounts, type Scores } from './prf';

export interface EvalReport {
  source: string;
  /** Source node keys in the graph that were scored. */
  sourceKeys: string[];
  scores: {
    entities: Scores;
    relations: Scores;
    stances: Scores;
    /** Stances that also agree on polarity: the stricter figure. */
    stancesWithPolarity: Scores;
  };
  /** Of the matched stances whose gold has a code, how many agree on it. */
  codeAgreement: { compared: number; agreed: number };
  entities: EntityMatching;
  relations: RelationMatching;
  stances: StanceMatching;
}

function mergeDocuments(docs: PredictedDocument[]): Omit<PredictedDocument, 'sourceKey' | 'path'> {
  const seen = new Set<string>();
  return {
    entities: docs.flatMap((d) => d.entities).filter((e) => (seen.has(e.key) ? false : (seen.add(e.key), true))),
    relations: docs.flatMap((d) => d.relations),
    stances: docs.flatMap((d) => d.stances),
  };
}

/**
 * @param text the source file's text (UTF-8 decoded, BOM removed), where gold quotes are located.
 * @throws KgError E_INVALID_GRAPH when the graph has no Source node for the gold's source.
 * @example evaluateGraph(gold, JSON.parse(graphJson), sourceText).scores.entities.f1
 */
export function evaluateGraph(gold: GoldAnnotation, graph: ExportedGraph, text: string): EvalReport {
  const sourceKeys = findSourceKeys(graph, gold.source);
  if (sourceKeys.length === 0) {
    const paths = graph.nodes.filter((n) => n.attributes?.kind === 'Source').map((n) => String(n.attributes?.path));
    throw new KgError('E_INVALID_GRAPH', 'eval', `the graph has no Source node whose path ends with "${gold.source}" (its sources: ${paths.length ? paths.join(', ') : 'none'})`);
  }
  const predicted = mergeDocuments(sourceKeys.map((key) => selectDocument(graph, key)));
  const entities = matchEntities(gold.entities, predicted.entities);
  const relations = matchRelations(gold.relations, predicted.relations, entities.goldOf);
  const stances = matchStances(gold.stances, predicted.stances, entities.goldOf, text);
  const withCode = stances.matched.filter((m) => m.codeAgrees !== null);
  return {
    source: gold.source,
    sourceKeys,
    scores: {
      entities: scoreCounts(gold.entities.length, predicted.entities.length, entities.matched.length),
      relations: scoreCounts(gold.relations.length, predicted.relations.length, relations.matched.length),
      stances: scoreCounts(gold.stances.length, predicted.stances.length, stances.matched.length),
      stancesWithPolarity: scoreCounts(gold.stances.length, predicted.stances.length, stances.matched.filter((m) => m.polarityAgrees).length),
    },
    codeAgreement: { compared: withCode.length, agreed: withCode.filter((m) => m.codeAgrees).length },
    entities,
    relations,
    stances,
  };
}
