/**
 * Finds stance cues in a run of tokens. Cues are compiled once into a first-word index, so a
 * sentence costs one map lookup per token.
 */
import type { StanceCue } from './stance-cues';
import type { Token } from './tokenize';

export interface CueHit {
  cue: StanceCue;
  /** Token index range of the cue [start, end). */
  start: number;
  end: number;
  negated: boolean;
}

type Compiled = { parts: string[][]; cue: StanceCue };
const GAP = 4;

export function compileCues(cues: readonly StanceCue[]): Map<string, Compiled[]> {
  const index = new Map<string, Compiled[]>();
  for (const cue of cues) {
    const parts = cue.phrase.split(' … ').map((p) => p.split(/\s+/));
    const first = parts[0]![0]!;
    let list = index.get(first);
    if (!list) index.set(first, (list = []));
    list.push({ parts, cue });
  }
  for (const list of index.values()) list.sort((a, b) => b.parts.flat().length - a.parts.flat().length);
  return index;
}

function matchWords(tokens: readonly Token[], at: number, words: readonly string[], limit: number): boolean {
  if (at + words.length > limit) return false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const lower = tokens[at + k]!.lower;
    // A trailing stem such as "deteriorat" matches any ending.
    if (lower !== w && !(w.length >= 8 && lower.startsWith(w))) return false;
  }
  return true;
}

/** All cue hits within tokens [from, to), longest cue first at each position, without overlaps. */
/** Cue words that carry a stance only as verbs: "they dispute the claim" but not "the border dispute". */
const VERB_ONLY = new Set(['dispute', 'attack', 'release', 'withdraw', 'demand', 'support', 'request', 'appeal']);

export function matchCues(tokens: readonly Token[], from: number, to: number, index: Map<string, Compiled[]>): CueHit[] {
  const hits: CueHit[] = [];
  let i = from;
  while (i < to) {
    if (VERB_ONLY.has(tokens[i]!.lower) && tokens[i]!.pos === 'NOUN' && tokens[i - 1]?.lower !== 'to') {
      i++;
      continue;
    }
    const candidates = index.get(tokens[i]!.lower) ?? index.get(tokens[i]!.lower.slice(0, 10));
    let matched: CueHit | undefined;
    for (const { parts, cue } of candidates ?? []) {
      if (!matchWords(tokens, i, parts[0]!, to)) continue;
      let end = i + parts[0]!.length;
      let ok = true;
      for (const part of parts.slice(1)) {
        let found = -1;
        for (let g = end; g <= Math.min(end + GAP, to - part.length); g++) if (matchWords(tokens, g, part, to)) { found = g; break; }
        if (found < 0) { ok = false; break; }
        end = found + part.length;
      }
      if (!ok) continue;
      const negated = !cue.phrase.includes('not') && !cue.phrase.includes('n’t') && !cue.phrase.includes("n't") && tokens[i]!.negated;
      matched = { cue, start: i, end, negated };
      break;
    }
    if (matched) {
      hits.push(matched);
      i = matched.end;
    } else i++;
  }
  return hits;
}
