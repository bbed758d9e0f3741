import { offsetInSpans } from '../../src/extract/offset-in-spans';

describe('offsetInSpans', () => {
  it('should say whether an offset lies in any span, for spans that overlap and come unsorted', () => {
    const inside = offsetInSpans([
      [40, 50],
      [10, 30],
      [12, 14],
    ]);
    expect([9, 10, 13, 29, 30, 35, 40, 49, 50].map(inside)).toEqual([false, true, true, true, false, false, true, true, false]);
  });

  it('should find an offset covered only by an earlier, longer span behind shorter ones', () => {
    const inside = offsetInSpans([
      [0, 100],
      [10, 12],
      [20, 22],
    ]);
    expect(inside(50)).toBe(true);
    expect(inside(100)).toBe(false);
  });

  it('should answer false for every offset when there are no spans', () => {
    expect(offsetInSpans([])(0)).toBe(false);
  });
});
