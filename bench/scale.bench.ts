/**
 * Archive-scale benchmark (issue 9): generated archives of 1,000 and 10,000 articles imported
 * end to end with `kg import` as a user runs it, each in its own process so peak memory is that
 * import's; then one more article added to each archive; then extraction alone over a larger
 * corpus on the worker pool. Prints one table with how each cost grows per 10x.
 * Targets (issue 9): 10,000 articles in <= 5 min and <= 2 GB; adding one article <= 2 s.
 *
 *   npx tsx bench/scale.bench.ts [--sizes 1000,10000] [--extract 100000] [--jobs 2] [--neo4j]
 *
 * --neo4j also writes each archive to Neo4j (NEO4J_URI or the local server), for a graph file of
 * its own in a temporary folder, and removes those sources afterwards with `kg forget`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ExtractJob } from '../src/pipeline/extract-one';
import { defaultJobs, extractInPool } from '../src/pipeline/extract-pool';
import { createRandom, generateArticle, generateCorpus, type Genre } from './generate-corpus';
import { type KgRun, runKg } from './run-kg';

type Run = KgRun;

function kgImport(args: string[]): Run {
  return runKg(args, { label: 'scale.bench' });
}

function argValue(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

function writeArchive(dir: string, count: number): { words: number; ids: string[] } {
  mkdirSync(dir, { recursive: true });
  let words = 0;
  const ids: string[] = [];
  for (const a of generateCorpus({ count, seed: 42 })) {
    writeFileSync(join(dir, a.name), a.text);
    words += a.words;
    ids.push(a.name.replace(/\.[^.]+$/, ''));
  }
  return { words, ids };
}

function oneMoreArticle(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const genre: Genre = 'news';
  const a = generateArticle(createRandom(7), 99_999_999, genre, 800);
  writeFileSync(join(dir, `added-${a.name}`), a.text);
  return `added-${a.name}`.replace(/\.[^.]+$/, '');
}

// How a cost grows when the archive grows 10x, from two sizes `factor` apart (1.0x: flat, 10x: linear).
const growth = (small: number, large: number, factor: number) =>
  Number.isFinite(small) && small > 0 ? `${((large / small) ** (Math.log(10) / Math.log(factor))).toFixed(1)}x per 10x` : '';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const sizes = (argValue(argv, '--sizes') ?? '1000,10000')
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  const extractCount = Number(argValue(argv, '--extract') ?? 10000);
  const jobs = Number(argValue(argv, '--jobs') ?? defaultJobs());
  const neo4j = argv.includes('--neo4j');
  const root = mkdtempSync(join(tmpdir(), 'kg-bench-scale-'));
  const rows: { size: number; words: number; full: Run; add: Run }[] = [];
  try {
    for (const size of sizes) {
      const dir = join(root, `archive-${size}`);
      const { words, ids } = writeArchive(dir, size);
      const out = join(root, `out-${size}`, 'graph.json');
      const flags = ['--out', out, '--quiet', '--jobs', String(jobs), ...(neo4j ? ['--neo4j'] : ['--no-neo4j'])];
      process.stderr.write(`scale.bench: importing ${size} articles (${words} words)\n`);
      const full = kgImport(['import', dir, ...flags]);
      const extra = join(root, `extra-${size}`);
      const added = oneMoreArticle(extra);
      const add = kgImport(['import', extra, ...flags]);
      rows.push({ size, words, full, add });
      if (neo4j) kgImport(['forget', ...ids, added, '--out', out, '--quiet', '--neo4j']);
    }

    // Extraction alone, on the worker pool, over a corpus larger than the archives.
    const exDir = join(root, 'extract');
    mkdirSync(exDir);
    const corpus = generateCorpus({ count: extractCount, seed: 43 });
    const exJobs: ExtractJob[] = corpus.map((a, index) => {
      const path = join(exDir, a.name);
      writeFileSync(path, a.text);
      return { index, path };
    });
    const exWords = corpus.reduce((n, a) => n + a.words, 0);
    const t0 = performance.now();
    await extractInPool(exJobs, { jobs });
    const exSeconds = (performance.now() - t0) / 1000;

    const lines = [`scale.bench: ${jobs} extraction worker(s)${neo4j ? ', Neo4j included' : ', graph.json only (--neo4j to include Neo4j)'}`];
    lines.push('  archive     words        import      peak memory   add one article   add-one peak');
    for (const r of rows) {
      lines.push(
        `  ${String(r.size).padEnd(10)}  ${String(r.words).padEnd(11)}  ${r.full.seconds.toFixed(1).padStart(7)} s   ${r.full.peakMiB.toFixed(0).padStart(7)} MiB   ${r.add.seconds.toFixed(2).padStart(9)} s   ${r.add.peakMiB.toFixed(0).padStart(8)} MiB`,
      );
    }
    for (let k = 1; k < rows.length; k++) {
      const a = rows[k - 1]!;
      const b = rows[k]!;
      const f = b.size / a.size;
      lines.push(
        `  growth ${a.size} -> ${b.size}: import ${growth(a.full.seconds, b.full.seconds, f)}, memory ${growth(a.full.peakMiB, b.full.peakMiB, f)}, add one ${growth(a.add.seconds, b.add.seconds, f)}`,
      );
    }
    const last = rows[rows.length - 1];
    if (last && last.size >= 10000) {
      lines.push(
        `  targets at ${last.size}: import <= 300 s ${last.full.seconds <= 300 ? 'met' : 'NOT met'}; peak <= 2048 MiB ${last.full.peakMiB <= 2048 ? 'met' : 'NOT met'}; add one <= 2 s ${last.add.seconds <= 2 ? 'met' : 'NOT met'}`,
      );
    }
    lines.push(
      `  extraction alone: ${extractCount} articles, ${exWords} words in ${exSeconds.toFixed(1)} s = ${Math.round(exWords / exSeconds)} words/s on ${jobs} worker(s), ${Math.round(exWords / exSeconds / jobs)} per worker`,
    );
    console.log(lines.join('\n'));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

void main();
