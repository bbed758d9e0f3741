/**
 * The I/O edge of the gazetteer: reads every JSON file under `gazetteer/`, validates each against
 * its zod schema and collects every problem of every file before failing once, so a data editor
 * sees all mistakes in one run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { GazetteerFile, GovernmentPatternsFile, GroupNounsFile, SharedAliasesFile, StateBodiesFile, TitlesFile, WordListFile } from '../../schema/gazetteer';
import { KgError } from '../errors/kg-error';

/** Everything the gazetteer folder holds, validated but not yet indexed. */
export interface GazetteerData {
  /** Entry files in file-name order, each with its path relative to the gazetteer folder. */
  readonly files: readonly { readonly file: string; readonly data: GazetteerFile }[];
  readonly shared: SharedAliasesFile;
  readonly titles: TitlesFile;
  readonly honorifics: WordListFile;
  readonly orgHeadWords: WordListFile;
  readonly placeCueWords: WordListFile;
  readonly groupNouns: GroupNounsFile;
  readonly governmentPatterns: GovernmentPatternsFile;
  readonly stateBodies: StateBodiesFile;
}

/** File-system access, passed in so tests can feed fixtures without touching the disk. */
export interface GazetteerFs {
  readonly listJson: (dir: string) => string[];
  readonly readText: (file: string) => string;
  readonly exists: (file: string) => boolean;
}

export const nodeGazetteerFs: GazetteerFs = {
  listJson: (dir) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isFile() && d.name.endsWith('.json'))
      .map((d) => d.name)
      .sort(),
  readText: (file) => readFileSync(file, 'utf8'),
  exists: (file) => existsSync(file),
};

export const SHARED_ALIASES_FILE = 'shared-aliases.json';
const LEXICON_FILES = {
  titles: 'lexicon/titles.json',
  honorifics: 'lexicon/honorifics.json',
  orgHeadWords: 'lexicon/org-head-words.json',
  placeCueWords: 'lexicon/place-cue-words.json',
  groupNouns: 'lexicon/group-nouns.json',
  governmentPatterns: 'lexicon/government-patterns.json',
  stateBodies: 'lexicon/state-bodies.json',
} as const;

/** Turn zod issues into `path: message` lines, naming the entry by its label where there is one. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], json: unknown): string[] {
  return issues.map((issue) => {
    const parts = issue.path.map(String);
    let where = parts.join('.');
    if (parts[0] === 'entries' && parts.length >= 2 && json && typeof json === 'object') {
      const entry = (json as { entries?: unknown[] }).entries?.[Number(parts[1])];
      const label = entry && typeof entry === 'object' ? (entry as { label?: unknown }).label : undefined;
      if (typeof label === 'string') where = `entries.${parts[1]} ("${label}")${parts.length > 2 ? '.' + parts.slice(2).join('.') : ''}`;
    }
    return `${where || '(root)'}: ${issue.message}`;
  });
}

/**
 * Read and validate the whole gazetteer folder.
 * @throws KgError E_GAZETTEER naming each bad file and every `path: message` problem in it.
 */
export function readGazetteerFiles(dir: string, fs: GazetteerFs = nodeGazetteerFs): GazetteerData {
  const problems: string[] = [];
  const parse = <S extends z.ZodType>(relative: string, schema: S): z.infer<S> | undefined => {
    const file = path.join(dir, relative);
    if (!fs.exists(file)) {
      problems.push(`"${file}": file is missing`);
      return undefined;
    }
    let json: unknown;
    try {
      json = JSON.parse(fs.readText(file));
    } catch (error) {
      problems.push(`"${file}": not valid JSON (${(error as Error).message})`);
      return undefined;
    }
    const result = schema.safeParse(json);
    if (!result.success) {
      problems.push(`"${file}": ${describeIssues(result.error.issues, json).join('; ')}`);
      return undefined;
    }
    return result.data;
  };

  if (!fs.exists(dir)) throw new KgError('E_GAZETTEER', 'gazetteer', `cannot read "${dir}": folder not found`);
  const files = fs
    .listJson(dir)
    .filter((name) => name !== SHARED_ALIASES_FILE)
    .map((file) => ({ file, data: parse(file, GazetteerFile) }));
  const data = {
    shared: parse(SHARED_ALIASES_FILE, SharedAliasesFile),
    titles: parse(LEXICON_FILES.titles, TitlesFile),
    honorifics: parse(LEXICON_FILES.honorifics, WordListFile),
    orgHeadWords: parse(LEXICON_FILES.orgHeadWords, WordListFile),
    placeCueWords: parse(LEXICON_FILES.placeCueWords, WordListFile),
    groupNouns: parse(LEXICON_FILES.groupNouns, GroupNounsFile),
    governmentPatterns: parse(LEXICON_FILES.governmentPatterns, GovernmentPatternsFile),
    stateBodies: parse(LEXICON_FILES.stateBodies, StateBodiesFile),
  };
  if (files.length === 0) problems.push(`"${dir}": no entry files (*.json) found`);
  if (problems.length > 0) {
    throw new KgError('E_GAZETTEER', 'gazetteer', `invalid data: ${problems.join(' | ')}`);
  }
  return { ...(data as Required<{ [K in keyof typeof data]: NonNullable<(typeof data)[K]> }>), files: files as GazetteerData['files'] };
}
