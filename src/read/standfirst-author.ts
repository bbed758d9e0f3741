/**
 * The author a standfirst names when a column has no byline: "Political analyst Rustam Nazarov
 * argues that ...", "In her essay for the journal, economist Aida Bekova examines ...". The
 * present tense of a verb of writing or arguing, right after a person's name, is how an editor
 * introduces the author of what follows; a news lead reports in the past tense ("said", "argued")
 * and is never read this way.
 */
import { nameCueWords } from '../extract/name-cue-lists';

const AUTHOR_VERBS = nameCueWords('standfirst-author-verbs');

/** One capitalised word of a name: "Nazarov", "Jean-Luc", "O’Brien". */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\p{L}$/u;
const NAME_PARTICLE = /^(?:de|van|von|al|el|bin|ibn)$/u;
/** Words that are capitalised in a standfirst without being part of a name. */
const NEVER_NAME = /^(?:In|For|The|A|An|This|That|His|Her|Their|Our|My|Its|As|On|At|With|From|Here|Now|Why|How|What|When)$/u;

/** The first sentence of a lead: the author is introduced there or not at all. */
function firstSentence(lead: string): string {
  const m = /^.*?[.!?](?=\s+\p{Lu}|\s*$)/su.exec(lead.trim());
  return (m ? m[0] : lead).trim();
}

/**
 * The person a standfirst introduces as the author, with the role written before the name, or
 * null. Two or three capitalised words right before one of the verbs make the name; lower-case
 * words before them, back to the sentence's start or a comma, make the role.
 * @example standfirstAuthor('Political analyst Rustam Nazarov argues that the reform came too late.') // { name: 'Rustam Nazarov', description: 'Political analyst' }
 */
export function standfirstAuthor(lead: string): { name: string; description?: string } | null {
  const sentence = firstSentence(lead);
  const words = sentence.split(/\s+/u);
  const verbAt = words.findIndex((w, k) => k >= 2 && AUTHOR_VERBS.has(w.toLowerCase().replace(/[,;:]$/u, '')));
  if (verbAt < 0) return null;
  // The name ends right before the verb: a comma there ("Nazarov, a lawyer, argues") puts an
  // apposition between, which this reading does not try to follow.
  let start = verbAt;
  while (start > 0 && start > verbAt - 4) {
    const word = words[start - 1]!;
    if (NAME_WORD.test(word) && !NEVER_NAME.test(word)) start--;
    else if (NAME_PARTICLE.test(word) && start - 1 > 0 && NAME_WORD.test(words[start - 2]!)) start--;
    else break;
  }
  const nameWords = words.slice(start, verbAt);
  if (nameWords.length < 2 || !NAME_WORD.test(nameWords[0]!)) return null;
  // "Political analyst Rustam Nazarov": a capitalised word opening the sentence before lower-case
  // role words belongs to the role, and three capitalised words at the start are a role and a name.
  let name = nameWords;
  if (start === 0 && nameWords.length > 2) name = nameWords.slice(-2);
  const roleWords: string[] = [];
  for (let k = start + (nameWords.length - name.length) - 1; k >= 0; k--) {
    const word = words[k]!;
    if (/[,;:]$/u.test(word)) break;
    roleWords.unshift(word);
  }
  if (name.length === nameWords.length) {
    // Role words must be words of a role, not a clause: "Rustam Nazarov" after "As prices rise"
    // names no author.
    if (roleWords.some((w) => /^(?:that|as|when|while|if|because|after|before|since)$/iu.test(w))) return null;
  }
  const description = roleWords.join(' ').trim();
  const result = { name: name.join(' ') };
  return description && roleWords.length <= 5 ? { ...result, description } : result;
}
