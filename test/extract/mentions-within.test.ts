import { mentionsWithin } from '../../src/extract/mentions-within';

describe('mentionsWithin', () => {
  const byStart = [
    { start: 0, end: 4, id: 'a' },
    { start: 6, end: 9, id: 'b' },
    { start: 6, end: 14, id: 'c' },
    { start: 10, end: 12, id: 'd' },
    { start: 15, end: 20, id: 'e' },
  ];

  it('should return the same mentions, in the same order, as filtering all of them', () => {
    for (let start = 0; start <= 21; start++)
      for (let end = start; end <= 21; end++) expect(mentionsWithin(byStart, start, end)).toEqual(byStart.filter((m) => m.start >= start && m.end <= end));
  });

  it('should leave out a mention that starts inside the span but ends after it', () => {
    expect(mentionsWithin(byStart, 6, 12).map((m) => m.id)).toEqual(['b', 'd']);
  });
});
