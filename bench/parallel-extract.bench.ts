/**
 * Parallel extraction benchmark (issue 9): the same generated articles read and extracted by
 * the import's worker pool with 1 worker (in this thread) and with 2 threads, from files on
 * disk as `kg import` reads them. Prints wall time, words/s, the speed-up (target >= 1.8x with
 * 2 workers on 2 cores) and checks that both runs give the same bytes.
 *
 *   npx tsx bench/parallel-extract.bench.ts [--count 1000] [--seed 42] [--jobs 2]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ExtractJob } from '../src/pipeline/extract-one';
import { extractInPool } from '../src/pipeline/extract-pool';
import { generateCorpus } from './generate-corpus';

const TARGET_SPEEDUP = 1.8;

function argNumber(argv: string[], name: string, fallback: number): number {
  const at = argv.indexOf(name);
  const value = at >= 0 ? Number(argv[at + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

async function timed(jobs: ExtractJob[], workers: number): Promise<{ seconds: number; bytes: string }> {
  const t0 = performance.now();
  const outcomes = await extractInPool(jobs, { jobs: workers });
  const seconds = (performance.now() - t0) / 1000;
  return { seconds, bytes: JSON.stringify(outcomes) };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const count = argNumber(argv, '--count', 1000);
  const seed = argNumber(argv, '--seed', 42);
  const workers = argNumber(argv, '--jobs', 2);
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-parallel-'));
  try {
    const corpus = generateCorpus({ count, seed });
    const jobs = corpus.map((a, index) => {
      const path = join(dir, a.name);
      writeFileSync(path, a.text);
      return { index, path };
    });
    const words = corpus.reduce((n, a) => n + a.words, 0);
    // Warm the in-thread gazetteer and JIT so the 1-worker run is not charged for them either.
    await extractInPool(jobs.slice(0, 20), { jobs: 1 });
    const one = await timed(jobs, 1);
    const many = await timed(jobs, workers);
    const speedup = one.seconds / many.seconds;
    console.log(
      [
        `parallel-extract.bench: ${count} generated articles, ${words} words, seed ${seed}`,
        `  1 worker           ${one.seconds.toFixed(2)} s   ${Math.round(words / one.seconds)} words/s`,
        `  ${workers} workers          ${many.seconds.toFixed(2)} s   ${Math.round(words / many.seconds)} words/s (worker start-up included)`,
        `  speed-up           ${speedup.toFixed(2)} x ${speedup >= TARGET_SPEEDUP ? '(meets' : '(BELOW'} the ${TARGET_SPEEDUP}x target with 2 workers)`,
        `  same output        ${one.bytes === many.bytes ? 'yes' : 'NO: the outputs differ'}`,
      ].join('\n'),
    );
    if (one.bytes !== many.bytes) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
