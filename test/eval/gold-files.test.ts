import { buildGraph } from '../../src/build/build-graph';
import { evaluateGraph } from '../../src/eval/evaluate-graph';
import { listGoldFiles } from '../../src/eval/evaluate-gold-files';
import { loadGold } from '../../src/eval/load-eval-inputs';
import type { ExportedGraph } from '../../src/eval/predicted-graph';
import { oracleExtraction } from '../helpers/oracle-extraction';

const ROOT = `${__dirname}/../..`;

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
