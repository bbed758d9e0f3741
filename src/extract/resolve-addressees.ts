/**
 * "you" in a speech that opens by addressing someone: "Mr Mirziyoyev, I am delighted to welcome
 * you to Moscow", "Dear Kassym-Jomart Kemelevich, thank you for your hospitality". A statement for
 * the press, a letter or a toast names whom it speaks to in its first line; its "you" and "your"
 * are that person. A speech with no such line (an interview's answers, where "you" is the
 * interviewer or anyone) keeps "you" unresolved. Pure.
 */
import type { ReportedSpeech, Turn } from '../../schema/records';
import type { TokenizedText } from './tokenize';
import { firstStartingAt } from './mentions-within';
import { mentionOverTokens, type ResolvedMention } from './resolved-mention';

export interface AddresseeContext {
  tokenized: TokenizedText;
  text: string;
  turns: readonly Turn[];
  /** The document's name mentions so far, in text order. */
  names: readonly ResolvedMention[];
  /** The entity who speaks at an offset, to keep a speaker from addressing themself. */
  speakerAt: (offset: number) => string | undefined;
  /** Lower-case honorifics ("mr", "madam", "excellency"). */
  honorifics: ReadonlySet<string>;
  /** The people the document gives a title ("president"), lower case. */
  titled?: (title: string) => readonly string[];
  /** Reported speech the reader found: a quote's "you" is whom its attribution says it was told to. */
  reportedSpeech?: readonly ReportedSpeech[];
}

/**
 * Whom an attribution says the words were spoken or written to: "told Putin", "said to Putin",
 * "wrote to Putin", "in a telephone conversation with Putin", "during talks with Putin".
 */
