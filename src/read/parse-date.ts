/**
 * Dates as ISO strings. Only dates that are fully written are accepted ("12 January 2022",
 * "January 12, 2022", "2022-01-12", "12.01.2022"); partial ISO dates from metadata ("2022-01")
 * pass through. Nothing is ever guessed: no date gives null.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+((?:19|20)\\d{2})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, 'i');
const ISO = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/;
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/;
/** "08/31/2021" (US) or "31/08/2021": read only when one number cannot be a month; "03/04/2021" is never guessed. */
const SLASHED = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/;

/** A metadata date is accepted as YYYY, YYYY-MM or YYYY-MM-DD. */
export const ISO_DATE_PATTERN = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first full date written in `text`, as YYYY-MM-DD, or null. */
export function findDate(text: string): string | null {
  let m = ISO.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_MONTH_YEAR.exec(text);
  if (m) return iso(Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1]));
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return iso(Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2]));
  m = DOTTED.exec(text);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = SLASHED.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12 && b <= 12) return iso(Number(m[3]), b, a);
    if (b > 12 && a <= 12) return iso(Number(m[3]), a, b);
  }
  return null;
}

/** A date given by metadata or page markup, normalised: ISO prefixes kept, written dates parsed. */
export function normaliseDate(value: string | undefined | null): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (ISO_DATE_PATTERN.test(trimmed)) return trimmed;
  const isoPrefix = /^(\d{4}-\d{2}-\d{2})[T ]/.exec(trimmed);
  if (isoPrefix && ISO_DATE_PATTERN.test(isoPrefix[1]!)) return isoPrefix[1]!;
  return findDate(trimmed);
}

/** A year, and a month after it, as folders of a link's path: "/press/en/2020/sgsm20314.doc.htm", "/prs/ps/2015/11/249150.htm". */
const URL_YEAR_MONTH = /\/((?:19|20)\d{2})\/(?:(0[1-9]|1[0-2])\/)?/u;

/**
 * The year (and month) a link's path files the page under, as YYYY or YYYY-MM, or null: the last
 * hint of a page's date, when neither its metadata nor its text gives one. Only the path counts,
 * never the host or the query.
 * @example dateInUrl('https://2009-2017.state.gov/r/pa/prs/ps/2015/11/249150.htm') // '2015-11'
 */
export function dateInUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = URL_YEAR_MONTH.exec(path);
  return m ? (m[2] ? `${m[1]}-${m[2]}` : m[1]!) : null;
}
