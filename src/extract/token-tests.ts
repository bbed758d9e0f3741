/** Small predicates over tokens, shared by the pattern passes. */
import type { Token } from './tokenize';

const MONTHS_AND_DAYS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  // "Ashgabat, Sept. 29": abbreviations with their full stop ("Jan" without one is a given name).
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'aug.',
  'sep.',
  'sept.',
  'sept',
  'oct.',
  'nov.',
  'dec.',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/** Capitalised words that start sentences or headings but never names on their own. */
const NEVER_NAMES = new Set([
  // "Robert O. Blake, Jr.": a generational suffix belongs to the name before it and names no one.
  'jr.',
  'jr',
  'sr.',
  'sr',
  'i',
  'we',
  'you',
  'he',
  'she',
  'it',
  'they',
  'this',
  'that',
  'these',
  'those',
  'there',
  'here',
  'what',
  'who',
  'how',
  'why',
  'where',
  'when',
  'which',
  'yes',
  'no',
  'not',
  'but',
  'and',
  'or',
  'if',
  'so',
  'also',
  'again',
  'only',
  'everyone',
  'some',
  'many',
  'most',
  'all',
  'both',
  'each',
  'several',
  'a',
  'an',
  'the',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'photo',
  'source',
  'update',
  'editor',
  'note',
  'read',
  'share',
  'q',
  'a.',
]);

export function isCapitalised(token: Token): boolean {
  // Called for most tokens by every pass: an ASCII first character is decided without a regex
  // (A-Z is an upper-case letter, any other ASCII character is none).
  const first = token.text.charCodeAt(0);
  if (first < 128) return first >= 65 && first <= 90;
  return /^\p{Lu}/u.test(token.text) && /\p{L}/u.test(token.text);
}

export function isAllCaps(token: Token): boolean {
  return /^[\p{Lu}\d&.-]{2,}s?$/u.test(token.text) && /\p{Lu}{2}/u.test(token.text);
}

export function isPunct(token: Token): boolean {
  return token.pos === 'PUNCT' || token.pos === 'SYM' || !/[\p{L}\p{N}]/u.test(token.text);
}

export function isMonthOrDay(token: Token): boolean {
  return MONTHS_AND_DAYS.has(token.lower);
}

const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/**
 * "Jan 5", "Sept. 12": a month's abbreviation before a day of the month, as wire datelines write
 * it. Alone, "Jan" is as often a given name ("Jan Kubis"), so the number decides.
 */
export function isAbbreviatedDate(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || !MONTH_ABBREVIATIONS.has(token.lower.replace(/\.$/u, ''))) return false;
  const next = tokens[i + 1]?.text === '.' ? tokens[i + 2] : tokens[i + 1];
  return next !== undefined && /^\d{1,2}$/u.test(next.text) && Number(next.text) <= 31;
}

export function isNeverName(token: Token): boolean {
  return NEVER_NAMES.has(token.lower);
}

/** True when there is no white space between two tokens ("Moscow" "-" "based"). */
export function touches(a: Token, b: Token): boolean {
  return a.end === b.start;
}

export function isPossessive(token: Token): boolean {
  return token.lower === "'s" || token.lower === '’s' || token.lower === "'" || token.lower === '’';
}
