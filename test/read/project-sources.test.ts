/**
 * Reads every source the project ships in import/ (the seed interview among them) and checks
 * structure generically: nothing here knows a sentence or an offset of any document.
 */
import { join } from 'node:path';
import type { SourceDocument } from '../../schema/records';
import { isFurniture } from '../../src/read/classify-blocks';
import { listSourceFiles } from '../../src/read/list-source-files';
import { loadPublisherRules } from '../../src/read/load-publisher-rules';
import { readSource } from '../../src/read/read-source';
import { findSourceMeta, readSourceMetadata } from '../../src/read/read-source-metadata';

const IMPORT = join(__dirname, '..', '..', 'import');
const METADATA = join(IMPORT, 'sources.json');
const rules = loadPublisherRules();

async function readAll(withMetadata: boolean): Promise<SourceDocument[]> {
  const entries = readSourceMetadata(METADATA);
  return Promise.all(listSourceFiles([IMPORT]).map((file) => readSource(file, withMetadata ? findSourceMeta(entries, METADATA, file) : undefined)));
}

function within(inner: readonly [number, number], outer: readonly [number, number]): boolean {
  return inner[0] >= outer[0] && inner[1] <= outer[1];
}

describe('the project’s own sources', () => {
  let docs: SourceDocument[] = [];
  let bare: SourceDocument[] = [];
  beforeAll(async () => {
    docs = await readAll(true);
    bare = await readAll(false);
  });

  it('should read every source listed in import/', () => {
    expect(docs.length).toBeGreaterThanOrEqual(1);
  });

  it('should keep all spans in range, with plain equal to text for plain text', () => {
    for (const doc of docs) {
      if (doc.format === 'text') expect(doc.plain).toBe(doc.text);
      for (const span of [...doc.body, ...doc.captions, ...doc.turns.map((t) => t.span), ...doc.reportedSpeech.flatMap((r) => [r.span, r.speakerSpan])]) {
        expect(span[0]).toBeGreaterThanOrEqual(0);
        expect(span[1]).toBeLessThanOrEqual(doc.text.length);
        expect(span[0]).toBeLessThan(span[1]);
      }
    }
  });

  it('should keep publisher furniture out of every body span, line by line', () => {
    for (const doc of docs) {
      for (const span of doc.body) {
        for (const line of doc.plain.slice(...span).split('\n')) expect(isFurniture(line.replace(/\s+/g, ' ').trim(), rules)).toBe(false);
      }
    }
  });

  it('should keep captions and the title out of the body', () => {
    for (const doc of docs) {
      for (const caption of doc.captions) expect(doc.body.some((b) => within(caption, b))).toBe(false);
      expect(doc.body.some((b) => doc.text.slice(...b) === doc.title)).toBe(false);
    }
  });

  it('should place every reported speech inside a turn', () => {
    for (const doc of docs) for (const r of doc.reportedSpeech) expect(doc.turns.some((t) => within(r.span, t.span) || within(r.speakerSpan, t.span))).toBe(true);
  });

  it('should find the publisher of each source from its text alone when a rule file knows it', () => {
    for (const [i, doc] of bare.entries()) {
      const expected = docs[i]!.publisher;
      if (rules.some((r) => r.publisher === expected)) expect(doc.publisher).toBe(expected);
    }
  });

  it('should structure interviews: first a question by the interviewer, answers by the interviewee named in the title or lead', () => {
    const interviews = bare.filter((d) => d.turns.some((t) => t.kind === 'question'));
    // The project ships at least one interview (the seed).
    expect(interviews.length).toBeGreaterThan(0);
    for (const doc of interviews) {
      const interviewer = doc.speakers.find((s) => s.role === 'interviewer');
      const interviewee = doc.speakers.find((s) => s.role === 'interviewee');
      expect(interviewer).toBeDefined();
      expect(interviewee).toBeDefined();
      expect(`${doc.title} ${doc.lead ?? ''}`).toContain(interviewee!.name);
      const qa = doc.turns.filter((t) => t.kind !== 'paragraph');
      expect(qa[0]).toMatchObject({ kind: 'question', role: 'interviewer', speaker: interviewer!.name });
      for (const turn of qa) {
        if (turn.kind === 'answer') expect(turn).toMatchObject({ role: 'interviewee', speaker: interviewee!.name });
      }
      // Every question is answered.
      qa.forEach((turn, i) => {
        if (turn.kind === 'question') expect(qa[i + 1]?.kind).toBe('answer');
      });
      // Paragraphs come only before the first question (the introduction).
      const firstQuestion = doc.turns.findIndex((t) => t.kind === 'question');
      expect(doc.turns.slice(firstQuestion).every((t) => t.kind !== 'paragraph')).toBe(true);
    }
  });

  it('should give every non-interview paragraph to the author', () => {
    for (const doc of bare.filter((d) => !d.turns.some((t) => t.kind === 'question'))) {
      expect(doc.turns.every((t) => t.kind === 'paragraph' && t.role === 'author' && t.speaker === null)).toBe(true);
    }
  });
});
