/**
 * The mentions inside one span, found by binary search over mentions sorted by start, so that a
 * pass over every sentence costs the mentions it finds rather than all the document's mentions
 * per sentence (a 500 KB text has tens of thousands of both).
 */

interface Spanned {
  start: number;
  end: number;
}

/** Index of the first mention starting at or after the offset, in mentions sorted by start. */
export function firstStartingAt(byStart: readonly Spanned[], offset: number): number {
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byStart[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The mentions with `start <= m.start` and `m.end <= end`, in the order of `byStart` (mentions
 * sorted by start): the same list, in the same order, as filtering them all.
 * @example mentionsWithin([{ start: 0, end: 3 }, { start: 5, end: 9 }], 4, 9) // [{ start: 5, end: 9 }]
 */
export function mentionsWithin<M extends Spanned>(byStart: readonly M[], start: number, end: number): M[] {
  const here: M[] = [];
  for (let k = firstStartingAt(byStart, start); k < byStart.length && byStart[k]!.start <= end; k++) if (byStart[k]!.end <= end) here.push(byStart[k]!);
  return here;
}
