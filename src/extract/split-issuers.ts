/**
 * A statement issued by several bodies at once names them in one coordinated subject: "The
 * Office of the Council of Europe in Baku and the Embassies of Italy, Norway and Japan
 * welcome ...". Each body is a holder of what the statement says. The split keeps
 * a name the gazetteer knows whole ("the United Kingdom of Great Britain and Northern Ireland",
 * "Organization for Security and Co-operation in Europe"), and an embassy speaks for its state
 * ("the Embassies of France, Germany" -> France, Germany). Pure.
 */

/** Separators of a coordination: ", ", ", and ", " and ". */
const SEPARATOR = /,\s*(?:and\s+)?|\s+and\s+/gu;
/**
 * "the Embassies of", "Embassy of": a diplomatic mission stands for the state it represents; so do
 * the ministers and leaders of states issuing a declaration together ("The Foreign Ministers of
 * A, B and C"). A delegation keeps its own name ("Delegation of the European Union to ...").
 */
const MISSION_OF =
  /^(?:the\s+)?(?:embass(?:y|ies)|(?:permanent\s+)?missions?|governments?|(?:foreign\s+)?ministers?(?:\s+(?:of|for)\s+foreign\s+affairs)?|heads?\s+of\s+(?:state|government)|presidents?|leaders?)\s+of\s+(?:the\s+)?/iu;
/** "the Secretary of State of the United States of America": a post of a state, named before the state. */
const POST_OF = /^(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}?(?:of\s+\p{Lu}[\p{L}-]*\s+)?of\s+(?:the\s+)?/u;

/**
 * The bodies a coordinated name lists, or the name alone when it is not a list of at least two
 * bodies the gazetteer knows or of names of two words or more. `isKnown` says whether a name is a known entity.
 * @example splitIssuers('the Embassies of France, Germany and Spain', known) // ['France', 'Germany', 'Spain']
 */
export function splitIssuers(name: string, isKnown: (surface: string) => boolean): string[] {
  const parts: { text: string; start: number; end: number }[] = [];
  let last = 0;
  for (const m of name.matchAll(SEPARATOR)) {
    parts.push({ text: name.slice(last, m.index), start: last, end: m.index! });
    last = m.index! + m[0].length;
  }
  parts.push({ text: name.slice(last), start: last, end: name.length });
  if (parts.length < 2) return [name];
  const bare = (s: string) => {
    const plain = s
      .replace(MISSION_OF, '')
      .replace(/^the\s+/iu, '')
      .trim();
    // "the Secretary of State of the United States of America" is the state when the rest is known.
    const post = isKnown(plain) ? undefined : POST_OF.exec(plain);
    return post && isKnown(plain.slice(post[0].length)) ? plain.slice(post[0].length) : plain;
  };
  const out: string[] = [];
  for (let i = 0; i < parts.length; ) {
    // The longest run of parts that is one known name ("United Kingdom of Great Britain and Northern Ireland").
    let j = parts.length - 1;
    while (j > i && !isKnown(bare(name.slice(parts[i]!.start, parts[j]!.end)))) j--;
    out.push(bare(name.slice(parts[i]!.start, parts[j]!.end)));
    i = j + 1;
  }
  const known = out.filter((b) => isKnown(b)).length;
  // Bodies the gazetteer does not know still split when each is a capitalised name of two words
  // or more ("Free Voice 21, the Steppe Press Fund and the Caspian Media Alliance"); a one-word
  // part could be half of one name ("Bosnia and Herzegovina").
  const named = out.every((b) => isKnown(b) || /^\p{Lu}\S*(?:\s+\S+)+$/u.test(b));
  return out.length >= 2 && (known >= 2 || named) && out.every((b) => b.length > 1) ? out : [name];
}
