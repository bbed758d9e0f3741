/**
 * The documents of a fuzz run: seeds (generated articles and real texts) and, for most cases,
 * one to three mutations applied on top. Case `i` of a run depends only on the run's seed and
 * `i`, so `--seed S` and a case number replay one document exactly, without the ones before.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { createRandom } from '../../bench/seeded-random';
import { generateArticle, type Genre } from '../../bench/generate-corpus';
import { MUTATIONS, type FuzzText, type Mutation } from './mutations';

export interface FuzzCase {
  /** Position in the run; with the run's seed it replays the case. */
  index: number;
  /** Where the text started: `generated:<genre>` or the seed file's name. */
  origin: string;
  /** Mutation names in the order applied (empty: the seed as it is). */
  mutations: string[];
  doc: FuzzText;
}

export interface FuzzSeedText {
  name: string;
  text: string;
}

const SUPPORTED = new Set(['.txt', '.md', '.html', '.htm']);

/**
 * Real texts to mutate: every supported file directly in each folder (not recursive, so
 * `import/publishers/` rule files are no seeds). Mutating evaluation texts is robustness, not
 * tuning: the fuzz checks only invariants, never what was found.
 */
export function loadSeedTexts(dirs: readonly string[]): FuzzSeedText[] {
  const out: FuzzSeedText[] = [];
  for (const dir of dirs) {
    for (const file of readdirSync(dir).sort()) {
      if (!SUPPORTED.has(extname(file).toLowerCase())) continue;
      out.push({ name: file, text: readFileSync(join(dir, file), 'utf8') });
    }
  }
  return out;
}

export interface FuzzCaseOptions {
  seed: number;
  /** Share of cases that start from a real text rather than a generated article. */
  realShare: number;
  /** Share of cases left unmutated. */
  cleanShare: number;
  maxMutations: number;
  /** Length range of generated articles, in words (short keeps the run fast; mutations lengthen some). */
  minWords: number;
  maxWords: number;
}

export const DEFAULT_FUZZ_CASE_OPTIONS: FuzzCaseOptions = { seed: 1, realShare: 0.3, cleanShare: 0.1, maxMutations: 3, minWords: 60, maxWords: 450 };

const GENRES: readonly Genre[] = ['news', 'interview', 'analysis'];

/** A per-case generator: mixes the run seed with the case index so cases are independent. */
function caseRandom(seed: number, index: number): () => number {
  return createRandom((Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0);
}

/**
 * Case `index` of a run.
 * @example fuzzCase(7, loadSeedTexts(['import']), { ...DEFAULT_FUZZ_CASE_OPTIONS, seed: 3 })
 */
export function fuzzCase(
  index: number,
  seeds: readonly FuzzSeedText[],
  options: FuzzCaseOptions = DEFAULT_FUZZ_CASE_OPTIONS,
  mutations: readonly Mutation[] = MUTATIONS,
): FuzzCase {
  const rnd = caseRandom(options.seed, index);
  let doc: FuzzText;
  let origin: string;
  if (seeds.length > 0 && rnd() < options.realShare) {
    const seed = seeds[Math.floor(rnd() * seeds.length)]!;
    doc = { name: seed.name, text: seed.text };
    origin = seed.name;
  } else {
    const genre = GENRES[Math.floor(rnd() * GENRES.length)]!;
    const article = generateArticle(rnd, index, genre, options.minWords + Math.floor(rnd() * (options.maxWords - options.minWords)));
    doc = { name: article.name, text: article.text };
    origin = `generated:${genre}`;
  }
  const applied: string[] = [];
  if (rnd() >= options.cleanShare) {
    const count = 1 + Math.floor(rnd() * options.maxMutations);
    for (let k = 0; k < count; k++) {
      const mutation = mutations[Math.floor(rnd() * mutations.length)]!;
      doc = mutation.apply(doc, rnd);
      applied.push(mutation.name);
    }
  }
  // Unique names: the source id comes from the file name, and a batch must not repeat one.
  const base = doc.name.replace(/\.[a-z]+$/i, '');
  const ext = doc.name.slice(base.length) || '.txt';
  return { index, origin, mutations: applied, doc: { name: `fuzz-${String(index).padStart(6, '0')}-${base}${ext}`, text: doc.text } };
}
