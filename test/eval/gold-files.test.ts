import { buildGraph } from '../../src/build/build-graph';
import { evaluateGraph } from '../../src/eval/evaluate-graph';
import { listGoldFiles } from '../../src/eval/evaluate-gold-files';
import { loadGold } from '../../src/eval/load-eval-inputs';
import { locateQuote } from '../../src/eval/match-stances';
import type { ExportedGraph } from '../../src/eval/predicted-graph';
import type { GoldAnnotation } from '../../schema/gold';
import { entityKey, stanceKey } from '../../schema/keys';
import type { DocumentExtraction } from '../../schema/records';

const ROOT = `${__dirname}/../..`;

/** An "oracle" extraction that found exactly the gold, to check gold, builder and evaluator agree. */
function oracleExtraction(gold: GoldAnnotation, text: string): DocumentExtraction {
  const id = gold.source.replace(/[^a-z0-9]+/gi, '-');
  const key = (label: string) => entityKey(label);
  return {
    source: {
      id, path: gold.source, format: 'text', text, plain: text, sha256: 'a'.repeat(64), title: id, lead: null,
      publisher: null, date: null, url: null, language: 'en', body: [[0, text.length]], speakers: [], turns: [],
      captions: [], reportedSpeech: [],
    },
    entities: gold.entities.map((e) => ({ id: key(e.label), kind: e.kind, label: e.label, aliases: e.aliases ?? [] })),
    mentions: gold.entities.map((e) => ({ entity: key(e.label), source: id, span: [0, 0], text: '', via: 'name' as const })),
    relations: gold.relations.map((r) => ({
      type: r.type, from: key(r.from), to: key(r.to), confidence: 1, evidence: { source: id, span: [0, 0], quote: '' },
    })),
    stances: gold.stances.map((s) => {
      const span = locateQuote(text, s.quote)[0] as [number, number];
      return {
        id: stanceKey(id, span, key(s.holder), key(s.target)), holder: key(s.holder), target: key(s.target),
        polarity: s.polarity, code: s.code ?? '010', confidence: 1, source: id, span, quote: s.quote,
      };
    }),
  };
}

const goldFiles = listGoldFiles(ROOT);

describe('the gold files', () => {
  it('should include the seed interview, the news report and three dev texts', () => {
    expect(goldFiles.length).toBeGreaterThanOrEqual(5);
  });

  it.each(goldFiles.map((f) => [f.slice(f.indexOf('eval/')), f]))('%s should be consistent with its source text', (_, file) => {
    expect(() => loadGold(file, ROOT)).not.toThrow();
  });

  it.each(goldFiles.map((f) => [f.slice(f.indexOf('eval/')), f]))('%s built into a graph as it stands should score 1.0', (_, file) => {
    const { gold, text } = loadGold(file, ROOT);
    const graph = buildGraph([oracleExtraction(gold, text)]).export() as unknown as ExportedGraph;
    const { scores } = evaluateGraph(gold, graph, text);
    expect([scores.entities.f1, scores.relations.f1, scores.stances.f1, scores.stancesWithPolarity.f1]).toEqual([1, 1, 1, 1]);
  });
});
