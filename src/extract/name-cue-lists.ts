/**
 * The name-cue word lists, loaded once from `gazetteer/lexicon/name-cues.json` and validated by
 * `NameCuesFile` (schema/lexicon.ts). The name finder, the outlet test, the header finder and the
 * relation pass read their vocabulary from here; code interprets the words, it holds none.
 */
import { NameCuesFile, type NameCueListName, type NameCueLists } from '../../schema/lexicon';
import { KgError } from '../errors/kg-error';
import nameCues from '../../gazetteer/lexicon/name-cues.json';

export const NAME_CUES_FILE = 'gazetteer/lexicon/name-cues.json';

/**
 * Validate the contents of a name-cue file; every problem is reported at once, each with the list
 * it is in.
 * @throws KgError E_GAZETTEER naming the file and, per problem, the list and the path in it.
 */
export function parseNameCueLists(data: unknown, file: string = NAME_CUES_FILE): NameCueLists {
  const parsed = NameCuesFile.safeParse(data);
  if (parsed.success) return parsed.data.lists;
  const problems = parsed.error.issues.map((issue) => {
    const [top, list, ...rest] = issue.path.map(String);
    if (top === 'lists' && list !== undefined) return `list "${list}"${rest.length > 0 ? ` at ${rest.join('.')}` : ''}: ${issue.message}`;
    return `${issue.path.join('.') || '(root)'}: ${issue.message}`;
  });
  throw new KgError('E_GAZETTEER', 'load name cues', `${file}: ${problems.length} problem(s):\n${problems.join('\n')}`);
}

let cached: NameCueLists | undefined;
const wordSets = new Map<NameCueListName, ReadonlySet<string>>();

/** Every name-cue list, read and validated on the first call and kept for the process. */
export function loadNameCueLists(): NameCueLists {
  cached ??= parseNameCueLists(nameCues);
  return cached;
}

/**
 * The words of one list as a set, for `.has(token.lower)`.
 * @example nameCueWords('patronymics').has('uulu') // true
 */
export function nameCueWords(list: NameCueListName): ReadonlySet<string> {
  let words = wordSets.get(list);
  if (!words) {
    words = new Set(loadNameCueLists()[list].words);
    wordSets.set(list, words);
  }
  return words;
}

/**
 * Whether a word, on a header line, says what kind of text follows rather than who wrote it
 * ("Press Statement", "ANALYSIS", "MEDIA NOTE"): a section label or a document word.
 */
export function isHeaderLabelWord(word: string): boolean {
  const lower = word.toLowerCase();
  return nameCueWords('section-labels').has(lower) || nameCueWords('document-words').has(lower);
}

/** A word written into a regular expression as itself: "q&a", "o'g'li", "editor-in-chief". */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A case-insensitive pattern that finds any word of the list as a whole word in a line of text.
 * Without the `u` flag, as the patterns it replaces: `\b` and case folding stay ASCII.
 * @example nameCueWordPattern('byline-group-words').test('Culture Desk') // true
 */
export function nameCueWordPattern(list: NameCueListName): RegExp {
  return new RegExp(`\\b(?:${[...nameCueWords(list)].map(escapeRegExp).join('|')})\\b`, 'i');
}
