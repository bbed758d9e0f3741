/**
 * Finds stretches of text that name entities: known names from the gazetteer (longest match),
 * demonyms, capitalised name chunks the gazetteer does not know (classified by title words,
 * organisation head words and context), collective groups ("human rights defenders") and a
 * country's authorities. Pure: tokens and knowledge in, mentions out.
 */
import type { EntityKind } from '../../schema/enums';
import type { KnownEntity, Knowledge, TitleInfo } from './knowledge';
import type { Token, TokenizedText } from './tokenize';
import { isAllCaps, isCapitalised, isMonthOrDay, isNeverName, isPossessive, isPunct, touches } from './token-tests';

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

const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'de', 'du', 'al', 'el', 'van', 'von', 'bin', 'ibn', '&']);
const NAME_PARTICLES = new Set(['al', 'el', 'de', 'du', 'van', 'von', 'bin', 'ibn', 'ul']);
const EVENT_WORDS = new Set(['revolution', 'massacre', 'protests', 'uprising', 'war', 'summit', 'conference', 'elections', 'election', 'referendum', 'unrest', 'crisis', 'clashes', 'forum', 'games', 'olympics', 'congress']);
const REPORTING_VERBS = new Set(['said', 'says', 'told', 'stated', 'states', 'claimed', 'claims', 'argued', 'argues', 'added', 'noted', 'warned', 'wrote', 'explained', 'insisted', 'believes', 'believed', 'urged', 'stressed', 'asked', 'replied', 'commented', 'announced', 'acknowledged', 'admitted', 'denied', 'emphasised', 'emphasized', 'recalled', 'suggested', 'thinks']);
const GOVERNMENT_NOUNS = new Set(['authorities', 'government', 'regime', 'administration']);
const MAX_TITLE_WORDS = 5;
/** Lower-case nouns that make the capitalised name before them an organisation: "the Ordo party". */
const ORG_NOUNS_AFTER_NAME = new Set(['party', 'movement', 'bloc', 'coalition', 'newspaper', 'foundation', 'agency', 'outlet', 'website', 'portal', 'magazine', 'holding', 'company', 'group', 'initiative', 'network', 'channel']);
const MAX_GROUP_WORDS = 5;

interface ScanContext {
  tokens: Token[];
  texts: string[];
  knowledge: Knowledge;
  sentenceStarts: Set<number>;
  text: string;
}

/** Longest title phrase ending right before `end` (exclusive), or starting at `start`. */
export function matchTitleEndingAt(tokens: readonly Token[], end: number, titles: ReadonlyMap<string, TitleInfo>): { start: number; info: TitleInfo } | undefined {
  for (let n = Math.min(MAX_TITLE_WORDS, end); n >= 1; n--) {
    const first = end - n;
    if (tokens[first]!.sentence !== tokens[end - 1]!.sentence) continue;
    const phrase = tokens.slice(first, end).map((t) => t.lower).join(' ');
    const info = titles.get(phrase);
    if (info) return { start: first, info };
  }
  return undefined;
}

export function matchTitleAt(tokens: readonly Token[], start: number, titles: ReadonlyMap<string, TitleInfo>): { end: number; info: TitleInfo } | undefined {
  for (let n = Math.min(MAX_TITLE_WORDS, tokens.length - start); n >= 1; n--) {
    const slice = tokens.slice(start, start + n);
    if (slice.some((t) => t.sentence !== tokens[start]!.sentence)) continue;
    const info = titles.get(slice.map((t) => t.lower).join(' '));
    if (info) return { end: start + n, info };
  }
  return undefined;
}

