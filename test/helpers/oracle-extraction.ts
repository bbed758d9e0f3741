/**
 * An "oracle" extraction that found exactly what a gold annotation holds, so a test can check that
 * the gold, the graph builder and the evaluator agree (built and scored, it must score 1.0).
 */
import type { GoldAnnotation } from '../../schema/gold';
import { entityKey, stanceKey } from '../../schema/keys';
import type { DocumentExtraction } from '../../schema/records';
import { locateQuote } from '../../src/eval/match-stances';
import { sourceDoc } from './extraction-fixture';

export function oracleExtraction(gold: GoldAnnotation, text: string): DocumentExtraction {
  const id = gold.source.replace(/[^a-z0-9]+/gi, '-');
  const key = (label: string) => entityKey(label);
  return {
    source: { ...sourceDoc(id, text), path: gold.source },
    entities: gold.entities.map((e) => ({ id: key(e.label), kind: e.kind, label: e.label, aliases: e.aliases ?? [] })),
    mentions: gold.entities.map((e) => ({ entity: key(e.label), source: id, span: [0, 0], text: '', via: 'name' as const })),
    relations: gold.relations.map((r) => ({
      type: r.type,
      from: key(r.from),
      to: key(r.to),
      confidence: 1,
      evidence: { source: id, span: [0, 0], quote: '' },
    })),
    stances: gold.stances.map((s) => {
      const span = locateQuote(text, s.quote)[0] as [number, number];
      return {
        id: stanceKey(id, span, key(s.holder), key(s.target)),
        holder: key(s.holder),
        target: key(s.target),
        polarity: s.polarity,
        code: s.code ?? '010',
        confidence: 1,
        source: id,
        span,
        quote: s.quote,
      };
    }),
  };
}
