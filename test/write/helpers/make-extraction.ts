/**
 * Hand-built extractions for the writer's tests: a short text, its entities, and stances and
 * relations whose quotes are cut from that text by offset, as the real extractor does.
 */
import { createHash } from 'node:crypto';
import type { EntityKind, Polarity, RelationType, StanceCode } from '../../../schema/enums';
import type { DocumentExtraction, Entity, Mention, Relation, Stance } from '../../../schema/records';
import { sourceDoc } from '../../helpers/extraction-fixture';

export interface EntitySpec {
  id: string;
  kind: EntityKind;
  label: string;
  aliases?: string[];
  wikidata?: string;
  /** How many mentions to generate (default 1). */
  mentions?: number;
}

export interface StanceSpec {
  holder: string;
  target: string;
  polarity: Polarity;
  code: StanceCode;
  /** Text that must occur in the document; the span is where it is found. */
  quote: string;
}

export interface RelationSpec {
  type: RelationType;
  from: string;
  to: string;
  quote: string;
  role?: string;
}

export interface ExtractionSpec {
  id: string;
  text: string;
  title?: string;
  entities: EntitySpec[];
  stances?: StanceSpec[];
  relations?: RelationSpec[];
}

function spanOf(text: string, quote: string): [number, number] {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture: quote not in text: ${quote}`);
  return [start, start + quote.length];
}

export function makeExtraction(spec: ExtractionSpec): DocumentExtraction {
  const entities: Entity[] = spec.entities.map((e) => ({
    id: e.id,
    kind: e.kind,
    label: e.label,
    aliases: e.aliases ?? [],
    ...(e.wikidata ? { wikidata: e.wikidata } : {}),
  }));
  const mentions: Mention[] = spec.entities.flatMap((e) =>
    Array.from({ length: e.mentions ?? 1 }, (_, i) => ({ entity: e.id, source: spec.id, span: [i, i + 1] as [number, number], text: 'x', via: 'name' as const })),
  );
  const stances: Stance[] = (spec.stances ?? []).map((s) => {
    const span = spanOf(spec.text, s.quote);
    const digest = createHash('sha1').update(`${spec.id}|${span[0]}|${span[1]}|${s.holder}|${s.target}`).digest('hex').slice(0, 20);
    return { id: `${spec.id}:stance:${digest}`, holder: s.holder, target: s.target, polarity: s.polarity, code: s.code, confidence: 0.9, source: spec.id, span, quote: s.quote };
  });
  const relations: Relation[] = (spec.relations ?? []).map((r) => ({
    type: r.type,
    from: r.from,
    to: r.to,
    ...(r.role ? { role: r.role } : {}),
    confidence: 0.8,
    evidence: { source: spec.id, span: spanOf(spec.text, r.quote), quote: r.quote },
  }));
  return {
    source: { ...sourceDoc(spec.id, spec.text), path: `fixtures/${spec.id}.txt`, title: spec.title ?? `Fixture ${spec.id}`, publisher: 'Fixture Press', date: '2022-01' },
    entities,
    mentions,
    relations,
    stances,
  };
}
