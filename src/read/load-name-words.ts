/**
 * The words a speaker label may carry besides a name: honorifics ("Ms", "Dr") and titles
 * ("Ambassador", "Minister"), read from the gazetteer's lexicon so the reader and the extractor
 * share one list. Loaded once; tests and callers may pass their own.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'zod';
import { TitlesFile, WordListFile } from '../../schema/gazetteer';
import { readError } from './read-error';

export interface NameWords {
  /** Lower case, without dots: "ms", "dr". */
  honorifics: ReadonlySet<string>;
  /** Lower case, every variant: "ambassador", "foreign minister". */
  titles: ReadonlySet<string>;
}

const LEXICON_DIR = resolve(__dirname, '../../gazetteer/lexicon');
let cached: NameWords | undefined;

function parseFile<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  const path = resolve(LEXICON_DIR, file);
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw readError('E_METADATA', path, `is not a valid lexicon file: ${parsed.error.message}`);
  return parsed.data;
}

export function loadNameWords(): NameWords {
  if (cached) return cached;
  const honorifics = parseFile('honorifics.json', WordListFile).words.map((w) => w.toLowerCase().replace(/\./gu, ''));
  const titles = parseFile('titles.json', TitlesFile)
    .titles.flatMap((t) => [t.title, ...(t.variants ?? [])])
    .map((w) => w.toLowerCase());
  cached = { honorifics: new Set(honorifics), titles: new Set(titles) };
  return cached;
}
