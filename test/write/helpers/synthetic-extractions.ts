/**
 * Deterministic synthetic extractions of any size, for the kill-half-way test and the write
 * benchmark: each document has its own entities plus some shared with every other document,
 * typed relations and stances whose quotes are real slices of the generated text.
 */
import { createHash } from 'node:crypto';
import { EntityKind, Polarity, RelationType, StanceCode } from '../../../schema/enums';
import type { DocumentExtraction, Entity, Mention, Relation, Stance } from '../../../schema/records';
import { sourceDoc } from '../../helpers/extraction-fixture';
import { createRandom as random } from '../../../bench/seeded-random';

export interface SyntheticOptions {
  /** Prefix of every id, so a test or benchmark can delete exactly what it wrote. */
  prefix: string;
  documents: number;
  entitiesPerDocument: number;
  /** Entities every document mentions (the same nodes across documents). */
  sharedEntities: number;
  relationsPerDocument: number;
  stancesPerDocument: number;
  /** Changes every quote, to simulate new text under the same source ids. */
  revision?: number;
}

export function syntheticExtractions(options: SyntheticOptions): DocumentExtraction[] {
  const { prefix, documents, entitiesPerDocument, sharedEntities, relationsPerDocument, stancesPerDocument } = options;
  const revision = options.revision ?? 0;
  const next = random(1234 + revision);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const shared: Entity[] = Array.from({ length: sharedEntities }, (_, i) => ({
    id: `${prefix}shared-${i}`,
    kind: EntityKind.options[i % EntityKind.options.length]!,
    label: `Shared Entity ${i}`,
    aliases: [`SE${i}`],
  }));

  return Array.from({ length: documents }, (_, d) => {
    const source = `${prefix}doc-${String(d).padStart(4, '0')}`;
    const own: Entity[] = Array.from({ length: Math.max(0, entitiesPerDocument - sharedEntities) }, (_, i) => ({
      id: `${prefix}d${d}-e${i}`,
      kind: EntityKind.options[(d + i) % EntityKind.options.length]!,
      label: `Entity ${d}.${i}`,
      aliases: i % 3 === 0 ? [`E${d}.${i}`] : [],
    }));
    const entities = [...shared, ...own];
    let text = '';
    const sentence = (body: string): [number, number] => {
      const start = text.length;
      text += `${body}. `;
      return [start, start + body.length];
    };
    const mentions: Mention[] = entities.map((e) => {
      const span = sentence(`${e.label} is mentioned here`);
      return { entity: e.id, source, span: [span[0], span[0] + e.label.length], text: e.label, via: 'name' };
    });
    const relations: Relation[] = Array.from({ length: relationsPerDocument }, (_, r) => {
      const from = pick(entities);
      let to = pick(entities);
      if (to.id === from.id) to = entities[(entities.indexOf(from) + 1) % entities.length]!;
      const quote = `${from.label} relates to ${to.label} (fact ${r}, revision ${revision})`;
      const span = sentence(quote);
      return { type: pick(RelationType.options), from: from.id, to: to.id, confidence: 0.7, evidence: { source, span, quote } };
    });
    const stances: Stance[] = Array.from({ length: stancesPerDocument }, (_, s) => {
      const holder = pick(entities);
      let target = pick(entities);
      if (target.id === holder.id) target = entities[(entities.indexOf(holder) + 1) % entities.length]!;
      const quote = `${holder.label} on ${target.label}: view ${s}, revision ${revision}`;
      const span = sentence(quote);
      const digest = createHash('sha1').update(`${source}|${span[0]}|${span[1]}|${holder.id}|${target.id}`).digest('hex').slice(0, 20);
      return {
        id: `${prefix}stance-${digest}`,
        holder: holder.id,
        target: target.id,
        polarity: pick(Polarity.options),
        code: pick(StanceCode.options),
        confidence: 0.8,
        source,
        span,
        quote,
      };
    });
    return {
      source: { ...sourceDoc(source, text), path: `synthetic/${source}.txt`, title: `Synthetic document ${d}`, publisher: 'Synthetic' },
      entities,
      mentions,
      relations,
      stances,
    };
  });
}

/** Nodes and relationships a fresh write of these extractions creates. */
export function expectedSize(extractions: readonly DocumentExtraction[]): { nodes: number; relationships: number } {
  const entities = new Set(extractions.flatMap((x) => x.entities.map((e) => e.id)));
  let relationships = 0;
  let stances = 0;
  for (const x of extractions) {
    relationships += new Set(x.entities.map((e) => e.id)).size + x.relations.length + 3 * x.stances.length;
    stances += x.stances.length;
  }
  return { nodes: extractions.length + entities.size + stances, relationships };
}
