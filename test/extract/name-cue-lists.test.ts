import nameCues from '../../gazetteer/lexicon/name-cues.json';
import { NameCueListName, NameCuesFile } from '../../schema/lexicon';
import { loadNameCueLists, nameCueWordPattern, nameCueWords, parseNameCueLists } from '../../src/extract/name-cue-lists';
import { isKgError } from '../../src/errors/kg-error';
import { evaluationTexts, liftedFromEvaluationTexts } from '../helpers/evaluation-texts';

/** A valid file with one list changed, for the failure cases. */
function withList(name: string, change: Record<string, unknown>): unknown {
  const lists = { ...nameCues.lists } as Record<string, unknown>;
  lists[name] = { ...(lists[name] as object), ...change };
  return { ...nameCues, lists };
}

/** The words of a sentence as the tokenizer lower-cases them, hyphens and "&" kept inside words; also each word as written ("h.e."). */
const wordsOf = (sentence: string) => [
  ...sentence
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’‘&-]+/u)
    .filter((w) => w !== ''),
  ...sentence.toLowerCase().split(/\s+/u),
];

function loadError(data: unknown): unknown {
  try {
    parseNameCueLists(data, 'lexicon/name-cues.json');
  } catch (error) {
    return error;
  }
  throw new Error('expected a KgError');
}

describe('the name-cue lists', () => {
  it('should validate gazetteer/lexicon/name-cues.json against its schema', () => {
    expect(NameCuesFile.safeParse(nameCues).success).toBe(true);
    expect(Object.keys(loadNameCueLists()).sort()).toEqual([...NameCueListName.options].sort());
  });

  it('should contain at least one of its words in every list example', () => {
    const dead = Object.entries(loadNameCueLists())
      .filter(([, list]) => !wordsOf(list.example).some((w) => list.words.includes(w)))
      .map(([name, list]) => `${name}: "${list.example}"`);
    expect(dead).toEqual([]);
  });

  it('should take no example sentence from an evaluation text', () => {
    expect(evaluationTexts().length).toBeGreaterThan(3);
    const lifted = Object.values(loadNameCueLists())
      .map((list) => list.example)
      .filter((example) => liftedFromEvaluationTexts(example));
    expect(lifted).toEqual([]);
  });

  it('should give the words of a list as a set', () => {
    expect(nameCueWords('patronymics').has('uulu')).toBe(true);
    expect(nameCueWords('leading-verbs').has('heads')).toBe(true);
    expect(nameCueWords('leading-verbs').has('works')).toBe(false);
  });

  it('should build a whole-word pattern that matches "Culture Desk" but not "Deskin Omar"', () => {
    const pattern = nameCueWordPattern('byline-group-words');
    expect(pattern.test('Culture Desk')).toBe(true);
    expect(pattern.test('Deskin Omar')).toBe(false);
  });

  it('should throw E_GAZETTEER naming the file and the list when a word is capitalised', () => {
    const error = loadError(withList('patronymics', { words: ['uulu', 'Kyzy'] }));
    expect(isKgError(error) && error.code).toBe('E_GAZETTEER');
    expect(String((error as Error).message)).toMatch(/lexicon\/name-cues\.json[\s\S]*list "patronymics" at words\.1: expected a lower-case word/);
  });

  it('should throw naming the list when a word is listed twice', () => {
    const error = loadError(withList('joining-verbs', { words: ['joined', 'joins', 'joined'] }));
    expect(String((error as Error).message)).toMatch(/list "joining-verbs" at words\.2: duplicate word "joined"/);
  });

  it('should throw naming the list when a list is missing or empty', () => {
    const lists = { ...nameCues.lists } as Record<string, unknown>;
    delete lists['media-nouns'];
    expect(String((loadError({ ...nameCues, lists }) as Error).message)).toMatch(/list "media-nouns"/);
    expect(String((loadError(withList('party-heads', { words: [] })) as Error).message)).toMatch(/list "party-heads" at words/);
  });
});
