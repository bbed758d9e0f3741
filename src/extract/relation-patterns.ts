/**
 * The relation patterns' word lists (`gazetteer/lexicon/relation-patterns.json`), validated by
 * `schema/relation-patterns.ts` once at load; a broken file is one KgError listing every problem.
 */
import data from '../../gazetteer/lexicon/relation-patterns.json';
import { RelationPatternsFile } from '../../schema/relation-patterns';
import { KgError } from '../errors/kg-error';

export interface RelationPatterns {
  stateBodyHeads: ReadonlySet<string>;
  seatHeads: ReadonlySet<string>;
  eventHeads: ReadonlySet<string>;
  nationalTitles: ReadonlySet<string>;
  /** Seat and event heads whose "in/to <place>" is part of the name ("Embassy in Astana"). */
  placeInNameHeads: ReadonlySet<string>;
}

/** Validate the file's content and index its head words. */
export function parseRelationPatterns(json: unknown, file = 'lexicon/relation-patterns.json'): RelationPatterns {
  const parsed = RelationPatternsFile.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${file}: ${issue.path.join('.')}: ${issue.message}`);
    throw new KgError('E_GAZETTEER', 'load relation patterns', `${problems.length} problem(s):\n${problems.join('\n')}`);
  }
  const words = (list: { word: string }[]) => new Set(list.map((h) => h.word));
  return {
    stateBodyHeads: words(parsed.data.stateBodyHeads),
    seatHeads: words(parsed.data.seatHeads),
    eventHeads: words(parsed.data.eventHeads),
    nationalTitles: words(parsed.data.nationalTitles),
    placeInNameHeads: words([...parsed.data.seatHeads, ...parsed.data.eventHeads].filter((h) => h.placeInName)),
  };
}

let loaded: RelationPatterns | undefined;

/** The project's relation patterns, loaded once. */
export function relationPatterns(): RelationPatterns {
  loaded ??= parseRelationPatterns(data);
  return loaded;
}
