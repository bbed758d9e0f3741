/**
 * A block of plain text can still hold line breaks: the reader joins the lines of a paragraph
 * that was wrapped at a fixed width (e-mail, PDF copy, a blog that keeps its typed line breaks).
 * wink-nlp ends a sentence at every line break, which cuts a sentence, and a name, in two ("the
 * Association for Human Rights in Central⏎Asia said today"). A break is read as a space when it
 * sits inside a sentence: the line before ends on a comma or a word that cannot end a sentence,
 * the next line goes on in lower case, or both lines are as long as wrapped lines are. Short lines of names,
 * places and dates stacked under a headline ("Senior State Department Official⏎London, United
 * Kingdom⏎November 3, 2015") keep their breaks. Same length as the input, so offsets hold.
 */

/** A line this long that does not end a sentence was wrapped. */
const WRAPPED_LINE_LENGTH = 45;
/** Words a sentence does not end on: a line ending on one goes on below. */
const CONTINUING_WORD =
  /(?:^|[\s(])(?:the|a|an|of|in|on|at|to|for|from|by|with|and|or|but|that|which|who|whose|as|its|their|his|her|our|is|are|was|were|has|have|had|be|been|not)$/i;
const ENDS_SENTENCE = /[.!?:;"”»)\]…]$/;

/**
 * Whether the break between two lines of one paragraph falls inside a sentence.
 * @param last whether the line after is the block's last: a wrapped paragraph's lines are all
 * long but the last, which ends the sentence.
 */
export function isWrapped(before: string, after: string, last: boolean): boolean {
  if (goesOnBelow(before, after)) return true;
  const line = before.trimEnd();
  const next = after.trim();
  if (line === '' || next === '' || ENDS_SENTENCE.test(line)) return false;
  return line.length >= WRAPPED_LINE_LENGTH && (next.length >= WRAPPED_LINE_LENGTH || (last && ENDS_SENTENCE.test(next)));
}

/**
 * Whether the words themselves say a sentence goes on past the break, whatever the lines' lengths:
 * the next line starts in lower case, or the line before ends on a comma or a word such as "the".
 * A headline over a paragraph ("Tajikistan Is Vulnerable to Climate Change⏎According to experts")
 * is long too, so line length alone does not join short-width blocks.
 */
export function goesOnBelow(before: string, after: string): boolean {
  const line = before.trimEnd();
  const next = after.trim();
  if (line === '' || next === '') return false;
  if (/^\p{Ll}/u.test(next)) return true;
  if (ENDS_SENTENCE.test(line)) return false;
  return line.endsWith(',') || CONTINUING_WORD.test(line);
}

/**
 * `text` with every line break that wraps a sentence replaced by a space (a CR LF pair by two).
 * @example unwrapLineBreaks('the Association for Human Rights in Central Asia said\ntoday') === 'the Association for Human Rights in Central Asia said today'
 */
export function unwrapLineBreaks(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  let out = lines[0]!;
  for (let i = 1; i < lines.length; i++) {
    const before = lines[i - 1]!;
    const wrapped = isWrapped(before.replace(/\r$/, ''), lines[i]!, i === lines.length - 1);
    if (wrapped && out.endsWith('\r')) out = `${out.slice(0, -1)} `;
    out += (wrapped ? ' ' : '\n') + lines[i]!;
  }
  return out;
}
