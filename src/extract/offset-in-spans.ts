/**
 * Whether an offset lies in any of a list of spans, which may overlap and come in any order.
 * Sorted once with the running maximum of their ends, each question is a binary search, so a text
 * with thousands of quotations asks about each of its words in logarithmic time, not linear.
 */
export function offsetInSpans(spans: readonly (readonly [number, number])[]): (offset: number) => boolean {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const starts = sorted.map((s) => s[0]);
  const reach: number[] = [];
  let far = Number.NEGATIVE_INFINITY;
  for (const [, end] of sorted) reach.push((far = Math.max(far, end)));
  return (offset) => {
    // The last span starting at or before the offset; the furthest end up to it decides.
    let lo = 0;
    let hi = starts.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= offset) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return at >= 0 && offset < reach[at]!;
  };
}
