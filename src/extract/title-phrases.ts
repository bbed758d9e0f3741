/**
 * Where a run of capitalised words holds a post and its holder's name together: "Under
 * Secretary for Political Affairs Nicholas Burns", "Chairman of the State Committee for National
 * Security Kamchybek Tashiev", "Helsinki Commission Chairman Senator Sam Brownback", "National
 * Security Council Mr. Eric Green". Capitals alone would read each as one long name; this pass
 * finds, before any name is cut, where the holder's name begins (no chunk may run across it),
 * which words are the post rather than a name, and the post as its holder's title. Pure.
 */
import type { TitleInfo } from './knowledge';
import { nameCueWords } from './name-cue-lists';
import { isLexiconWord } from './nlp';
import type { ScanContext } from './raw-mention';
import { matchTitleAt, matchTitleEndingAt } from './title-match';
import { isAllCaps, isCapitalised, isMonthOrDay, isNeverName, isPunct, touches } from './token-tests';

export interface TitlePhrases {
  /** Token indexes where a name starts that no chunk before it may run into. */
  stops: Set<number>;
  /** Tokens of a post written out before its holder ("Under Secretary for Political Affairs"): part of no name. */
  postWords: Set<number>;
  /** The post written before the holder's name, by the index of the name's first token. */
  titles: Map<number, { tokenStart: number; tokenEnd: number; info: TitleInfo }>;
}

/** Words that join the capitalised words of one run: "Minister of Labour and Social Protection". */
const RUN_GLUE = new Set(['of', 'for', 'on', 'to', 'in', 'the', 'and', '&']);
/** Prepositions after a post that open what the post is over: "Secretary for ...", "Ambassador to ...", "Resident Coordinator in ...". */
const POST_PREPOSITIONS = new Set(['of', 'for', 'on', 'to', 'in']);
/** "Acting Assistant Secretary", "Former Minister": words that qualify a post and open it. */
const ROLE_MODIFIERS = nameCueWords('role-modifiers');
/** "H.E.": an honorific whose dots are part of it. */
const DOTTED_HONORIFICS = nameCueWords('dotted-honorifics');

/** A single capital and a dot: the middle initial of "Antony J. Blinken". */
function isInitial(ctx: ScanContext, k: number): boolean {
  return /^\p{Lu}\.$/u.test(ctx.tokens[k]?.text ?? '');
}

/** Whether the token at `k` can be a word of a personal name: capitalised letters, no head word, title or known place. */
function isNameWord(ctx: ScanContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || !isCapitalised(t) || isPunct(t) || isNeverName(t) || isMonthOrDay(t)) return false;
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(t.text) || (isAllCaps(t) && t.text.length > 1)) return false;
  const { knowledge } = ctx;
  if (
    knowledge.orgHeadWords.has(t.lower) ||
    knowledge.titles.has(t.lower) ||
    knowledge.honorifics.has(t.lower.replace(/\.$/, '')) ||
    DOTTED_HONORIFICS.has(t.lower) ||
    knowledge.demonym(t.text)
  )
    return false;
  const known = knowledge.matchAt(ctx.texts, k);
  return !known || known.entity.kind === 'Person';
}

/** Whether the token at `k` is an honorific ("Mr.", "Dr") before a capitalised word. */
function isHonorificAt(ctx: ScanContext, k: number): boolean {
  const t = ctx.tokens[k];
  return t !== undefined && isCapitalised(t) && (ctx.knowledge.honorifics.has(t.lower.replace(/\.$/, '')) || DOTTED_HONORIFICS.has(t.lower));
}

