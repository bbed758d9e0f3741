import { evaluateGraph } from '../../src/eval/evaluate-graph';
import type { CorpusResult } from '../../src/eval/evaluate-corpus';
import { formatSplitSummary, formatStanceErrorsByShape, stanceErrorsByShape, summariseSplit } from '../../src/eval/format-corpus-report';
import type { EvalReport } from '../../src/eval/evaluate-graph';
import type { GoldAnnotation } from '../../schema/gold';

const ROOT = '/repo';
const TEXT = 'The Lake Council said the ministry must reopen the reservoir road.';
const QUOTE = 'the ministry must reopen the reservoir road';

/** A scored text: the graph holds only its Source node, so the gold stance is missed. */
function scored(dir: string, name: string, shape: CorpusResult['shape']): CorpusResult {
  const source = `${dir}/${name}.txt`;
  const gold: GoldAnnotation = {
    source,
    entities: [
      { label: 'Lake Council', kind: 'Organisation' },
      { label: 'Ministry of Water', kind: 'Organisation', aliases: ['the ministry'] },
    ],
    relations: [],
    stances: [{ holder: 'Lake Council', target: 'Ministry of Water', polarity: 'oppose', quote: QUOTE }],
  };
  const graph = { nodes: [{ key: `source:${name}`, attributes: { kind: 'Source', path: source } }], edges: [] };
  const report = evaluateGraph(gold, graph, TEXT);
  return { split: dir === 'eval/test' ? 'test' : 'dev', goldPath: `${ROOT}/${dir}/${name}.gold.json`, shape, report, error: null };
}
const broken = (dir: string, name: string): CorpusResult => ({
  split: dir === 'eval/test' ? 'test' : 'dev',
  goldPath: `${ROOT}/${dir}/${name}.gold.json`,
  shape: 'column',
  report: null,
  error: `gold file "${name}.gold.json" is inconsistent: stances[0].quote: not found verbatim in the source text: "${QUOTE}"`,
});

describe('summariseSplit and formatSplitSummary for the frozen test split', () => {
  const results = [scored('eval/test', 'wire-secret-one', 'news-wire'), scored('eval/test', 'wire-secret-two', 'news-wire'), broken('eval/test', 'column-secret-three')];
  const summary = summariseSplit('test', results, ROOT, true);
  const text = formatSplitSummary(summary, () => results[0]);
  const json = JSON.stringify(summary);

  it('should give aggregate rows overall and per shape, and counts', () => {
    expect(summary).toMatchObject({ split: 'test', texts: 3, scored: 2, notScored: 1 });
    expect(summary.rows.map((r) => [r.group, r.texts])).toEqual([
      ['all', 2],
      ['news-wire', 2],
    ]);
    expect(summary.perText).toBeUndefined();
    expect(text).toMatch(/^news-wire +2 {2}/m);
  });

  it('should count the stance errors per shape under the table: two gold holders not found', () => {
    expect(summary.stanceErrorsByShape.map((r) => r.shape)).toEqual(['all', 'news-wire']);
    expect(text).toMatch(/^news-wire +2 +2 +0 +0 +0 +0 +0 +0 +0 +0$/m);
  });

  it('should never show a text name, an error, a missed fact or a quote, even with details asked for', () => {
    for (const out of [text, json]) {
      for (const secret of ['secret', QUOTE, 'reservoir', 'inconsistent', 'Lake Council', 'Ministry of Water']) expect(out).not.toContain(secret);
    }
  });
});

