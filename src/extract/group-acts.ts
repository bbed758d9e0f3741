/**
 * Whether a collective noun names an actor in its sentence, or passes by. The annotation
 * guidelines keep a Group that holds a stance, is the target of one, or acts in the text: a
 * group that is a clause's subject ("journalists reported"), a verb's object ("harassing
 * lawyers"), the one a measure is aimed at ("restrictions on opposition parties", "cases
 * against lawyers"), or listed with such a group. "Promoting the country in foreign media" is
 * a passing mention. Pure.
 */
import groupNouns from '../../gazetteer/lexicon/group-nouns.json';
import { GroupNounsFile } from '../../schema/gazetteer';
import type { Token } from './tokenize';

/** Collective nouns too vague to act on their own ("analysts", "officials"), from the one group-noun list. */
export const VAGUE_GROUPS: ReadonlySet<string> = new Set(GroupNounsFile.parse(groupNouns).vague);

/** Prepositions that tie a group to an act done to it, for it or by it. */
const ACT_PREPOSITIONS = new Set(['on', 'against', 'from', 'by', 'towards', 'toward', 'among', 'between']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'must', 'should', 'can', 'could', 'may', 'might']);
const QUANTITY_NOUNS = new Set(['dozens', 'hundreds', 'thousands', 'millions', 'scores', 'number', 'members', 'hundred', 'thousand', 'dozen']);
/** Nouns of an act done to someone, before "of": "prosecution", "harassment", "pressure", "arrest", "killing". */
const ACT_NOUN = /(tion|ment|sure|ture|rest|ings?)$/;
/** Words allowed between a group and its verb: "journalists have long complained", "media also reported". */
const SKIPPABLE_AFTER = new Set([
  'also',
  'often',
  'still',
  'long',
  'have',
  'has',
  'had',
  'were',
  'are',
  'was',
  'is',
  'will',
  'would',
  'must',
  'should',
  'can',
  'could',
  'not',
  'never',
  'already',
]);

export interface GroupSpan {
  tokenStart: number;
  tokenEnd: number;
  /** The group's lexicon label ("analysts") and the country that qualifies it, if any. */
  base?: string;
  country?: string;
}

/** Whether the sentence of token `i` is a question: a question asks what a group does, it does not say so. */
function inQuestion(tokens: readonly Token[], i: number): boolean {
  let k = i;
  while (tokens[k + 1] && tokens[k + 1]!.sentence === tokens[i]!.sentence) k++;
  return tokens[k]!.text === '?';
}

/** How the group at [tokenStart, tokenEnd) takes part in its clause: as the subject, as what is acted on, or not at all. */
export function groupRoleAt(tokens: readonly Token[], span: GroupSpan): 'subject' | 'object' | undefined {
  const sentence = tokens[span.tokenStart]!.sentence;
  const inSentence = (k: number) => tokens[k] !== undefined && tokens[k]!.sentence === sentence;
  // Subject: a verb follows, perhaps after an auxiliary or an adverb.
  let k = span.tokenEnd;
  while (inSentence(k) && SKIPPABLE_AFTER.has(tokens[k]!.lower) && tokens[k + 1]?.pos !== 'PUNCT') k++;
  const after = inSentence(k) ? tokens[k]! : undefined;
  const before = firstBefore(tokens, span.tokenStart, sentence);
  const prepositionBefore = before !== undefined && tokens[before]!.pos === 'ADP';
  // A headline capitalises its verbs ("The West Has No Plan"), so an auxiliary right after counts by its word.
  const auxiliaryAfter = inSentence(span.tokenEnd) && AUXILIARIES.has(tokens[span.tokenEnd]!.lower);
  if (((after && (after.pos === 'VERB' || after.pos === 'AUX')) || auxiliaryAfter) && !prepositionBefore) return 'subject';
  if (before === undefined) return undefined;
  const word = tokens[before]!;
  // Object: "threatening editors", "reassure the international community".
  if (word.pos === 'VERB') return 'object';
  // Aim: "restrictions on opposition parties", "reports from journalists", "the prosecution of journalists".
  const head = before > 0 && inSentence(before - 1) ? tokens[before - 1]! : undefined;
  if (!head) return undefined;
  if (word.lower === 'of') {
    // "detained dozens of ethnic Uzbeks": a quantity takes the role of the group it counts.
    if (QUANTITY_NOUNS.has(head.lower)) return groupRoleAt(tokens, { tokenStart: before - 1, tokenEnd: before }) === 'object' ? 'object' : undefined;
    return head.pos === 'NOUN' && ACT_NOUN.test(head.lower) ? 'object' : undefined;
  }
  return ACT_PREPOSITIONS.has(word.lower) && /^(NOUN|VERB|PROPN)$/.test(head.pos) ? 'object' : undefined;
}