/** Where the capitalised run from `a` ends: capitalised words, initials, touching hyphens, and glue words between them. */
function runEnd(ctx: ScanContext, a: number): number {
  const { tokens } = ctx;
  const sentence = tokens[a]!.sentence;
  let e = a + 1;
  while (e < tokens.length && tokens[e]!.sentence === sentence) {
    const t = tokens[e]!;
    // "... Dean Thompson on Friday": a day or a month closes the run.
    if (isMonthOrDay(t)) break;
    if (isCapitalised(t) && !isPunct(t)) {
      e++;
      continue;
    }
    if (t.text === '-' && touches(tokens[e - 1]!, t) && tokens[e + 1] && touches(t, tokens[e + 1]!)) {
      e += 2;
      continue;
    }
    // "Head of the UN Regional Centre for Central Asia (UNRCCA) Natalia Gherman": an acronym in brackets stays inside the run.
    if (t.text === '(' && isAllCaps(tokens[e + 1] ?? t) && tokens[e + 2]?.text === ')' && tokens[e + 3] && tokens[e + 3]!.sentence === sentence && isCapitalised(tokens[e + 3]!)) {
      e += 3;
      continue;
    }
    // "for Democracy, Human Rights and Labor": a comma joins the items of a list that ends in "and".
    if (t.text === ',' && listGoesOn(ctx, e)) {
      e++;
      continue;
    }
    // Glue joins only when a capitalised word follows it (after more glue).
    let k = e;
    while (k < tokens.length && tokens[k]!.sentence === sentence && RUN_GLUE.has(tokens[k]!.lower)) k++;
    const capitalAt = (j: number) => j < tokens.length && tokens[j]!.sentence === sentence && isCapitalised(tokens[j]!) && !isPunct(tokens[j]!) && !isMonthOrDay(tokens[j]!);
    // "in" joins a post's place to the name after it ("Resident Coordinator in Turkmenistan Lenni
    // Montiel"), never a name to where it was ("Jenca in Ashgabat").
    if (k > e && capitalAt(k) && (tokens[k - 1]!.lower !== 'in' || capitalAt(k + 1))) {
      e = k;
      continue;
    }
    break;
  }
  return e;
}

/** Whether the comma at `k` is followed by capitalised words and, after more such items, by "and" or "&" and a capitalised word. */
function listGoesOn(ctx: ScanContext, k: number): boolean {
  const { tokens } = ctx;
  const sentence = tokens[k]!.sentence;
  let j = k + 1;
  while (j < tokens.length && tokens[j]!.sentence === sentence) {
    if (!isCapitalised(tokens[j]!) || isPunct(tokens[j]!)) return false;
    while (j < tokens.length && tokens[j]!.sentence === sentence && isCapitalised(tokens[j]!) && !isPunct(tokens[j]!)) j++;
    const next = tokens[j];
    if (!next || next.sentence !== sentence) return false;
    if (/^(and|&)$/.test(next.lower)) return isCapitalised(tokens[j + 1] ?? next) && tokens[j + 1]?.sentence === sentence;
    if (next.text !== ',') return false;
    j++;
  }
  return false;
}

/**
 * Where a personal name closing the run [d, e) starts, when the words before it are a post's
 * scope or a body: a person the gazetteer knows, else the last three name words when the first of
 * them is no English word ("Antony J. Blinken"), else the last two when one of them is none
 * ("Dean Thompson", "Nicholas Burns"). English words alone ("Human Rights", "National Security")
 * are a scope, not a name. Undefined when no such name closes the run.
 */
function closingName(ctx: ScanContext, d: number, e: number): number | undefined {
  for (let p = d + 1; p < e; p++) {
    const known = ctx.knowledge.matchAt(ctx.texts, p);
    if (known && known.entity.kind === 'Person' && p + known.length === e && !known.demonym) return p;
  }
  const starts: { at: number; words: number }[] = [];
  let words = 0;
  for (let q = e - 1; q > d; q--) {
    if (isInitial(ctx, q)) continue;
    if (!isNameWord(ctx, q)) break;
    words++;
    starts.push({ at: q, words });
    if (words === 3) break;
  }
  const foreign = (k: number) => !isInitial(ctx, k) && !isLexiconWord(ctx.tokens[k]!.text);
  const three = starts.find((s) => s.words === 3);
  // "... and Trade of Malta Ian Borg": a word right after a preposition is the scope's, not a given name.
  if (three && foreign(three.at) && !POST_PREPOSITIONS.has(ctx.tokens[three.at - 1]!.lower)) return three.at;
  const two = starts.find((s) => s.words === 2);
  if (two && [two.at, ...range(two.at + 1, e)].some(foreign)) return two.at;
  return undefined;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}

/** Whether tokens [from, to) hold a body: an organisation head word, an acronym or a known organisation. */
function holdsBody(ctx: ScanContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k]!;
    if (ctx.knowledge.orgHeadWords.has(t.lower) || (isAllCaps(t) && /^\p{Lu}{2,}$/u.test(t.text))) return true;
    const known = ctx.knowledge.matchAt(ctx.texts, k);
    if (known && known.entity.kind === 'Organisation' && !known.demonym) return true;
  }
  return false;
}

