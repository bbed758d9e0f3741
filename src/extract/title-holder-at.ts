/**
 * Who held an office on a document's date: "the prime minister" in a text of 2001 and in one of
 * 2024 are different people. A date as precise as the data ("2019", "2022-01", "1998-10-01")
 * is read as the whole year, month or day it names; a term and the document's date must
 * overlap. Two holders in the period (a change of government that month) or no date and more
 * than one holder ever: no answer, since a wrong link is worse than none. Pure.
 */
import type { KnownEntity, OfficeTerm } from './knowledge';

/** The first day a partial ISO date can mean: "2019" -> "2019-01-01". */
function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day a partial ISO date can mean: "2019" -> "2019-12-31" (string order is all that matters). */
function lastDay(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

/**
 * The one person whose term covers the date, or undefined.
 * @example holderAt(knowledge.holdersOf('prime minister', 'Q232'), '2023-05-02')?.label // "Alikhan Smailov"
 */
export function holderAt(terms: readonly OfficeTerm[], date: string | null): KnownEntity | undefined {
  const people = new Map<string, KnownEntity>();
  for (const term of terms) {
    if (date) {
      const from = term.from ? firstDay(term.from) : '0000';
      const to = term.to ? lastDay(term.to) : '9999';
      if (from > lastDay(date) || to < firstDay(date)) continue;
    }
    people.set(term.person.id, term.person);
  }
  return people.size === 1 ? [...people.values()][0] : undefined;
}
