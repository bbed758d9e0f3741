import { findDateline } from '../../src/read/find-dateline';

const datelineOf = (text: string) => {
  const found = findDateline(text, [0, text.length]);
  return found ? { dateline: text.slice(...found.span), rest: text.slice(found.textStart) } : null;
};

describe('datelines', () => {
  it('should read a wire dateline with an agency', () => {
    expect(datelineOf('ALMATY, Jan 5 (Reuters) - Protesters stormed the mayor’s office.')).toEqual({
      dateline: 'ALMATY, Jan 5 (Reuters)',
      rest: 'Protesters stormed the mayor’s office.',
    });
  });

  it('should read a rights group’s dateline in parentheses: "(Berlin, July 1, 2024) –"', () => {
    expect(datelineOf('(Bishkek, March 3, 2025) – The authorities closed two newspapers, the group said.')).toEqual({
      dateline: '(Bishkek, March 3, 2025)',
      rest: 'The authorities closed two newspapers, the group said.',
    });
  });

  it('should read no dateline in a sentence that opens with a place and a dash but no date', () => {
    expect(datelineOf('Kazakhstan, a country of the steppe – and of oil – votes on Sunday.')).toBeNull();
  });
});
