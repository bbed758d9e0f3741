/** Evidence records: the span of a fact and the verbatim text at that span. */
import type { Evidence } from '../../schema/records';

/** Cut the evidence from the source text so `quote === text.slice(span[0], span[1])` always holds. */
export function evidenceAt(text: string, source: string, start: number, end: number): Evidence {
  // Trim white space at the edges so quotes read cleanly; the span follows the trim.
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  // In HTML a character may be written as an entity ("&rdquo;"): never cut one in half.
  if (text[end - 1] === '&') {
    const entity = /^&(?:#\d+|#x[\da-f]+|\w+);/i.exec(text.slice(end - 1, end + 12));
    if (entity) end += entity[0].length - 1;
  }
  return { source, span: [start, end], quote: text.slice(start, end) };
}
