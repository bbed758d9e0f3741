/** Small hand-built extractions for tests of the stages after extract. */
import { createHash } from 'node:crypto';
import { stanceKey } from '../../schema/keys';
import type { DocumentExtraction, Entity, SourceDocument } from '../../schema/records';

export function sourceDoc(id: string, text: string): SourceDocument {
  return {
    id,
    path: `inline/${id}.txt`,
    format: 'text',
    text,
    plain: text,
    sha256: createHash('sha256').update(text).digest('hex'),
    title: id,
    lead: null,
    publisher: null,
    date: null,
    url: null,
    language: 'en',
    body: [[0, text.length]],
    speakers: [],
    turns: [],
    captions: [],
    reportedSpeech: [],
  };
}

/** An extraction in which `holder` criticises `target` in the sentence that names them both. */
export function extractionWithStance(id: string, text: string, holder: Entity, target: Entity): DocumentExtraction {
  const span: [number, number] = [0, text.length];
  return {
    source: sourceDoc(id, text),
    entities: [holder, target],
    mentions: [holder, target].map((e) => {
      const at = text.indexOf(e.label);
      return { entity: e.id, source: id, span: [at, at + e.label.length] as [number, number], text: e.label, via: 'name' as const };
    }),
    relations: [],
    stances: [
      { id: stanceKey(id, span, holder.id, target.id), holder: holder.id, target: target.id, polarity: 'oppose', code: '111', confidence: 0.8, source: id, span, quote: text },
    ],
  };
}