/** Parts of speech a name never starts with ("About Sanaly Qogam", "Leading Kazakh expert"). */
const NOT_NAME_START = new Set(['ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'VERB', 'ADV', 'PART', 'INTJ']);

function canStartName(ctx: ScanContext, i: number): boolean {
  const token = ctx.tokens[i]!;
  if (!isCapitalised(token) || isPunct(token) || isMonthOrDay(token) || isNeverName(token)) return false;
  if (NOT_NAME_START.has(token.pos)) return false;
  if (ctx.sentenceStarts.has(i) && token.pos !== 'PROPN' && !isAllCaps(token)) {
    // A capitalised first word is only a name when the next word is capitalised too.
    const next = ctx.tokens[i + 1];
    if (!next || next.sentence !== token.sentence || !isCapitalised(next) || isNeverName(next) || next.pos !== 'PROPN') return false;
    // "Leading Kazakh expert ...": the capitalised word after is a demonym or a known name, not a name's second half.
    return !ctx.knowledge.demonym(next.text) && !ctx.knowledge.matchAt(ctx.texts, i + 1);
  }
  return true;
}

/** Extend a capitalised chunk from `start`: capitalised words, hyphen joins and connectors inside organisation names. */
function chunkEnd(ctx: ScanContext, start: number): number {
  const { tokens, knowledge } = ctx;
  let end = start + 1;
  let orgLike = knowledge.orgHeadWords.has(tokens[start]!.lower);
  while (end < tokens.length) {
    const t = tokens[end]!;
    if (t.sentence !== tokens[start]!.sentence) break;
    if (isCapitalised(t) && !isNeverName(t) && !isMonthOrDay(t)) {
      orgLike ||= knowledge.orgHeadWords.has(t.lower);
      end++;
      continue;
    }
    // "Nur-Sultan", "Jalal-Abad": hyphen between two capitalised words with no spaces.
    const next = tokens[end + 1];
    // "Prosecutor General's Office": a possessive inside an organisation name.
    if (isPossessive(t) && next && next.sentence === t.sentence && isCapitalised(next) && knowledge.orgHeadWords.has(next.lower)) {
      orgLike = true;
      end += 2;
      continue;
    }
    if (t.text === '-' && next && touches(tokens[end - 1]!, t) && touches(t, next) && isCapitalised(next)) {
      end += 2;
      continue;
    }
    if (NAME_PARTICLES.has(t.lower) && next && isCapitalised(next) && next.sentence === t.sentence && !orgLike) {
      end += 2;
      continue;
    }
    // "Kün Media in Bishkek and Osh": a name that already ends in a head word stops before in/on/at/and.
    const endsInHead = knowledge.orgHeadWords.has(tokens[end - 1]!.lower);
    if (CONNECTORS.has(t.lower) && next && next.sentence === t.sentence && !(endsInHead && /^(in|on|at|and|&)$/.test(t.lower))) {
      // Look ahead: connectors join only where the phrase is (or becomes) an organisation name.
      let k = end + 1;
      while (k < tokens.length && tokens[k]!.lower === 'the') k++;
      let j = k;
      let aheadOrg = false;
      while (j < tokens.length && tokens[j]!.sentence === t.sentence && isCapitalised(tokens[j]!) && !isNeverName(tokens[j]!)) {
        aheadOrg ||= knowledge.orgHeadWords.has(tokens[j]!.lower);
        j++;
      }
      // "and" joins only inside a name already known to be an organisation: "Bureau for Human
      // Rights and Rule of Law", never "Tajikistan and Uzbekistan".
      const joinsAnd = t.lower !== 'and' && t.lower !== '&' ? true : orgLike;
      if (j > k && (orgLike || aheadOrg) && joinsAnd) {
        orgLike = true;
        end = j;
        continue;
      }
    }
    break;
  }
  return end;
}

function classifyChunk(ctx: ScanContext, start: number, end: number, hasTitle: boolean): EntityKind | undefined {
  const { tokens, knowledge } = ctx;
  // "Trans-Caspian" is one word: hyphens and the parts they join count once.
  const words = tokens.slice(start, end).filter((w, k, all) => w.text !== '-' && all[k - 1]?.text !== '-');
  const lowers = words.map((w) => w.lower);
  if (words.length === 1 && knowledge.orgHeadWords.has(lowers[0]!)) return undefined;
  if (lowers.some((w) => EVENT_WORDS.has(w)) && words.length > 1) return 'Event';
  if (lowers.some((w) => knowledge.orgHeadWords.has(w))) return 'Organisation';
  const prev = tokens[start - 1];
  const next = tokens[end];
  if (prev && knowledge.placeCueWords.has(prev.lower) && tokens[start - 2]?.lower !== 'the') return 'City';
  if (next && knowledge.placeCueWords.has(next.lower) && next.sentence === words[0]!.sentence) return /^(region|oblast|province|district|valley)$/.test(next.lower) ? 'Region' : 'City';
  if (words.length === 1 && isAllCaps(words[0]!)) return 'Organisation';
  if (hasTitle) return 'Person';
  const followedByReporting = next && next.sentence === words[0]!.sentence && REPORTING_VERBS.has(next.lower);
  const alphabetic = words.every((w) => /^[\p{L}'’.-]+$/u.test(w.text));
  if (!alphabetic) return undefined;
  if (orgNounBefore(ctx, start)) return 'Organisation';
  // "the Middle Corridor", "the Rogun Dam", "the Law on Mass Media": named things, not actors.
  if (THING_WORDS.has(lowers[lowers.length - 1]!)) return undefined;
  if (words.length >= 2 && words.length <= 4) return 'Person';
  if (followedByReporting) return 'Person';
  // "Bekova criticised the vote": a lone proper noun acting as a subject.
  if (words.length === 1 && words[0]!.pos === 'PROPN' && next?.pos === 'VERB' && /ed$/.test(next.lower) && next.sentence === words[0]!.sentence) return 'Person';
  // An apposition right after the name: "Bakyt, a lawyer," / "Omarova, head of ..."
  if (next?.text === ',' && matchTitleAt(tokens, nextWordAfterArticle(tokens, end + 1), knowledge.titles)) return 'Person';
  return undefined;
}

/** Last words of names of things (routes, works, laws) that the graph does not track as actors. */
const THING_WORDS = new Set([
  'route', 'corridor', 'pipeline', 'canal', 'dam', 'road', 'highway', 'railway', 'bridge', 'tunnel', 'reservoir', 'plant', 'station',
  'airport', 'port', 'project', 'treaty', 'agreement', 'accord', 'law', 'act', 'code', 'decree', 'declaration', 'plan', 'programme',
  'program', 'doctrine', 'report', 'index', 'festival', 'prize', 'award', 'cup', 'stadium', 'square', 'street', 'avenue', 'park',
  'river', 'lake', 'sea', 'mountains', 'range', 'desert', 'steppe', 'cathedral', 'mosque', 'palace', 'constitution', 'referendum',
]);

/** Nouns that announce an organisation's name: "the human rights group Sanaly Qogam", "news outlet Fergana News". */
export const ORG_TYPE_NOUNS = new Set(['tank', 'group', 'organisation', 'organization', 'ngo', 'outlet', 'newspaper', 'agency', 'party', 'movement', 'company', 'website', 'channel', 'foundation', 'institute', 'network', 'coalition', 'union', 'platform', 'portal', 'broadcaster', 'watchdog', 'charity', 'firm', 'bank', 'think-tank', 'centre', 'center']);

/** Whether an organisation-type noun stands right before the name, or "of/at/with" after a title does. */
export function orgNounBefore(ctx: Pick<ScanContext, 'tokens' | 'knowledge'>, start: number): boolean {
  const prev = ctx.tokens[start - 1];
  if (!prev) return false;
  if (ORG_TYPE_NOUNS.has(prev.lower)) return true;
  if (/^(of|at|with|for)$/.test(prev.lower) && start >= 2) {
    const match = matchTitleEndingAt(ctx.tokens, start - 1, ctx.knowledge.titles);
    if (match && match.info.relation !== 'occupation') return true;
    if (match && /^(at|with)$/.test(prev.lower)) return true;
  }
  return false;
}

function nextWordAfterArticle(tokens: readonly Token[], i: number): number {
  return tokens[i] && /^(a|an|the)$/.test(tokens[i]!.lower) ? i + 1 : i;
}

function mentionFrom(ctx: ScanContext, start: number, end: number, fields: Omit<RawMention, 'start' | 'end' | 'tokenStart' | 'tokenEnd' | 'sentence' | 'surface'>): RawMention {
  const s = ctx.tokens[start]!.start;
  const e = ctx.tokens[end - 1]!.end;
  return { start: s, end: e, tokenStart: start, tokenEnd: end, sentence: ctx.tokens[start]!.sentence, surface: ctx.text.slice(s, e), ...fields };
}

/**
 * "Adilet Plus" is not "Adilet": a known organisation name followed at once by more capitalised
 * words that are neither a title nor another known name is a longer name of its own.
 */
function longerUnknownName(ctx: ScanContext, i: number, knownLength: number): number | undefined {
  const { tokens, knowledge } = ctx;
  const next = tokens[i + knownLength];
  if (!next || next.sentence !== tokens[i]!.sentence || !isCapitalised(next) || isNeverName(next) || isMonthOrDay(next)) return undefined;
  if (next.pos !== 'PROPN' && next.pos !== 'NOUN') return undefined;
  if (knowledge.matchAt(ctx.texts, i + knownLength) || matchTitleAt(tokens, i + knownLength, knowledge.titles) || knowledge.demonym(next.text)) return undefined;
  let end = i + knownLength;
  while (end < tokens.length && tokens[end]!.sentence === next.sentence && isCapitalised(tokens[end]!) && !isNeverName(tokens[end]!) && !knowledge.matchAt(ctx.texts, end)) end++;
  return end;
}

/** Whether the capitalised chunk starting at `i` is an organisation name that merely starts with a place or demonym. */
function orgChunkAhead(ctx: ScanContext, i: number, knownLength: number): number | undefined {
  const end = chunkEnd(ctx, i);
  if (end <= i + knownLength) return undefined;
  const tail = ctx.tokens.slice(i + knownLength, end);
  return tail.some((t) => ctx.knowledge.orgHeadWords.has(t.lower)) ? end : undefined;
}

/**
 * Scan names: gazetteer matches, demonyms and unknown capitalised chunks.
 * @example findNameMentions(tokenized, text, knowledge) // [{ surface: 'Ivar Dale', kind: 'Person', ... }]
 */
export function findNameMentions(tokenized: TokenizedText, text: string, knowledge: Knowledge): RawMention[] {
  const { tokens, sentences } = tokenized;
  const ctx: ScanContext = { tokens, texts: tokens.map((t) => t.text), knowledge, sentenceStarts: new Set(sentences.map((s) => s.tokenStart)), text };
  // Quotation marks and brackets open a fresh "sentence start" for capitalisation purposes.
  tokens.forEach((t, i) => {
    if (/^[“"‘(«\[–—:]$/.test(t.text) && tokens[i + 1]) ctx.sentenceStarts.add(i + 1);
  });
  const mentions: RawMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (isPunct(token)) {
      i++;
      continue;
    }
    const known = knowledge.matchAt(ctx.texts, i);
    if (known && !(ctx.sentenceStarts.has(i) && known.length === 1 && !isCapitalised(token))) {
      const longer = known.entity.kind === 'Organisation' ? longerUnknownName(ctx, i, known.length) : undefined;
      if (longer !== undefined) {
        mentions.push(mentionFrom(ctx, i, longer, { kind: 'Organisation', via: 'name' }));
        i = longer;
        continue;
      }
      // "the think tank Qazaq Strategy": after an organisation noun, a known place or demonym starts a longer name.
      const afterOrgNoun = known.entity.kind !== 'Organisation' && known.entity.kind !== 'Person' && orgNounBefore(ctx, i) ? chunkEnd(ctx, i) : undefined;
      const orgEnd =
        afterOrgNoun !== undefined && afterOrgNoun > i + known.length
          ? afterOrgNoun
          : known.entity.kind === 'Organisation' || known.entity.kind === 'Person'
            ? undefined
            : orgChunkAhead(ctx, i, known.length);
      if (orgEnd === undefined) {
        const title = titleBefore(ctx, i);
        const via: MentionVia = known.demonym
          ? 'demonym'
          : isAllCaps(tokens[i]!) && known.length === 1
            ? 'acronym'
            : known.entity.label === ctx.text.slice(token.start, tokens[i + known.length - 1]!.end)
              ? 'name'
              : 'alias';
        mentions.push(mentionFrom(ctx, i, i + known.length, { kind: known.entity.kind, via, known: known.entity, ...(title ? { title } : {}) }));
        i += known.length;
        continue;
      }
      mentions.push(mentionFrom(ctx, i, orgEnd, { kind: 'Organisation', via: 'name' }));
      i = orgEnd;
      continue;
    }
    if (isCapitalised(token)) {
      const place = knowledge.demonym(token.text);
      if (place) {
        // "the think tank Qazaq Strategy": after an organisation noun a demonym starts a name.
        const named = orgNounBefore(ctx, i) && tokens[i + 1] && isCapitalised(tokens[i + 1]!) ? chunkEnd(ctx, i) : undefined;
        const orgEnd = named !== undefined && named > i + 1 ? named : orgChunkAhead(ctx, i, 1);
        if (orgEnd !== undefined) {
          mentions.push(mentionFrom(ctx, i, orgEnd, { kind: 'Organisation', via: 'name' }));
          i = orgEnd;
        } else {
          mentions.push(mentionFrom(ctx, i, i + 1, { kind: place.kind, via: 'demonym', known: place }));
          i++;
        }
        continue;
      }
    }
    // Titles written before a name are not part of it: "President Tokayev", "Senior Policy Adviser".
    const titleHere = isCapitalised(token) ? matchTitleAt(tokens, i, knowledge.titles) : undefined;
    if (titleHere && titleHere.end > i && titleHere.end < tokens.length && canStartName(ctx, titleHere.end) && !knowledge.orgHeadWords.has(tokens[titleHere.end - 1]!.lower)) {
      i = titleHere.end;
      continue;
    }
    if (canStartName(ctx, i)) {
      // "Prosecutor Farrukh Alimov": a title opening the chunk is not part of the name.
      const lead = matchTitleAt(tokens, i, knowledge.titles);
      const full = chunkEnd(ctx, i);
      const rest = lead ? tokens.slice(lead.end, full) : [];
      if (lead && lead.end < full && canStartName(ctx, lead.end) && !rest.some((t) => knowledge.orgHeadWords.has(t.lower))) {
        i = lead.end;
        continue;
      }
      const end = chunkEnd(ctx, i);
      const chunk = tokens.slice(i, end).map((t) => t.lower).join(' ');
      // A role written alone ("Senior Policy Adviser at ..."), a group noun ("NGO staff") or a
      // shouted heading ("PRESS RELEASE") is not a name.
      const shouted = end - i > 1 && tokens.slice(i, end).every((t) => isAllCaps(t));
      if (shouted || knowledge.titles.has(chunk) || knowledge.groupNouns.has(chunk) || knowledge.groupNouns.has(`${chunk}s`)) {
        i = end;
        continue;
      }
      const title = titleBefore(ctx, i);
      const follower = tokens[end];
      if (follower && follower.sentence === token.sentence && ORG_NOUNS_AFTER_NAME.has(follower.lower) && !knowledge.demonym(tokens[end - 1]!.text)) {
        mentions.push(mentionFrom(ctx, i, end + 1, { kind: 'Organisation', via: 'name' }));
        i = end + 1;
        continue;
      }
      const kind = classifyChunk(ctx, i, end, Boolean(title) || (i > 0 && knowledge.honorifics.has(tokens[i - 1]!.lower.replace(/\.$/, ''))));
      if (kind) {
        // A lone possessive or trailing connector never belongs to the name.
        let last = end;
        while (last > i + 1 && (CONNECTORS.has(tokens[last - 1]!.lower) || isPossessive(tokens[last - 1]!))) last--;
        mentions.push(mentionFrom(ctx, i, last, { kind, via: 'name', ...(title ? { title } : {}) }));
      }
      i = end;
      continue;
    }
    i++;
  }
  return mentions;
}

function titleBefore(ctx: ScanContext, i: number): RawMention['title'] | undefined {
  let end = i;
  if (end > 0 && ctx.knowledge.honorifics.has(ctx.tokens[end - 1]!.lower.replace(/\.$/, ''))) end--;
  if (end === 0) return undefined;
  const match = matchTitleEndingAt(ctx.tokens, end, ctx.knowledge.titles);
  if (!match) return undefined;
  const s = ctx.tokens[match.start]!.start;
  return { text: ctx.text.slice(s, ctx.tokens[end - 1]!.end), info: match.info, tokenStart: match.start };
}

/** Token indexes already covered by a mention. */
function coveredTokens(mentions: readonly RawMention[]): Set<number> {
  const covered = new Set<number>();
  for (const m of mentions) for (let t = m.tokenStart; t < m.tokenEnd; t++) covered.add(t);
  return covered;
}

/** The country a group or government noun is tied to: "Kyrgyz journalists", "civil society in Kyrgyzstan", "Kazakhstan's authorities". */
function countryQualifier(tokens: readonly Token[], start: number, end: number, byToken: Map<number, RawMention>): RawMention | undefined {
  const before = byToken.get(start - 1);
  if (before && before.kind === 'Country' && (before.via === 'demonym' || isPossessive(tokens[start - 1]!))) return before;
  if (start >= 2 && isPossessive(tokens[start - 1]!)) {
    const owner = byToken.get(start - 2);
    if (owner?.kind === 'Country') return owner;
  }
  const prep = tokens[end];
  if (prep && (prep.lower === 'in' || prep.lower === 'of') && prep.sentence === tokens[start]!.sentence) {
    const after = byToken.get(end + 1) ?? (tokens[end + 1]?.lower === 'the' ? byToken.get(end + 2) : undefined);
    if (after?.kind === 'Country') return after;
  }
  return undefined;
}

const EVENT_NOUNS = new Set(['protests', 'unrest', 'events', 'riots', 'clashes', 'uprising', 'demonstrations', 'massacre', 'crackdown', 'elections', 'referendum', 'revolution', 'crisis']);

/**
 * Collective groups from the lexicon, a country's authorities, and events named by a month
 * ("the January protests in Kazakhstan"). Runs after names so that it can see which country
 * qualifies a group.
 */
export function findGroupMentions(tokenized: TokenizedText, text: string, knowledge: Knowledge, names: readonly RawMention[], focusCountry: KnownEntity | undefined): RawMention[] {
  const { tokens } = tokenized;
  const covered = coveredTokens(names);
  const byToken = new Map<number, RawMention>();
  for (const m of names) for (let t = m.tokenStart; t < m.tokenEnd; t++) byToken.set(t, m);
  const found: RawMention[] = [];
  const texts = tokens.map((t) => t.text);
  const ctx = { tokens, text } as ScanContext;
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i)) continue;
    // "the Interior Ministry", "parliament": a generic state body is the one of the country in focus
    // (or of the country named right before it: "the Kyrgyz parliament").
    const demonymBefore = byToken.get(i - 1);
    const bodyCountry = demonymBefore?.kind === 'Country' && demonymBefore.via === 'demonym' ? demonymBefore.known : focusCountry;
    const national = bodyCountry ? knowledge.nationalAt(texts, i, bodyCountry.id) : undefined;
    if (national && ![...Array(national.length).keys()].some((k) => covered.has(i + k))) {
      found.push(mentionFrom(ctx, i, i + national.length, { kind: national.entity.kind, via: 'authorities', known: national.entity }));
      i += national.length - 1;
      continue;
    }
    const event = monthEventAt(ctx, i, byToken);
    if (event) {
      found.push(event);
      i = event.tokenEnd - 1;
      continue;
    }
    let matched = false;
    for (let n = Math.min(MAX_GROUP_WORDS, tokens.length - i); n >= 1 && !matched; n--) {
      if (covered.has(i + n - 1) || tokens[i + n - 1]!.sentence !== tokens[i]!.sentence) continue;
      const phrase = tokens.slice(i, i + n).map((t) => t.lower).join(' ');
      const label = knowledge.groupNouns.get(phrase);
      if (!label) continue;
      // "media freedom", "police reports": the group noun only modifies the noun after it.
      const after = tokens[i + n];
      if (after && after.sentence === tokens[i]!.sentence && after.pos === 'NOUN' && !/s$/.test(phrase) && !knowledge.groupNouns.has(after.lower)) continue;
      if (scareQuoted(tokens, i, i + n)) continue;
      const qualifier = countryQualifier(tokens, i, i + n, byToken);
      // "civil society in that country": the country named last.
      const thatCountry = !qualifier && /^in$/.test(tokens[i + n]?.lower ?? '') && /^(that|this|the)$/.test(tokens[i + n + 1]?.lower ?? '') && tokens[i + n + 2]?.lower === 'country'
        ? [...names].reverse().find((m) => m.kind === 'Country' && m.known && m.tokenEnd <= i && tokens[m.tokenStart]!.sentence >= tokens[i]!.sentence - 1)
        : undefined;
      const country = qualifier?.known ?? thatCountry?.known;
      const placeAfter = Boolean(qualifier && qualifier.tokenStart > i) || Boolean(thatCountry);
      const demonym = Boolean(qualifier && !placeAfter && qualifier.via === 'demonym');
      const start = demonym ? qualifier!.tokenStart : i;
      const end = thatCountry ? i + n + 3 : placeAfter ? qualifier!.tokenEnd : i + n;
      const surface = text.slice(tokens[start]!.start, tokens[end - 1]!.end).replace(/\s+/g, ' ');
      found.push(
        mentionFrom(ctx, start, end, {
          kind: 'Group',
          via: 'group-noun',
          base: label,
          label: !country ? label : demonym ? surface : `${label} in ${country.label}`,
          ...(country ? { country: country.id, qualifier: demonym ? ('demonym' as const) : ('place' as const) } : {}),
        }),
      );
      i = end - 1;
      matched = true;
    }
    if (matched) continue;
    const token = tokens[i]!;
    if (GOVERNMENT_NOUNS.has(token.lower)) {
      const qualifier = countryQualifier(tokens, i, i + 1, byToken);
      const definite = tokens[i - 1]?.lower === 'the' || (tokens[i - 1]?.pos === 'ADJ' && tokens[i - 2]?.lower === 'the');
      const country = qualifier?.known ?? (token.lower === 'authorities' || definite ? focusCountry : undefined);
      const government = country ? knowledge.governmentOf(country.id) : undefined;
      if (government) found.push(mentionFrom(ctx, i, i + 1, { kind: 'Organisation', via: 'authorities', known: government }));
    }
  }
  return mergeUnqualifiedGroups(found);
}

/** A word in scare quotes is a term being discussed, not a group acting: “international terrorists”. */
function scareQuoted(tokens: readonly Token[], start: number, end: number): boolean {
  const close = tokens[end];
  if (!close || !/^[”"’»]$/.test(close.text)) return false;
  for (let k = start - 1; k >= Math.max(0, start - 3); k--) {
    if (/^[“"‘«]$/.test(tokens[k]!.text)) return true;
    if (tokens[k]!.pos === 'PUNCT') return false;
  }
  return false;
}

/** "January protests", "the March 2022 unrest in Karakalpakstan": an event named by its month. */
function monthEventAt(ctx: ScanContext, i: number, byToken: Map<number, RawMention>): RawMention | undefined {
  const { tokens, text } = ctx;
  if (!isMonthOrDay(tokens[i]!) || !isCapitalised(tokens[i]!)) return undefined;
  let k = i + 1;
  if (tokens[k] && /^\d{4}$/.test(tokens[k]!.text)) k++;
  const noun = tokens[k];
  if (!noun || !EVENT_NOUNS.has(noun.lower) || noun.sentence !== tokens[i]!.sentence) return undefined;
  const qualifier = countryQualifier(tokens, i, k + 1, byToken);
  const place = qualifier && qualifier.tokenStart > i ? qualifier : undefined;
  const end = place ? place.tokenEnd : k + 1;
  const name = text.slice(tokens[i]!.start, noun.end).replace(/\s+/g, ' ');
  return mentionFrom(ctx, i, end, {
    kind: 'Event',
    via: 'name',
    label: place?.known ? `${name} in ${place.known.label}` : name,
    ...(place?.known ? { country: place.known.id, qualifier: 'place' as const } : {}),
  });
}

/**
 * Within one document, "journalists" and "journalists in Kazakhstan" are the same group when
 * that is the only qualified form: the bare mentions take the qualified label.
 */
function mergeUnqualifiedGroups(mentions: RawMention[]): RawMention[] {
  const qualified = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.kind !== 'Group' || !m.base || !m.country) continue;
    const set = qualified.get(m.base) ?? new Set<string>();
    set.add(m.label!);
    qualified.set(m.base, set);
  }
  return mentions.map((m) => {
    if (m.kind !== 'Group' || !m.base || m.country) return m;
    const labels = qualified.get(m.base);
    return labels && labels.size === 1 ? { ...m, label: [...labels][0]! } : m;
  });
}
