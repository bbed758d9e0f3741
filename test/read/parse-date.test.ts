import { dateInUrl, findDate, normaliseDate } from '../../src/read/parse-date';

describe('findDate', () => {
  it('should never guess a slashed date whose day and month could be swapped', () => {
    expect(findDate('03/04/2021')).toBeNull();
  });

  it.each([
    ['Published 12 January 2022', '2022-01-12'],
    ['January 12, 2022 10:15 GMT', '2022-01-12'],
    ['Jan. 5, 2023', '2023-01-05'],
    ['3rd June 2025', '2025-06-03'],
    ['2024-03-21T10:15:00+01:00', '2024-03-21'],
    ['Almaty, 05.06.2023', '2023-06-05'],
    ['08/31/2021 05:00 PM EDT', '2021-08-31'],
    ['31/08/2021', '2021-08-31'],
  ])('should read "%s" as %s', (text, iso) => {
    expect(findDate(text)).toBe(iso);
  });

  it.each(['In his speech on January 11, the president spoke', 'in 2022', '31 February 2022', 'page 12 of 2022'])('should not invent a date from "%s"', (text) => {
    expect(findDate(text)).toBeNull();
  });
});

describe('normaliseDate', () => {
  it('should pass partial ISO dates from metadata through and cut timestamps to the day', () => {
    expect(normaliseDate('2022-01')).toBe('2022-01');
    expect(normaliseDate('2022')).toBe('2022');
    expect(normaliseDate('2023-02-14T09:30:00+00:00')).toBe('2023-02-14');
    expect(normaliseDate('Tue, 14 Feb 2023 09:30:00 GMT')).toBe('2023-02-14');
    expect(normaliseDate('')).toBeNull();
  });
});

describe('dateInUrl', () => {
  it('should read the year and month a link files its page under', () => {
    expect(dateInUrl('https://2009-2017.state.gov/r/pa/prs/ps/2015/11/249150.htm')).toBe('2015-11');
    expect(dateInUrl('https://press.example.org/en/2020/sgsm20001.doc.htm')).toBe('2020');
  });

  it('should read no date from a host, a number that is no year folder, or no link', () => {
    expect(dateInUrl('https://2009-2017.state.gov/r/pa/prs/ps/249150.htm')).toBeNull();
    expect(dateInUrl('https://example.org/news/20201/item')).toBeNull();
    expect(dateInUrl(undefined)).toBeNull();
    expect(dateInUrl('not a link')).toBeNull();
  });
});
