/**
 * Finds lexicon entries in a run of tokens, on wink-nlp lemmas: "criticises", "criticised" and
 * "criticizes" all find "criticize". Entries are compiled once into a first-lemma index, so a
 * sentence costs one map lookup per token whatever the size of the lexicon.
 */
import type { LexiconEntry } from '../../schema/lexicon';
import type { Token } from './tokenize';

export interface CueHit {
  cue: LexiconEntry;
  /** Token index range of the cue [start, end). */
  start: number;
  end: number;
  /** Whether the cue's first word lies in the scope of a negation its phrase does not spell out ("did not criticise"). */
  negated: boolean;
}

type Compiled = { parts: string[][]; cue: LexiconEntry; pos?: ReadonlySet<string>; spellsNegation: boolean };
export type CompiledCues = Map<string, Compiled[]>;
const GAP = 4;
const NEGATORS = new Set(['not', 'no', "n't", 'n’t', 'never', 'nothing']);

export function compileCues(cues: readonly LexiconEntry[]): CompiledCues {
  const index: CompiledCues = new Map();
  for (const cue of cues) {
    const parts = cue.lemma.split(' … ').map((p) => p.split(' '));
    const first = parts[0]![0]!;
    let list = index.get(first);
    if (!list) index.set(first, (list = []));
    list.push({ parts, cue, ...(cue.pos ? { pos: new Set(cue.pos) } : {}), spellsNegation: parts.flat().some((w) => NEGATORS.has(w)) });
  }
  for (const list of index.values()) list.sort((a, b) => b.parts.flat().length - a.parts.flat().length);
  return index;
}

/** A later word of a phrase matches the token's lemma or its written form ("be behind", "threat of"). */
function matchWords(tokens: readonly Token[], at: number, words: readonly string[], limit: number): boolean {
  if (at + words.length > limit) return false;
  for (let k = 0; k < words.length; k++) {
    const t = tokens[at + k]!;
    if (t.lemma !== words[k] && t.lower !== words[k]) return false;
  }
  return true;
}

/** "I have never been more proud", "she could not be more pleased": a negated comparative says the most, not the opposite. */
function isEmphatic(tokens: readonly Token[], start: number, end: number): boolean {
  // A gapped cue ("be … pleased") has the comparative before its last word, not before its first.
  return tokens[start - 1]?.lower === 'more' || (end - start > 1 && tokens[end - 2]?.lower === 'more');
}

/**
 * "the continuously challenging security setting": an -ing form after a determiner (adverbs
 * between) modifies the noun after it; it is no verb, whatever the tagger says.
 */
function isAttributiveParticiple(tokens: readonly Token[], at: number): boolean {
  if (!tokens[at]!.lower.endsWith('ing')) return false;
  let k = at - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  return k >= 0 && tokens[k]!.pos === 'DET';
}

/** All cue hits within tokens [from, to), longest cue first at each position, without overlaps. */
export function matchCues(tokens: readonly Token[], from: number, to: number, index: CompiledCues): CueHit[] {
  const hits: CueHit[] = [];
  let i = from;
  while (i < to) {
    const token = tokens[i]!;
    // The written form first: "encouraging" the adjective is not "encourage" the appeal, though wink
    // gives both the lemma "encourage".
    const written = token.lemma !== token.lower ? index.get(token.lower) : undefined;
    const lemma = index.get(token.lemma);
    const candidates = written && lemma ? [...written, ...lemma] : (written ?? lemma);
    // Most tokens start no cue: nothing to try.
    if (!candidates) {
      i++;
      continue;
    }
    let matched: CueHit | undefined;
    for (const { parts, cue, pos, spellsNegation } of candidates) {
      // "the border dispute" is no dispute of anyone: the part of speech must fit.
      if (pos && !pos.has(token.pos)) continue;
      if (pos && !pos.has('ADJ') && !pos.has('NOUN') && isAttributiveParticiple(tokens, i)) continue;
      if (!matchWords(tokens, i, parts[0]!, to)) continue;
      let end = i + parts[0]!.length;
      let ok = true;
      for (const part of parts.slice(1)) {
        let found = -1;
        for (let g = end; g <= Math.min(end + GAP, to - part.length); g++)
          if (matchWords(tokens, g, part, to)) {
            found = g;
            break;
          }
        if (found < 0) {
          ok = false;
          break;
        }
        end = found + part.length;
      }
      if (!ok) continue;
      matched = { cue, start: i, end, negated: !spellsNegation && token.negated && !isEmphatic(tokens, i, end) };
      break;
    }
    if (matched) {
      hits.push(matched);
      i = matched.end;
    } else i++;
  }
  return hits;
}
