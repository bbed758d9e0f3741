/**
 * The dev half of the evaluation corpus (eval/corpus/dev/): real published texts, each with its
 * metadata and gold. Checks the corpus as data (coverage of the shapes, licences, consistent
 * gold); it runs no extractor. Nothing here opens the frozen test split.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph } from '../../src/build/build-graph';
import { evaluateGraph } from '../../src/eval/evaluate-graph';
import { listCorpusGolds, shapeFromNotes } from '../../src/eval/list-corpus-golds';
import { loadGold } from '../../src/eval/load-eval-inputs';
import type { ExportedGraph } from '../../src/eval/predicted-graph';
import { readSourceMetadata } from '../../src/read/read-source-metadata';
import { SourceShape } from '../../schema/enums';
import { oracleExtraction } from '../helpers/oracle-extraction';

const ROOT = join(__dirname, '..', '..');
const DIR = join(ROOT, 'eval', 'corpus', 'dev');
const texts = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const meta = readSourceMetadata(join(DIR, 'sources.json'));
const golds = listCorpusGolds(ROOT, 'dev');

// Publishers whose terms allow reuse with attribution (eval/corpus/README.md).
const ALLOWED_HOSTS =
  /^((longreads\.)?cabar\.asia|([a-z]+\.)?usembassy\.gov|(www\.|\d{4}-\d{4}\.)?state\.gov|news\.un\.org|press\.un\.org|(www\.)?eeas\.europa\.eu|en\.(special\.)?kremlin\.ru|webarchive\.library\.unt\.edu)$/;

describe('the dev corpus', () => {
  it('should hold at least 16 texts covering every shape, with two or more of the five commonest', () => {
    expect(texts.length).toBeGreaterThanOrEqual(16);
    const count = (shape: string) => golds.filter((g) => g.shape === shape).length;
    for (const shape of SourceShape.options) expect(count(shape)).toBeGreaterThanOrEqual(1);
    for (const shape of ['interview-dashes', 'interview-nomarkers', 'news-wire', 'statement', 'column']) expect(count(shape)).toBeGreaterThanOrEqual(2);
  });

  it('should give every text a gold file and a sources.json entry with a dev id, a link, a licence and its shape', () => {
    expect(golds.map((g) => g.goldPath.slice(DIR.length + 1).replace(/\.gold\.json$/, '.txt'))).toEqual(texts);
    for (const file of texts) {
      const entry = meta.find((m) => m.file === file);
      expect(entry).toBeDefined();
      expect(entry?.id).toBe(`dev-${file.replace(/\.txt$/, '')}`);
      expect(file.startsWith(`${entry?.shape}-`)).toBe(true);
      expect(new URL(entry?.url ?? '').hostname).toMatch(ALLOWED_HOSTS);
      expect(entry?.license).toMatch(/CABAR|public domain|United Nations|European Union|CC BY 4\.0/);
    }
  });

  it.each(texts)('%s should be UTF-8 with LF line ends and no byte-order mark', (file) => {
    const bytes = readFileSync(join(DIR, file));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).not.toThrow();
    expect(bytes.includes(0x0d)).toBe(false);
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
  });

  it.each(golds.map((g) => [g.goldPath.slice(DIR.length + 1), g]))('%s should be consistent with its text, name its shape in the notes and score 1.0 as an oracle', (_, g) => {
    const { gold, text } = loadGold(g.goldPath, ROOT);
    expect(shapeFromNotes(gold.notes)).toBe(g.shape);
    expect(gold.stances.every((s) => s.code === undefined)).toBe(true);
    const graph = buildGraph([oracleExtraction(gold, text)]).export() as unknown as ExportedGraph;
    const { scores } = evaluateGraph(gold, graph, text);
    expect([scores.entities.f1, scores.relations.f1, scores.stances.f1, scores.stancesWithPolarity.f1]).toEqual([1, 1, 1, 1]);
  });
});
