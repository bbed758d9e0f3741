/**
 * Extraction benchmark (issue 2): read (`decodeSource`, no disk I/O) + `extractDocument` over
 * 1,000 synthetic articles from `generate-corpus.ts`, on one core (Node runs this on its main
 * thread; no workers). Prints documents/s, words/s, the ratio to the 100,000 words/s target
 * (issue 8), the split between reading and extraction, the time of each extract component
 * (through extractDocument's onComponent hook) and the peak RSS.
 *
 *   npx tsx bench/extract.bench.ts [--count 1000] [--seed 42] [--rounds 1]
 */
import { performance } from 'node:perf_hooks';
import { decodeSource } from '../src/read/decode-source';
import { extractDocument } from '../src/extract/extract-document';
import { generateCorpus } from './generate-corpus';

const TARGET_WORDS_PER_SECOND = 100_000;

function argNumber(argv: string[], name: string, fallback: number): number {
  const at = argv.indexOf(name);
  const value = at >= 0 ? Number(argv[at + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function main(): void {
  const argv = process.argv.slice(2);
  const count = argNumber(argv, '--count', 1000);
  const seed = argNumber(argv, '--seed', 42);
  const rounds = argNumber(argv, '--rounds', 1);
  const corpus = generateCorpus({ count, seed });
  const encoder = new TextEncoder();
  const docs = corpus.map((a) => ({ path: `bench/corpus/${a.name}`, bytes: encoder.encode(a.text), words: a.words }));
  const totalWords = docs.reduce((n, d) => n + d.words, 0);

  // Warm-up: the JIT, the gazetteer and publisher rules (loaded once per process) are not
  // what we measure.
  const warm = docs.slice(0, Math.min(50, docs.length));
  for (const d of warm) extractDocument(decodeSource(d.bytes, d.path));

  let readMs = 0;
  let extractMs = 0;
  let entities = 0;
  let stances = 0;
  let failures = 0;
  const componentMs = new Map<string, number>();
  const onComponent = (name: string, ms: number) => componentMs.set(name, (componentMs.get(name) ?? 0) + ms);
  const cpuStart = process.cpuUsage();
  for (let round = 0; round < rounds; round++) {
    for (const d of docs) {
      const t0 = performance.now();
      let doc;
      try {
        doc = decodeSource(d.bytes, d.path);
      } catch (error) {
        failures++;
        if (failures <= 3) process.stderr.write(`read failed: ${(error as Error).message}\n`);
        continue;
      }
      const t1 = performance.now();
      const extraction = extractDocument(doc, undefined, { onComponent });
      const t2 = performance.now();
      readMs += t1 - t0;
      extractMs += t2 - t1;
      entities += extraction.entities.length;
      stances += extraction.stances.length;
    }
  }

  const cpu = process.cpuUsage(cpuStart);
  // CPU seconds of this process: on a shared machine wall time also counts other processes.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const seconds = (readMs + extractMs) / 1000;
  const docsDone = docs.length * rounds - failures;
  const wordsDone = totalWords * rounds;
  const wordsPerSecond = wordsDone / seconds;
  const extractOnly = wordsDone / (extractMs / 1000);
  const peakRssMiB = process.resourceUsage().maxRSS / 1024;
  const lines = [
    `extract.bench: ${docs.length} synthetic articles x ${rounds} round(s), ${totalWords} words, seed ${seed}, one core`,
    `  read + extract     ${seconds.toFixed(2)} s   (read ${(readMs / 1000).toFixed(2)} s, extract ${(extractMs / 1000).toFixed(2)} s)`,
    `  documents/s        ${(docsDone / seconds).toFixed(1)}`,
    `  words/s            ${Math.round(wordsPerSecond)}   (extract only: ${Math.round(extractOnly)})`,
    `  ratio to target    ${(wordsPerSecond / TARGET_WORDS_PER_SECOND).toFixed(2)} x ${TARGET_WORDS_PER_SECOND} words/s ${wordsPerSecond >= TARGET_WORDS_PER_SECOND ? '(meets target)' : '(BELOW target)'}`,
    `  per CPU second     ${Math.round(wordsDone / cpuSeconds)} words/s, ratio ${(wordsDone / cpuSeconds / TARGET_WORDS_PER_SECOND).toFixed(2)} (${cpuSeconds.toFixed(2)} CPU s; includes GC)`,
    `  found              ${entities} entities, ${stances} stances (per-document totals), ${failures} read failure(s)`,
    `  peak RSS           ${peakRssMiB.toFixed(0)} MiB`,
    '  extract components (wall time, share of extraction):',
    ...[...componentMs.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([name, ms]) => `    ${name.padEnd(20)} ${(ms / 1000).toFixed(2)} s  ${((100 * ms) / extractMs).toFixed(0).padStart(3)} %`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
