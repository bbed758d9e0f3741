/**
 * A token trie for longest-match lookups of multi-word names in running text. Each step is one Map
 * lookup per word piece, so scanning a document costs a few Map lookups per token whatever the
 * size of the gazetteer; no regular expression is run per name.
 */
import { compoundSuffixOf, isDomainEnding, piecesOf, tokenPieces, type Piece, type TokenPieces } from './normalise-surface';

/** How a phrase must be written in the text to count. */
export type CaseRule =
  /** Every piece exactly as listed ("UN", "SCO": never "un", "Sco"). */
  | 'exact'
  /** Pieces capitalised in the phrase must be capitalised in the text, except case-free words. */
  | 'proper'
  /** Any case ("human rights defenders", "Foreign Minister"). */
  | 'any';

interface Terminal<T> {
  readonly value: T;
  readonly pieces: readonly Piece[];
  readonly rule: CaseRule;
}

interface TrieNode<T> {
  children: Map<string, TrieNode<T>> | undefined;
  terminals: Terminal<T>[] | undefined;
}

/** One match: the values whose phrase ends here (at least one), and how many tokens it spans. */
export interface PhraseMatch<T> {
  readonly values: readonly T[];
  readonly length: number;
  /** True when the match was made by dropping a web-domain ending ("Vlast.kz" as "Vlast"). */
  readonly viaDomain: boolean;
  /** The compound suffix of the last token, if any: "based" for "Moscow-based". */
  readonly suffix?: string;
}

export interface PhraseTrieOptions<T> {
  /** Lower-case words that may be written in any case inside a proper name ("of", "committee"). */
  readonly caseFreeWords?: ReadonlySet<string>;
  /** Which values may match through a domain-stripped token; none by default. */
  readonly acceptsDomainMatch?: (value: T) => boolean;
}

const newNode = <T>(): TrieNode<T> => ({ children: undefined, terminals: undefined });

export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = newNode();
  private readonly caseFreeWords: ReadonlySet<string>;
  private readonly acceptsDomainMatch: (value: T) => boolean;

  constructor(options: PhraseTrieOptions<T> = {}) {
    this.caseFreeWords = options.caseFreeWords ?? new Set();
    this.acceptsDomainMatch = options.acceptsDomainMatch ?? (() => false);
  }

  /** Add a phrase; returns false when it has no word pieces (nothing to match on). */
  add(phrase: string, value: T, rule: CaseRule): boolean {
    const pieces = piecesOf(phrase);
    if (pieces.length === 0) return false;
    let node = this.root;
    for (const piece of pieces) {
      node.children ??= new Map();
      let next = node.children.get(piece.key);
      if (!next) node.children.set(piece.key, (next = newNode()));
      node = next;
    }
    (node.terminals ??= []).push({ value, pieces, rule });
    return true;
  }

  /**
   * The longest phrase that starts at `tokens[start]`. Tokens are the document's words as a
   * tokenizer gives them (punctuation attached or separate); hyphens, slashes and possessive
   * "’s" between words are skipped, so "Nur - Sultan" and "Kazakhstan ’s authorities" match,
   * and a web name split by the tokenizer ("CABAR" "." "asia") is read as one token.
   */
  longestMatch(tokens: readonly string[], start: number): PhraseMatch<T> | undefined {
    // A position before the first token ("the word two before this one" at the text's start) matches nothing.
    if (start < 0) return undefined;
    let node: TrieNode<T> | undefined = this.root;
    const seen: Piece[] = [];
    let best: PhraseMatch<T> | undefined;
    for (let i = start; i < tokens.length && node; i++) {
      if (tokens[i + 1] === '.' && i + 2 < tokens.length && isDomainEnding(tokens[i + 2]!)) {
        // A copy of `seen`: when the joined reading fails, the plain one starts from the same place.
        const joined = this.step(node, [...seen], tokenPieces(`${tokens[i]}.${tokens[i + 2]}`), i + 3 - start);
        if (joined.match) {
          best = joined.match;
          break;
        }
      }
      const token = tokenPieces(tokens[i]!);
      if (token.joiner) {
        if (i === start) return undefined;
        if (token.closesName) break;
        continue;
      }
      if (token.pieces.length === 0) break;
      const stepped = this.step(node, seen, token, i + 1 - start);
      if (stepped.match) best = stepped.match;
      node = stepped.node;
      if (token.closesName || token.suffix) break;
    }
    if (best && !best.suffix) {
      // "Moscow - based" split by the tokenizer: report the suffix as "Moscow-based" would.
      const after = start + best.length;
      const suffix = tokens[after] === '-' && tokens[after + 1] !== undefined ? compoundSuffixOf(tokens[after + 1]!) : undefined;
      if (suffix) best = { ...best, suffix };
    }
    return best;
  }

  /** Advance from `node` by one token; `seen` gets the token's pieces when the walk goes on. */
  private step(node: TrieNode<T>, seen: Piece[], token: TokenPieces, length: number): { node: TrieNode<T> | undefined; match: PhraseMatch<T> | undefined } {
    let match: PhraseMatch<T> | undefined;
    if (token.withoutDomain) {
      const values = this.valuesAt(this.walk(node, token.withoutDomain), [...seen, ...token.withoutDomain]).filter(this.acceptsDomainMatch);
      if (values.length > 0) match = { values, length, viaDomain: true };
    }
    const next = this.walk(node, token.pieces);
    if (!next) return { node: undefined, match };
    seen.push(...token.pieces);
    const values = this.valuesAt(next, seen);
    if (values.length > 0) {
      match = token.suffix ? { values, length, viaDomain: false, suffix: token.suffix } : { values, length, viaDomain: false };
    }
    return { node: next, match };
  }

  /** Exact lookup of a whole phrase, with the same case rules as in running text. */
  lookup(phrase: string, ignoreProperCase = false): T[] {
    const pieces = piecesOf(phrase);
    return this.valuesAt(this.walk(this.root, pieces), pieces, ignoreProperCase);
  }

  private walk(from: TrieNode<T>, pieces: readonly Piece[]): TrieNode<T> | undefined {
    let node: TrieNode<T> | undefined = from;
    for (const piece of pieces) {
      node = node.children?.get(piece.key);
      if (!node) return undefined;
    }
    return node;
  }

  private valuesAt(node: TrieNode<T> | undefined, text: readonly Piece[], ignoreProperCase = false): T[] {
    if (!node?.terminals) return [];
    const out: T[] = [];
    for (const terminal of node.terminals) {
      if (terminal.pieces.length !== text.length) continue;
      if (this.caseFits(terminal, text, ignoreProperCase) && !out.includes(terminal.value)) out.push(terminal.value);
    }
    return out;
  }

  private caseFits(terminal: Terminal<T>, text: readonly Piece[], ignoreProperCase: boolean): boolean {
    const { pieces, rule } = terminal;
    if (rule === 'any') return true;
    if (rule === 'exact') return pieces.every((p, i) => p.exact === text[i]!.exact);
    if (ignoreProperCase) return true;
    return pieces.every((p, i) => !p.capitalised || text[i]!.capitalised || this.caseFreeWords.has(p.key));
  }
}