/**
 * Whether the scope [from, to) of a post names a body: a head word, an acronym or a known
 * organisation, or a word English does not have before any preposition inside the scope
 * ("editor of Protenge.kz", "Director of Kloop", not "Minister for Trade of Malta");
 * "Political Affairs", "Human Rights and Labor" and known places are what a post is over.
 */
function namesBody(ctx: ScanContext, from: number, to: number): boolean {
  if (holdsBody(ctx, from, to)) return true;
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k]!;
    // "... and Trade of Malta": past a preposition inside the scope comes a place, not a body.
    if (k > from && POST_PREPOSITIONS.has(t.lower)) return false;
    if (!isCapitalised(t) || isPunct(t) || ctx.knowledge.demonym(t.text)) continue;
    const known = ctx.knowledge.matchAt(ctx.texts, k);
    if (known) {
      k += known.length - 1;
      continue;
    }
    if (!isLexiconWord(t.text)) return true;
  }
  return false;
}

/** How many name words (initials aside) follow from `k`, up to four. */
function nameWordsAt(ctx: ScanContext, k: number): number {
  let n = 0;
  while (n < 4 && (isNameWord(ctx, k) || (n > 0 && isInitial(ctx, k)))) {
    if (!isInitial(ctx, k)) n++;
    k++;
  }
  return n;
}

/**
 * The post, its scope and where its holder's name starts, in every run of capitalised words.
 * @example titlePhrases(ctx) // for "Under Secretary for Political Affairs Nicholas Burns met ...":
 *   stops {Nicholas}, postWords {Under .. Affairs}, titles Nicholas -> "Under Secretary for Political Affairs"
 */
