/**
 * The evaluation texts, read only so that tests can assert that no example sentence of a lexicon
 * or a rule was lifted from one of them. Nobody reads eval/test by hand; a test may read it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** Folders of evaluation texts: the dev and test splits, the imported texts and the seed. */
export const EVALUATION_DIRS: readonly string[] = [
  path.join(ROOT, 'eval/corpus/dev'),
  path.join(ROOT, 'eval/dev'),
  path.join(ROOT, 'eval/test'),
  path.join(ROOT, 'import'),
  '/work/shared/seeds',
];

/** How many consecutive words a sentence may share with an evaluation text before it counts as lifted. */
export const LIFTED_RUN = 8;

function textFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return textFilesUnder(file);
    return name.endsWith('.txt') ? [file] : [];
  });
}

let cached: string[] | undefined;

/** Every .txt under the evaluation folders, read once per test file. */
export function evaluationTexts(): readonly string[] {
  cached ??= EVALUATION_DIRS.flatMap(textFilesUnder).map((file) => readFileSync(file, 'utf8'));
  return cached;
}

/** Lower case, one kind of quote, letters and digits only, one space between words. */
export function normaliseWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
}

let normalised: string[] | undefined;

/**
 * Whether a sentence shares a run of LIFTED_RUN consecutive words (the whole sentence, when it is
 * shorter) with any evaluation text, ignoring case and punctuation.
 * @example liftedFromEvaluationTexts('The Bureau of Mountain Trails opened an office.') // false
 */
export function liftedFromEvaluationTexts(sentence: string, texts: readonly string[] = evaluationTexts()): boolean {
  const words = normaliseWords(sentence);
  if (words.length === 0) return false;
  const haystacks = texts === cached ? (normalised ??= texts.map(padded)) : texts.map(padded);
  const run = Math.min(LIFTED_RUN, words.length);
  for (let k = 0; k + run <= words.length; k++) {
    const needle = ` ${words.slice(k, k + run).join(' ')} `;
    if (haystacks.some((h) => h.includes(needle))) return true;
  }
  return false;
}

const padded = (text: string) => ` ${normaliseWords(text).join(' ')} `;
