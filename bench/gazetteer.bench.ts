/**
 * Gazetteer benchmark: how long loading takes (read + validate + check + index, once per
 * process) and how fast the longest-match scan runs over running text, on one core. The
 * extractor calls `lookupPrefix` at (nearly) every token, so the scan must cost a small part of
 * the 50,000 words/s extraction budget of issue 2.
 *
 *   npx tsx bench/gazetteer.bench.ts [--count 1000] [--seed 42]
 */
import { performance } from 'node:perf_hooks';
import { defaultGazetteerDir, loadGazetteerFrom } from '../src/gazetteer/load-gazetteer';
import { generateCorpus } from './generate-corpus';

const EXTRACTION_TARGET_WORDS_PER_SECOND = 50_000;
/** The scan may take at most this share of the extraction budget. */
const SCAN_SHARE_OF_BUDGET = 0.1;

function argNumber(argv: string[], name: string, fallback: number): number {
  const at = argv.indexOf(name);
  const value = at >= 0 ? Number(argv[at + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Words and punctuation as separate tokens, the way wink-nlp splits text. */
function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[^\s\p{L}\p{N}]/gu) ?? [];
}

function main(): void {
  const argv = process.argv.slice(2);
  const count = argNumber(argv, '--count', 1000);
  const seed = argNumber(argv, '--seed', 42);
  const dir = defaultGazetteerDir();

  const loads: number[] = [];
  const cold0 = performance.now();
  let gazetteer = loadGazetteerFrom(dir);
  const coldMs = performance.now() - cold0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    gazetteer = loadGazetteerFrom(dir);
    loads.push(performance.now() - t0);
  }
  loads.sort((a, b) => a - b);

  const corpus = generateCorpus({ count, seed });
  const docs = corpus.map((a) => tokenize(a.text));
  const words = corpus.reduce((n, a) => n + a.words, 0);
  const tokens = docs.reduce((n, d) => n + d.length, 0);

  const scan = (): number => {
    let hits = 0;
    for (const toks of docs) {
      for (let i = 0; i < toks.length; i++) {
        const m = gazetteer.lookupPrefix(toks, i);
        if (m) {
          hits++;
          i += m.length - 1;
          continue;
        }
        if (gazetteer.lookupGroupNounPrefix(toks, i)) hits++;
        gazetteer.lookupTitlePrefix(toks, i);
      }
    }
    return hits;
  };
  scan(); // warm-up: JIT and the token memo
  const t0 = performance.now();
  const hits = scan();
  const scanMs = performance.now() - t0;

  const names = gazetteer.entries.flatMap((e) => [e.label, ...e.aliases]);
  const t1 = performance.now();
  let found = 0;
  for (let round = 0; round < 5; round++) for (const name of names) if (gazetteer.lookupName(name)) found++;
  const nameMs = performance.now() - t1;

  const wordsPerSecond = words / (scanMs / 1000);
  const budget = EXTRACTION_TARGET_WORDS_PER_SECOND / SCAN_SHARE_OF_BUDGET;
  console.log(`gazetteer: ${gazetteer.entries.length} entries, ${names.length} names`);
  console.log(
    `load (read + validate + check + index): first ${coldMs.toFixed(0)} ms (once per process), ` + `then median ${loads[2]!.toFixed(0)} ms, best ${loads[0]!.toFixed(0)} ms`,
  );
  console.log(
    `scan: ${count} documents, ${words} words, ${tokens} tokens, ${hits} matches in ${scanMs.toFixed(0)} ms = ` +
      `${Math.round(wordsPerSecond).toLocaleString('en')} words/s, ${Math.round(tokens / (scanMs / 1000)).toLocaleString('en')} tokens/s`,
  );
  console.log(
    `scan target: <= ${SCAN_SHARE_OF_BUDGET * 100}% of the ${EXTRACTION_TARGET_WORDS_PER_SECOND.toLocaleString('en')} words/s extraction budget, ` +
      `i.e. >= ${budget.toLocaleString('en')} words/s; ratio ${(wordsPerSecond / budget).toFixed(2)} (${wordsPerSecond >= budget ? 'met' : 'NOT met'})`,
  );
  console.log(
    `lookupName: ${(names.length * 5).toLocaleString('en')} lookups in ${nameMs.toFixed(0)} ms = ` +
      `${Math.round((names.length * 5) / (nameMs / 1000)).toLocaleString('en')} lookups/s (${found} found)`,
  );
  console.log(`peak RSS: ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB`);
}

main();