/** The token before `start` past articles, adjectives and possessives ("the independent", "Kazakhstan's"), or undefined at the sentence start. */
function firstBefore(tokens: readonly Token[], start: number, sentence: number): number | undefined {
  let k = start - 1;
  while (k >= 0 && tokens[k]!.sentence === sentence && /^(DET|ADJ|NUM)$/.test(tokens[k]!.pos)) k--;
  return k >= 0 && tokens[k]!.sentence === sentence ? k : undefined;
}

/**
 * The groups among `spans` that act, including those listed with an acting group by commas,
 * "and" or "or" ("closing newspapers and threatening editors, bloggers and students").
 * Returns the indexes of the acting spans.
 */
export function actingGroups(tokens: readonly Token[], spans: readonly GroupSpan[], vague: ReadonlySet<string> = VAGUE_GROUPS): Set<number> {
  const order = spans.map((s, i) => ({ s, i })).sort((a, b) => a.s.tokenStart - b.s.tokenStart);
  const acting = new Set<number>();
  // "Some analysts believe": a bare vague noun is no actor as a subject, only when something is
  // done to it ("the arrest of citizens") or a country qualifies it ("experts from Tajikistan").
  const bareVague = (s: GroupSpan) => isVague(tokens, s, vague) && !s.country;
  const eligible = (s: GroupSpan) => !inQuestion(tokens, s.tokenStart);
  for (const { s, i } of order) {
    if (!eligible(s)) continue;
    const role = groupRoleAt(tokens, s);
    if (role === 'object' || (role === 'subject' && !bareVague(s))) acting.add(i);
  }
  // A list shares its role: spread along runs joined only by ",", "and", "or" and articles.
  const spread = (a: { s: GroupSpan; i: number }, b: { s: GroupSpan; i: number }) => {
    if (!acting.has(a.i) && !acting.has(b.i)) return;
    if (eligible(a.s) && !bareVague(a.s)) acting.add(a.i);
    if (eligible(b.s) && !bareVague(b.s)) acting.add(b.i);
  };
  for (let pass = 0; pass < 2; pass++) {
    for (let n = 0; n + 1 < order.length; n++) {
      const a = order[n]!;
      const b = order[n + 1]!;
      if (joinedAsList(tokens, a.s.tokenEnd, b.s.tokenStart)) spread(a, b);
    }
    for (let n = order.length - 1; n > 0; n--) {
      const a = order[n - 1]!;
      const b = order[n]!;
      if (joinedAsList(tokens, a.s.tokenEnd, b.s.tokenStart)) spread(a, b);
    }
  }
  return acting;
}

/** A bare vague noun: "analysts", "some residents"; not "local residents", "peaceful citizens". */
function isVague(tokens: readonly Token[], s: GroupSpan, vague: ReadonlySet<string>): boolean {
  if (!vague.has(tokens[s.tokenEnd - 1]!.lower) && !(s.base && vague.has(s.base))) return false;
  const qualified = s.tokenEnd - s.tokenStart > 1 || tokens[s.tokenStart - 1]?.pos === 'ADJ';
  return !qualified;
}

function joinedAsList(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from || to - from > 3) return false;
  for (let k = from; k < to; k++) if (!/^(,|and|or|the)$/.test(tokens[k]!.lower)) return false;
  return tokens[from]!.sentence === tokens[to]!.sentence;
}
