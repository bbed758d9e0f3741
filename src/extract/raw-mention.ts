/** A stretch of text found to name (or refer to) an entity, before resolution gives it a key. */
import type { EntityKind } from '../../schema/enums';
import type { KnownEntity, Knowledge, TitleInfo } from './knowledge';
import type { TitlePhrases } from './title-phrases';
import type { Token } from './tokenize';

export type MentionVia = 'name' | 'alias' | 'acronym' | 'surname' | 'demonym' | 'pronoun' | 'speaker' | 'group-noun' | 'authorities';

export interface RawMention {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  surface: string;
  kind: EntityKind;
  via: MentionVia;
  known?: KnownEntity;
  /** A title or role written right before the name ("President", "human rights expert"). */
  title?: { text: string; info: TitleInfo; tokenStart: number };
  /** Label for entities the gazetteer does not know. */
  label?: string;
  /** Key of the country a group or government is tied to. */
  country?: string;
  /** How a group is tied to its country: by a demonym ("Kazakh journalists") or a place ("journalists in Kazakhstan"). */
  qualifier?: 'demonym' | 'place';
  /** A group's lexicon label before any country qualifier ("journalists"). */
  base?: string;
  /** Key of a body named inside this name ("UN" in "UN Special Rapporteurs"), for PART_OF. */
  parentInName?: string;
}

export interface ScanContext {
  tokens: Token[];
  texts: string[];
  knowledge: Knowledge;
  sentenceStarts: Set<number>;
  text: string;
  /** Sentences written in title case (see title-case.ts), where capitals are no evidence of a name. */
  titleCase?: ReadonlySet<number>;
  /** Words the running text writes capitalised, lower case. */
  proseCapitals?: ReadonlySet<string>;
  /** Last words of the persons named in full so far, lower case: "Haraszti" alone after "Miklos Haraszti". */
  surnames?: Set<string>;
  /** Posts written out before their holders' names, and where those names start (title-phrases.ts). */
  phrases?: TitlePhrases;
  /** The mentions found so far, in text order. */
  mentions?: readonly RawMention[];
}

export function mentionFrom(
  ctx: ScanContext,
  start: number,
  end: number,
  fields: Omit<RawMention, 'start' | 'end' | 'tokenStart' | 'tokenEnd' | 'sentence' | 'surface'>,
): RawMention {
  const s = ctx.tokens[start]!.start;
  const e = ctx.tokens[end - 1]!.end;
  return { start: s, end: e, tokenStart: start, tokenEnd: end, sentence: ctx.tokens[start]!.sentence, surface: ctx.text.slice(s, e), ...fields };
}

/** Token indexes already covered by a mention. */
export function coveredTokens(mentions: readonly RawMention[]): Set<number> {
  const covered = new Set<number>();
  for (const m of mentions) for (let t = m.tokenStart; t < m.tokenEnd; t++) covered.add(t);
  return covered;
}
