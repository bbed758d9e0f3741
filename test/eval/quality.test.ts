/**
 * The quality targets of issue 2, measured with the real import pipeline on the seed interview
 * and on the news report written for this project. The figures are printed so they show in CI.
 */
import { evaluateGoldFiles, type GoldFileResult } from '../../src/eval/evaluate-gold-files';
import type { EvalReport } from '../../src/eval/evaluate-graph';
import { formatScoreTable } from '../../src/eval/format-report';

const ROOT = `${__dirname}/../..`;
const SEED = `${ROOT}/eval/gold/000_b4b88dc1af384662.gold.json`;
const NEWS = `${ROOT}/eval/gold/bishkek-2025-03-kun-media-detentions.gold.json`;

let results: GoldFileResult[] = [];

beforeAll(async () => {
  results = await evaluateGoldFiles([SEED, NEWS], ROOT);
  for (const { goldPath, report, error } of results) console.log(`${goldPath.slice(goldPath.indexOf('eval/'))}\n${report ? formatScoreTable(report) : `not evaluated: ${error}`}`);
}, 120000);

function reportFor(goldPath: string): EvalReport {
  const result = results.find((r) => r.goldPath === goldPath);
  if (!result?.report) throw new Error(`no report for ${goldPath}: ${result?.error ?? 'pipeline did not run'}`);
  return result.report;
}

describe('extraction quality on the seed interview', () => {
  it('should reach an entity F1 of at least 0.90', () => {
    expect(reportFor(SEED).scores.entities.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('should reach a relation recall of at least 0.75', () => {
    expect(reportFor(SEED).scores.relations.recall).toBeGreaterThanOrEqual(0.75);
  });

  it('should reach a stance recall of at least 0.75', () => {
    expect(reportFor(SEED).scores.stances.recall).toBeGreaterThanOrEqual(0.75);
  });

  it('should reach a stance precision of at least 0.60', () => {
    expect(reportFor(SEED).scores.stances.precision).toBeGreaterThanOrEqual(0.6);
  });
});

describe('extraction quality on the news report it was not tuned on', () => {
  it('should reach an entity F1 of at least 0.80', () => {
    expect(reportFor(NEWS).scores.entities.f1).toBeGreaterThanOrEqual(0.8);
  });

  it('should reach a stance recall of at least 0.60', () => {
    expect(reportFor(NEWS).scores.stances.recall).toBeGreaterThanOrEqual(0.6);
  });
});