describe('summariseSplit and formatSplitSummary for the dev split', () => {
  const results = [scored('eval/corpus/dev', 'statement-lake-council', 'statement'), broken('eval/corpus/dev', 'column-broken')];
  const summary = summariseSplit('dev', results, ROOT);

  it('should add a line per text, with the reason a text was not scored', () => {
    const text = formatSplitSummary(summary);
    expect(text).toMatch(/^statement-lake-council +1 {2}/m);
    expect(text).toContain('column-broken: not evaluated: gold file');
    expect(summary.perText?.map((t) => [t.gold, t.shape])).toEqual([
      ['eval/corpus/dev/statement-lake-council.gold.json', 'statement'],
      ['eval/corpus/dev/column-broken.gold.json', 'column'],
    ]);
  });

  it('should print a text’s missed facts only when details are asked for', () => {
    const one = summariseSplit('dev', [results[0]], ROOT);
    expect(formatSplitSummary(one)).not.toContain(QUOTE);
    expect(formatSplitSummary(one, (g) => (g.endsWith('statement-lake-council.gold.json') ? results[0] : undefined))).toContain(QUOTE);
  });

  it('should say so when a split has no gold files', () => {
    expect(formatSplitSummary(summariseSplit('dev', [], ROOT))).toContain('0 texts, 0 scored\n(no gold files)');
  });
});

describe('stanceErrorsByShape', () => {
  // Synthetic reports with only the fields the counts read: entities found, stances matched, missed and spurious.
  const found = new Map([
    ['p1', 'Aida Bekova'],
    ['p2', 'Ministry of Water'],
  ]);
  const gold = (holder: string, target: string, nearest?: string) => ({ holder, target, polarity: 'oppose', quote: 'q', ...(nearest ? { nearest } : {}) });
  const predicted = (holderGold: string | null, targetGold: string | null) => ({ holder: 'h', target: 't', polarity: 'oppose', holderGold, targetGold });
  const fake = (stances: { matched?: { polarityAgrees: boolean }[]; missed?: unknown[]; spurious?: unknown[] }) =>
    ({ entities: { goldOf: found }, stances: { matched: [], missed: [], spurious: [], ...stances } }) as unknown as EvalReport;
  const results: Pick<CorpusResult, 'shape' | 'report'>[] = [
    { shape: 'statement', report: fake({ missed: [gold('Rustam Nazarov', 'Ministry of Water'), gold('Aida Bekova', 'Ministry of Water')], matched: [{ polarityAgrees: false }] }) },
    {
      shape: 'column',
      report: fake({ missed: [gold('Aida Bekova', 'Osh Farmers')], spurious: [predicted(null, 'Ministry of Water'), predicted('Aida Bekova', 'Ministry of Water')] }),
    },
    { shape: 'statement', report: fake({ spurious: [predicted('Aida Bekova', null)], matched: [{ polarityAgrees: true }, { polarityAgrees: false }] }) },
    { shape: 'news-wire', report: null },
  ];
  const rows = stanceErrorsByShape(results);

  it('should give the whole split first, then each scored shape in order', () => {
    expect(rows.map((r) => r.shape)).toEqual(['all', 'column', 'statement']);
  });

  it('should count the missed by cause and the stances found with the wrong polarity', () => {
    const statement = rows.find((r) => r.shape === 'statement')!;
    expect(statement.errors.missed).toEqual({ holderNotFound: 1, targetNotFound: 0, otherPairAtQuote: 0, nothingAtQuote: 1 });
    expect(statement.wrongPolarity).toBe(2);
    expect(rows[0]!.errors.missed).toEqual({ holderNotFound: 1, targetNotFound: 1, otherPairAtQuote: 0, nothingAtQuote: 1 });
  });

  it('should count the spurious by whether holder and target are gold entities', () => {
    expect(rows.find((r) => r.shape === 'column')!.errors.spurious).toEqual({ holderNotGold: 1, targetNotGold: 0, bothGold: 1 });
    expect(rows[0]!.errors.spurious).toEqual({ holderNotGold: 1, targetNotGold: 1, bothGold: 1 });
  });

  it('should print a row of counts per shape and no name from the texts', () => {
    const table = formatStanceErrorsByShape(rows).join('\n');
    expect(table).toMatch(/^all +3 +1 +1 +0 +1 +2 +3 +1 +1 +1$/m);
    expect(table).toMatch(/^column +1 +0 +1 +0 +0 +0 +2 +1 +0 +1$/m);
    expect(table).not.toMatch(/Bekova|Ministry|Nazarov|Osh/);
  });
});
