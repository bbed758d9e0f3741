/**
 * How surface text is turned into comparable pieces for gazetteer lookups. Names in the gazetteer
 * and tokens in a document go through the same functions, so "Nur-Sultan", "Nur Sultan" and
 * "NUR-SULTAN", "Tokayev’s" and "Tokayev", "U.S." and "US" meet on the same keys.
 */

/** One comparable word of a name: `key` is case-folded, `exact` keeps the case for acronyms. */
export interface Piece {
  readonly key: string;
  readonly exact: string;
  /** Starts with a capital letter or a digit. */
  readonly capitalised: boolean;
}

/** A token normalised for the trie walk. */
export interface TokenPieces {
  readonly pieces: readonly Piece[];
  /** The same token without a web-domain ending ("CABAR.asia" -> "CABAR"), when it has one. */
  readonly withoutDomain?: readonly Piece[];
  /** Joining punctuation ("-", "/", "&", "’s") that may sit inside a name without breaking it. */
  readonly joiner: boolean;
  /** Ends with clause punctuation (";", ")", ...), so a name cannot continue past it. */
  readonly closesName: boolean;
  /** A compound suffix cut off the token ("Moscow-based" -> "based"); the name ends with this token. */
  readonly suffix?: string;
}

/** Compound suffixes that turn a name into an adjective: "Moscow-based", "Russia-led", "Kremlin-backed". */
const SUFFIXES =
  'based|born|led|backed|funded|financed|registered|affiliated|run|owned|controlled|sponsored|supported|made|era|style|bound|oriented|friendly|leaning|linked|allied|aligned';
const COMPOUND_SUFFIX = new RegExp(`^(.*[\\p{L}\\p{N}.])-(${SUFFIXES})$`, 'iu');
const SUFFIX_WORD = new RegExp(`^(?:${SUFFIXES})$`, 'i');
const DOMAIN_ENDINGS = 'asia|kz|kg|tj|uz|tm|ru|ua|by|az|am|ge|mn|cn|com|org|net|info|news|media|eu|uk|de|fr|no|io|tv|fm';
const DASHES = /[\u2010-\u2015\u2212-]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc\u2032`´]/g;
const SEPARATORS = /[\s/_\u2010-\u2015\u2212-]+/;
const LEADING_PUNCT = /^[([{"“”«‹'‚„]+/;
const TRAILING_PUNCT = /[)\]}"“”»›,;:!?…]+$/;
const CLAUSE_END = /[;!?…)\]}]$/;
const POSSESSIVE = /(?<=\p{L}{2})'s?$/u;
/** Web-domain endings that media names carry ("Vlast.kz", "CABAR.asia", "Kaktus.media"). */
const DOMAIN = new RegExp(`^(.*\\p{L}.*)\\.(${DOMAIN_ENDINGS})$`, 'iu');
const DOMAIN_WORD = new RegExp(`^(?:${DOMAIN_ENDINGS})$`);

/** A lower-case web-domain ending written as its own token ("asia" after "CABAR" "."). */
export function isDomainEnding(token: string): boolean {
  return DOMAIN_WORD.test(token);
}

/** The suffix word of a compound written as separate tokens ("based" in "Moscow - based"), lower case. */
export function compoundSuffixOf(token: string): string | undefined {
  return SUFFIX_WORD.test(token) ? token.toLowerCase() : undefined;
}

/** Plain ASCII without apostrophes or dashes needs no folding (most names and tokens). */
const PLAIN = /^[A-Za-z0-9 .,;:!?()&/"]*$/;

/** Strip accents, unify dashes and apostrophes, NFKC-compose. */
export function foldCharacters(text: string): string {
  if (PLAIN.test(text)) return text;
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFKC')
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .replace(/[ıİ]/g, (c) => (c === 'ı' ? 'i' : 'I'));
}

function pieceOf(word: string): Piece | undefined {
  const exact = word.replace(/['.]/g, '');
  if (exact === '' || !/[\p{L}\p{N}]/u.test(exact)) return undefined;
  return { key: exact.toLowerCase(), exact, capitalised: /^[\p{Lu}\p{N}]/u.test(exact) };
}

function piecesOfWord(word: string): Piece[] {
  const out: Piece[] = [];
  for (const part of word.split(SEPARATORS)) {
    const piece = pieceOf(part.replace(POSSESSIVE, ''));
    if (piece) out.push(piece);
  }
  return out;
}

/**
 * Split a name or phrase into pieces (memoised: the result is shared, never modify it): "the Kremlin’s" -> [the, kremlin]; "RFE/RL" -> [rfe, rl];
 * "Kyrgyzstan–Tajikistan" -> [kyrgyzstan, tajikistan].
 */
export function piecesOf(text: string): readonly Piece[] {
  let found = phraseMemo.get(text);
  if (found === undefined) {
    if (phraseMemo.size >= MEMO_LIMIT) phraseMemo.clear();
    found = computePiecesOf(text);
    phraseMemo.set(text, found);
  }
  return found;
}

const phraseMemo = new Map<string, readonly Piece[]>();

function computePiecesOf(text: string): Piece[] {
  const folded = foldCharacters(text).replace(LEADING_PUNCT, '').replace(TRAILING_PUNCT, '');
  const out: Piece[] = [];
  for (const word of folded.split(/\s+/)) {
    if (word === '') continue;
    out.push(...piecesOfWord(word.replace(LEADING_PUNCT, '').replace(TRAILING_PUNCT, '')));
  }
  return out;
}

/** The case-folded lookup key of a whole name: pieces joined by single spaces. */
export function nameKey(text: string): string {
  return piecesOf(text)
    .map((p) => p.key)
    .join(' ');
}

/**
 * Tokens repeat a lot within and across documents, so their normal forms are memoised; the memo
 * is dropped when it grows past a bound, which keeps memory flat on very large inputs.
 */
const memo = new Map<string, TokenPieces>();
const MEMO_LIMIT = 200_000;

/** Normalise one document token for the trie walk. Tokens may carry attached punctuation. */
export function tokenPieces(token: string): TokenPieces {
  let found = memo.get(token);
  if (found === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    found = computeTokenPieces(token);
    memo.set(token, found);
  }
  return found;
}

function computeTokenPieces(token: string): TokenPieces {
  const folded = foldCharacters(token).trim();
  const closesName = CLAUSE_END.test(folded);
  if (/^(?:'s?|[-/&]+)$/i.test(folded)) return { pieces: [], joiner: true, closesName };
  const core = folded.replace(LEADING_PUNCT, '').replace(TRAILING_PUNCT, '');
  const compound = COMPOUND_SUFFIX.exec(core);
  if (compound) return { pieces: piecesOfWord(compound[1]!), joiner: false, closesName: true, suffix: compound[2]!.toLowerCase() };
  const pieces = piecesOfWord(core);
  const domain = DOMAIN.exec(core.replace(/\.$/, ''));
  const withoutDomain = domain ? piecesOfWord(domain[1]!) : [];
  return withoutDomain.length > 0 ? { pieces, withoutDomain, joiner: false, closesName } : { pieces, joiner: false, closesName };
}