export function titlePhrases(ctx: ScanContext): TitlePhrases {
  const { tokens, knowledge } = ctx;
  const out: TitlePhrases = { stops: new Set(), postWords: new Set(), titles: new Map() };
  let a = 0;
  while (a < tokens.length) {
    if (!isCapitalised(tokens[a]!) || isPunct(tokens[a]!)) {
      a++;
      continue;
    }
    const e = runEnd(ctx, a);
    readRun(ctx, a, e, out);
    a = e;
  }
  return out;

  function readRun(ctx: ScanContext, a: number, e: number, found: TitlePhrases): void {
    // "Helsinki Commission Chairman Senator Sam Brownback", "... Council Mr. Eric Green": a body,
    // then posts or an honorific, then a name: the body ends before the post.
    for (let q = a + 1; q < e; q++) {
      if (RUN_GLUE.has(tokens[q - 1]!.lower) || tokens[q - 1]!.text === '-' || !holdsBody(ctx, a, q)) continue;
      // "Prosecutor-General", "Deputy Prosecutor General": inside a post there is no body to end.
      if (insideTitle(a, q)) continue;
      let r = q;
      if (isHonorificAt(ctx, q)) r = q + 1;
      else for (let title = matchTitleAt(tokens, r, knowledge.titles); title && title.end <= e; title = matchTitleAt(tokens, r, knowledge.titles)) r = title.end;
      if (r > q && nameWordsAt(ctx, r) >= 1) found.stops.add(q);
    }
    readPosts(a, e, found);
  }

  /**
   * "Under Secretary for Political Affairs Nicholas Burns", "the director of the Bureau for
   * Human Rights Roza Akylbekova": a post, a preposition, its scope or body, then the holder.
   * The post nearest the name is the holder's ("Ambassador to Uzbekistan X and Deputy Assistant
   * Secretary for Central Asia Y"); what comes before it is read again as a run of its own.
   */
  function readPosts(a: number, e: number, found: TitlePhrases): void {
    const before = postBefore(a);
    const posts = [...(before ? [before] : []), ...postsInside(a, e)];
    for (let n = posts.length - 1; n >= 0; n--) {
      const post = posts[n]!;
      const close = scopeEnd(post.scope, e);
      const p = closingName(ctx, post.scope, close);
      if (p === undefined) continue;
      holderAfter(post, a, p, found);
      // "... Political Affairs Miroslav Jenca and Special Representative ...": the rest of the run after this holder.
      if (close < e) readPosts(close + 1, e, found);
      // What comes before the post ("... Pamela Spratlen and"), without its trailing glue.
      let end = Math.max(a, post.start);
      while (end > a && (RUN_GLUE.has(tokens[end - 1]!.lower) || tokens[end - 1]!.text === ',')) end--;
      if (end - a >= 3) readPosts(a, end, found);
      return;
    }
    const first = posts[0];
    // "the Assistant Secretary for European and Eurasian Affairs said": a scope that names no
    // body is the post's, with or without a holder after it.
    if (first && first.start >= a && !namesBody(ctx, first.scope, e)) for (let k = first.start; k < e; k++) found.postWords.add(k);
    else if (first && first.start >= a) remitAfterBody(first.scope, e, found);
  }

  /**
   * "High Representative of the European Union for Foreign Affairs and Security Policy": after the
   * body a post belongs to, "for" or "on" and words that name no body are the post's remit, no name.
   */
  function remitAfterBody(scope: number, e: number, found: TitlePhrases): void {
    for (let k = scope + 1; k < e - 1; k++) {
      if (!/^(?:for|on)$/u.test(tokens[k]!.lower)) continue;
      if (!holdsBody(ctx, scope, k) || namesBody(ctx, k + 1, e)) return;
      for (let j = k; j < e; j++) found.postWords.add(j);
      return;
    }
  }

  /** Where the scope from `scope` ends: before "and", "&", a comma or a bracket that a post follows, else at `e`. */
  function scopeEnd(scope: number, e: number): number {
    for (let k = scope + 1; k < e - 1; k++) {
      const t = tokens[k]!;
      if ((/^(and|&|,)$/.test(t.lower) && matchTitleAt(tokens, k + 1, knowledge.titles)) || t.text === '(') return k;
    }
    return e;
  }

  function holderAfter(post: { start: number; scope: number; info: TitleInfo }, a: number, p: number, found: TitlePhrases): void {
    found.stops.add(p);
    if (post.start > a) found.stops.add(post.start);
    if (namesBody(ctx, post.scope, p)) {
      // The body is a name of its own: the post stops before it, and is the holder's title.
      found.stops.add(post.scope);
      for (let k = Math.max(post.start, a); k < post.scope; k++) found.postWords.add(k);
      let end = post.scope;
      while (end > post.start + 1 && RUN_GLUE.has(tokens[end - 1]!.lower)) end--;
      found.titles.set(p, { tokenStart: post.start, tokenEnd: end, info: post.info });
      return;
    }
    for (let k = Math.max(post.start, a); k < p; k++) found.postWords.add(k);
    found.titles.set(p, { tokenStart: post.start, tokenEnd: p, info: post.info });
  }

  /** Whether a title that starts in [a, q) runs past `q`. */
  function insideTitle(a: number, q: number): boolean {
    for (let k = a; k < q; k++) if ((matchTitleAt(tokens, k, knowledge.titles)?.end ?? 0) > q) return true;
    return false;
  }

  /** A post right before the run: "the director of the Bureau ...", "ambassador to the OSCE ...". */
  function postBefore(a: number): { start: number; scope: number; info: TitleInfo } | undefined {
    let k = a;
    if (tokens[k - 1]?.lower === 'the') k--;
    const sentence = tokens[a]!.sentence;
    if (k < 1 || tokens[k - 1]!.sentence !== sentence) return undefined;
    const title = POST_PREPOSITIONS.has(tokens[k - 1]!.lower)
      ? (matchTitleEndingAt(tokens, k - 1, knowledge.titles) ?? matchTitleEndingAt(tokens, k, knowledge.titles))
      : undefined;
    if (!title || tokens[title.start]!.sentence !== sentence) return undefined;
    return { start: modifiersBefore(title.start), scope: a, info: title.info };
  }

  /** The posts inside the run followed by a preposition, in text order: "Assistant Secretary of State for ...". */
  function postsInside(a: number, e: number): { start: number; scope: number; info: TitleInfo }[] {
    const out: { start: number; scope: number; info: TitleInfo }[] = [];
    for (let t = a; t < e - 2; t++) {
      const title = matchTitleAt(tokens, t, knowledge.titles);
      if (!title || title.end >= e) continue;
      let scope = tokens[title.end - 1]!.lower === 'of' ? title.end : POST_PREPOSITIONS.has(tokens[title.end]!.lower) ? title.end + 1 : -1;
      if (scope < 0) continue;
      if (tokens[scope]?.lower === 'the') scope++;
      if (scope >= e - 1) break;
      out.push({ start: modifiersBefore(t), scope, info: title.info });
      t = scope - 1;
    }
    return out;
  }

  function modifiersBefore(start: number): number {
    while (start > 0 && ROLE_MODIFIERS.has(tokens[start - 1]!.lower) && tokens[start - 1]!.sentence === tokens[start]!.sentence) start--;
    return start;
  }
}
