/**
 * When a reported event happened, as its clause writes it: a weekday ("on Monday"), a day and
 * month ("12 March", "March 12, 2023"), a month and year ("in March 2023") or an ISO date. The
 * words are kept as written; nothing is guessed from the publication date.
 */

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DATE = new RegExp(
  [
    `\\b\\d{4}-\\d{2}-\\d{2}\\b`,
    `\\b\\d{1,2} ${MONTH}(?: \\d{4})?\\b`,
    `\\b${MONTH} \\d{1,2}(?:st|nd|rd|th)?(?:, \\d{4})?\\b`,
    `\\b(?:on|last) ${WEEKDAY}\\b`,
    `\\bin ${MONTH} \\d{4}\\b`,
  ].join('|'),
);

/** The first date the text states, as written, or undefined. */
export function statedDate(text: string): string | undefined {
  return DATE.exec(text)?.[0];
}
