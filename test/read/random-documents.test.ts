/**
 * Property-like test: documents assembled at random from pieces of prose, markup, quotes, speaker
 * prefixes, furniture and odd whitespace must always decode to a valid SourceDocument (or fail
 * with a KgError), with plain as long as text and every span in range.
 */
import { SourceDocument } from '../../schema/records';
import { decodeSource } from '../../src/read/decode-source';

/** A small deterministic PRNG (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROSE = [
  'The authorities of Kazakhstan said on Monday that the protests were over.',
  '“We will not stop,” said Aigerim Saparova, director of Tuura Zhol.',
  'According to Human Rights Watch, hundreds were detained.',
  'President Tokayev claims the unrest was organised from abroad.',
  'Why did the talks fail?',
  'CABAR.asia: How do you assess the situation?',
  'Q: What happens next?',
  'A: Nobody knows, officials said.',
  'Ivar Dale. Photo: NRK',
  'Photo: NRK',
  'All rights reserved.',
  'Read also: Protests in Almaty',
  '"Quote without an end, he said',
  'An interview with Dina Sarsenova about the courts',
  'By Jane Example',
  '12 January 2022',
  'Dr. A. B. Smith, e.g. a lawyer, noted that — “the law” — is “unclear.”',
];
const HTML_WRAP = [
  (s: string) => `<p>${s}</p>`,
  (s: string) => `<div>${s}<br>${s}</div>`,
  (s: string) => `<h2>${s}</h2>`,
  (s: string) => `<figure><figcaption>${s}</figcaption></figure>`,
  (s: string) => `<p><strong>${s.slice(0, 12)}</strong>${s.slice(12).replace(/&/g, '&amp;')}</p>`,
  (s: string) => `<!-- ${s} --><script>var x = "${s.replace(/"/g, '')}";</script>`,
  (s: string) => `<nav>${s}</nav>`,
];
const MD_WRAP = [
  (s: string) => s,
  (s: string) => `# ${s}`,
  (s: string) => `**${s}**`,
  (s: string) => `- ${s}`,
  (s: string) => `> ${s}`,
  (s: string) => `[${s}](https://x.org)`,
  (s: string) => `![${s}](a.jpg)`,
];

function assemble(next: () => number, format: 'text' | 'markdown' | 'html'): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const parts: string[] = [];
  const count = 1 + Math.floor(next() * 12);
  for (let i = 0; i < count; i += 1) {
    const sentence = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(PROSE)).join(' ');
    parts.push(format === 'html' ? pick(HTML_WRAP)(sentence) : format === 'markdown' ? pick(MD_WRAP)(sentence) : sentence);
  }
  const newline = next() < 0.3 ? '\r\n' : '\n';
  const separator = pick([newline, newline + newline, newline + '   ' + newline]);
  const body = parts.join(separator);
  const text = format === 'html' ? `<html><head><title>T</title></head><body>${next() < 0.5 ? `<article>${body}</article>` : body}</body></html>` : body;
  return (next() < 0.3 ? '\ufeff' : '') + text;
}

describe('decodeSource on random documents', () => {
  it.each(['text', 'markdown', 'html'] as const)('should always give a valid document or a KgError (%s)', (format) => {
    const next = random(format.length * 7919);
    const path = { text: 'r.txt', markdown: 'r.md', html: 'r.html' }[format];
    for (let round = 0; round < 120; round += 1) {
      const text = assemble(next, format);
      let doc;
      try {
        doc = decodeSource(new TextEncoder().encode(text), path, undefined, { skipLanguageCheck: true });
      } catch (error) {
        expect((error as { code?: string }).code).toMatch(/^E_/);
        continue;
      }
      expect(SourceDocument.safeParse(doc).success).toBe(true);
      expect(doc.plain).toHaveLength(doc.text.length);
      const spans = [...doc.body, ...doc.captions, ...doc.turns.map((t) => t.span), ...doc.reportedSpeech.flatMap((r) => [r.span, r.speakerSpan])];
      for (const [start, end] of spans) {
        expect(start).toBeGreaterThanOrEqual(0);
        expect(start).toBeLessThan(end);
        expect(end).toBeLessThanOrEqual(doc.text.length);
      }
      for (const r of doc.reportedSpeech) expect(doc.plain.slice(...r.speakerSpan)).toBe(r.speaker);
    }
  });
});