const TOLD_TO =
  /^[^.;!?“”"«»]{0,60}?\b(?:told|tells|said\s+to|wrote\s+to|writes\s+to|(?:in|during)\s+(?:a|an|the|his|her|their)\s+(?:\w+\s+){0,2}?(?:conversation|call|talks|meeting|letter|message)\s+(?:with|to))\s+$/iu;
const ATTRIBUTION_WINDOW = 160;

const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself']);
/** A line of address is short: "Mr Mirziyoyev,", "Dear Vladimir Vladimirovich,", "Your Excellency Mr President,". */
const MAX_ADDRESS_LENGTH = 60;
const ADDRESS_END = /[,!:]\s*$/u;

/** Words that may open a sentence before its address: "Well, Mr. Minister, ...". */
const OPENERS = /^(?:well|so|and|now|first|first of all|once again|again)$/iu;

interface Speech {
  speaker: string;
  spans: Turn['span'][];
  /** The speaker of the speech right before this one, when that was another speaker's answer (not a question). */
  repliesTo: string | undefined;
}

/** Consecutive turns of one speaker, in order. */
function speeches(turns: readonly Turn[]): Speech[] {
  const out: Speech[] = [];
  turns.forEach((turn, i) => {
    if (turn.kind !== 'answer' || !turn.speaker) return;
    const last = out[out.length - 1];
    const before = turns[i - 1];
    if (last && last.speaker === turn.speaker && before?.speaker === turn.speaker) last.spans.push(turn.span);
    else out.push({ speaker: turn.speaker, spans: [turn.span], repliesTo: before?.kind === 'answer' && before.speaker ? before.speaker : undefined });
  });
  return out;
}

/**
 * The spans of the address pieces that open a speech's first sentence, each up to its comma:
 * "Secretary Blinken," in "Secretary Blinken, it is my pleasure ...", "Mr. Minister," and
 * "Mukhtar," in "Well, Mr. Minister, Mukhtar, thank you". Only capitalised words make one.
 */
function openingAddresses(text: string, span: Turn['span']): Turn['span'][] {
  const out: Turn['span'][] = [];
  let at = span[0];
  while (at < span[1] && /\s/u.test(text[at]!)) at++;
  for (let piece = 0; piece < 3; piece++) {
    const comma = text.indexOf(',', at);
    if (comma < 0 || comma >= span[1] || comma - at > MAX_ADDRESS_LENGTH) break;
    const words = text.slice(at, comma).trim();
    if (piece === 0 && OPENERS.test(words)) {
      at = comma + 1;
      continue;
    }
    if (!/^(?:\p{Lu}[\p{L}.'’-]*)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of|the))*$/u.test(words)) break;
    out.push([at, comma + 1]);
    at = comma + 1;
    while (at < span[1] && /\s/u.test(text[at]!)) at++;
  }
  return out;
}

/** The person a line of address names: a person mention in it, else the one person of the document whose first name or surname it writes. */
function addressed(ctx: AddresseeContext, span: Turn['span'], speaker: string | undefined): string | undefined {
  const line = ctx.text.slice(span[0], span[1]).trim();
  if (line.length > MAX_ADDRESS_LENGTH || !ADDRESS_END.test(line)) return undefined;
  const inLine = ctx.names.filter((m) => m.kind === 'Person' && m.start >= span[0] && m.end <= span[1] && m.entity !== speaker);
  const named = new Set(inLine.map((m) => m.entity));
  // A name the document writes elsewhere too is the one addressed ("Mr Mirziyoyev"); a name met only
  // here ("Vladimir Vladimirovich", a first name and a patronymic) may be someone named otherwise.
  const elsewhere = [...named].filter((entity) => ctx.names.some((m) => m.entity === entity && (m.start < span[0] || m.end > span[1])));
  if (named.size === 1 && elsewhere.length === 1) return elsewhere[0];
  // "Dear Vladimir Vladimirovich": a first name and a patronymic, the person's surname unwritten.
  const words = line
    .replace(ADDRESS_END, '')
    .split(/\s+/u)
    .map((w) => w.replace(/[,;:!]+$/u, ''))
    .filter((w) => /^\p{Lu}/u.test(w) && !ctx.honorifics.has(w.toLowerCase().replace(/\.$/u, '')) && w !== 'Dear');
  if (words.length === 0) return undefined;
  // "Mr President, ladies and gentlemen,": a title after the honorific is the one other person the
  // text gives that title ("President of Russia Vladimir Putin" when the President of Kazakhstan speaks).
  const titled = (ctx.titled?.(words.join(' ').toLowerCase()) ?? []).filter((entity) => entity !== speaker);
  if (titled.length === 1) return titled[0];
  // Every name each other person goes by in the text ("I", "he" are no names).
  const people = new Map<string, string[]>();
  for (const m of ctx.names) {
    if (m.kind !== 'Person' || m.entity === speaker || m.via === 'pronoun' || m.via === 'speaker') continue;
    const list = people.get(m.entity) ?? [];
    list.push(m.surface);
    people.set(m.entity, list);
  }
  const fits = [...people.entries()].filter(([, surfaces]) =>
    surfaces.some((surface) => {
      const parts = surface.split(/\s+/u);
      return parts.length >= 2 && (parts[0] === words[0] || parts[parts.length - 1] === words[words.length - 1]);
    }),
  );
  if (fits.length === 1) return fits[0]![0];
  return named.size === 1 ? [...named][0] : undefined;
}

/** The entities of person mentions by surface, built once per document: a turn's speaker name leads to its person. */
function personsBySurface(ctx: AddresseeContext): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of ctx.names) {
    if (m.kind !== 'Person') continue;
    const set = out.get(m.surface) ?? new Set<string>();
    set.add(m.entity);
    out.set(m.surface, set);
  }
  return out;
}

/** The entity of a turn's speaker name: the one person mention with that surface other than the speaker. */
function entityOfSpeaker(bySurface: Map<string, Set<string>>, name: string, speaker: string | undefined): string | undefined {
  const entities = [...(bySurface.get(name) ?? [])].filter((e) => e !== speaker);
  return entities.length === 1 ? entities[0] : undefined;
}

/** The person an attribution names as told: the first person mention after "told", "conversation with", ... */
function toldTo(ctx: AddresseeContext, rs: ReportedSpeech): string | undefined {
  const from = Math.min(rs.speakerSpan[0], rs.span[1]);
  const until = Math.max(rs.speakerSpan[1], rs.span[1]) + ATTRIBUTION_WINDOW;
  const speaker = ctx.speakerAt(rs.span[0]);
  // The names are in text order: look only at those in the attribution's window, so a long text
  // with many quotes does not scan every name for each quote.
  for (let i = firstStartingAt(ctx.names, from); i < ctx.names.length && ctx.names[i]!.start <= until; i++) {
    const m = ctx.names[i]!;
    if (m.kind !== 'Person' || m.entity === speaker) continue;
    // From the speaker's name on: "..., Atambayev stressed during his conversation with Putin".
    const before = ctx.text.slice(Math.max(rs.speakerSpan[1] <= m.start ? rs.speakerSpan[1] : from, m.start - 80), m.start);
    if (TOLD_TO.test(before) && !overlaps(m, rs.span)) return m.entity;
  }
  return undefined;
}

const overlaps = (m: { start: number; end: number }, span: readonly [number, number]) => m.start < span[1] && m.end > span[0];

/** Mentions of whom reported speech was told to, at each "you" and "your" inside its quote. */
function quotedAddressees(ctx: AddresseeContext): ResolvedMention[] {
  const { tokens } = ctx.tokenized;
  const out: ResolvedMention[] = [];
  for (const rs of ctx.reportedSpeech ?? []) {
    const addressee = toldTo(ctx, rs);
    if (!addressee) continue;
    for (let t = firstStartingAt(tokens, rs.span[0]); t < tokens.length && tokens[t]!.end <= rs.span[1]; t++) {
      const token = tokens[t]!;
      if (SECOND_PERSON.has(token.lower)) out.push(mentionOverTokens(tokens, t, t + 1, { surface: token.text, kind: 'Person', via: 'pronoun', entity: addressee }));
    }
  }
  return out;
}

/**
 * Mentions of the addressee at each "you", "your" of a speech whose first line addresses one person.
 * @example resolveAddressees(ctx) // "Mr Japarov, I welcome you" -> a mention of Sadyr Japarov at "you"
 */
export function resolveAddressees(ctx: AddresseeContext): ResolvedMention[] {
  const { tokens } = ctx.tokenized;
  const out: ResolvedMention[] = quotedAddressees(ctx);
  let bySurface: Map<string, Set<string>> | undefined;
  let t = 0;
  for (const speech of speeches(ctx.turns)) {
    const first = speech.spans[0]!;
    const speaker = ctx.speakerAt(first[0]);
    let addressee = addressed(ctx, first, speaker);
    for (const piece of addressee ? [] : openingAddresses(ctx.text, first)) {
      addressee = addressed(ctx, piece, speaker);
      if (addressee) break;
    }
    // "Thank you for the warm welcome" right after the host's words of welcome: the host.
    if (!addressee && speech.repliesTo !== undefined) addressee = entityOfSpeaker((bySurface ??= personsBySurface(ctx)), speech.repliesTo, speaker);
    if (!addressee) continue;
    for (const span of speech.spans) {
      while (t < tokens.length && tokens[t]!.start < span[0]) t++;
      for (; t < tokens.length && tokens[t]!.end <= span[1]; t++) {
        const token = tokens[t]!;
        if (!SECOND_PERSON.has(token.lower)) continue;
        out.push(mentionOverTokens(tokens, t, t + 1, { surface: token.text, kind: 'Person', via: 'pronoun', entity: addressee }));
      }
    }
  }
  return out;
}
