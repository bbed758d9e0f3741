import { chunks, distinctById, groupBy, transactionGroups } from '../../src/write/transaction-plan';

describe('transactionGroups', () => {
  it('should put consecutive documents in one transaction while their rows fit the budget', () => {
    expect(transactionGroups([300, 300, 500, 200, 100], 1000)).toEqual([
      [0, 1],
      [2, 3, 4],
    ]);
  });

  it('should give a document larger than the budget a transaction of its own, never split', () => {
    expect(transactionGroups([300, 2000, 10, 10], 1000)).toEqual([[0], [1], [2, 3]]);
  });

  it('should give every document its own transaction with a budget of 0 or 1', () => {
    expect(transactionGroups([5, 5, 5], 0)).toEqual([[0], [1], [2]]);
    expect(transactionGroups([5, 5, 5], 1)).toEqual([[0], [1], [2]]);
  });

  it('should keep every document exactly once and in order, whatever the budget', () => {
    const sizes = Array.from({ length: 200 }, (_, i) => ((i * 7919) % 97) + 1);
    for (const budget of [0, 50, 333, 10_000]) {
      const groups = transactionGroups(sizes, budget);
      expect(groups.flat()).toEqual(sizes.map((_, i) => i));
      for (const group of groups) if (group.length > 1) expect(group.reduce((n, i) => n + sizes[i]!, 0)).toBeLessThanOrEqual(budget);
    }
  });

  it('should refuse a negative budget with a usage error', () => {
    expect(() => transactionGroups([1], -1)).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
  });
});

describe('the row helpers', () => {
  it('should keep the first row of each id', () => {
    expect(
      distinctById([
        { id: 'a', n: 1 },
        { id: 'b', n: 2 },
        { id: 'a', n: 3 },
      ]),
    ).toEqual([
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
    ]);
  });

  it('should slice rows into statements of at most the batch size and group them by key in order', () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect([...groupBy(['ab', 'b', 'ac'], (s) => s[0])]).toEqual([
      ['a', ['ab', 'ac']],
      ['b', ['b']],
    ]);
  });
});
