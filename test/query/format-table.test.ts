import { formatTable } from '../../src/query/format-table';

describe('formatTable', () => {
  it('should line up columns, lists and empty values, and count the rows', () => {
    const table = formatTable(
      ['holder', 'hops', 'names'],
      [
        { holder: 'Ivar Dale', hops: 2, names: ['a', 'b'] },
        { holder: 'Касым-Жомарт Токаев', hops: null, names: [] },
      ],
    );
    expect(table.split('\n')).toEqual([
      'holder              │ hops │ names',
      '────────────────────┼──────┼──────',
      'Ivar Dale           │ 2    │ a, b',
      'Касым-Жомарт Токаев │      │',
      '(2 rows)',
    ]);
  });

  it('should cut long cells and flatten line breaks, but show the last column whole', () => {
    const quote = `line one\nline two ${'x'.repeat(100)}`;
    const table = formatTable(['quote', 'source'], [{ quote, source: 's' }], { maxCellWidth: 20 });
    expect(table.split('\n')[2]).toBe('line one line two x… │ s');
    const last = formatTable(['source', 'quote'], [{ quote, source: 's' }], { maxCellWidth: 20 });
    expect(last.split('\n')[2]).toBe(`s      │ line one line two ${'x'.repeat(100)}`);
  });
});
