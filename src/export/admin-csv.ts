/**
 * Fields in the CSV dialect `neo4j-admin database import full` reads with the options the export
 * passes (see admin-import-args.ts): `,` between fields, every string in double quotes with inner
 * quotes doubled (RFC 4180), so commas, quotes, backslashes and line breaks inside a value are
 * data; an empty unquoted field is a missing property, `""` an empty string. Array elements are
 * joined with U+001F (the ASCII unit separator), which no text the project reads keeps.
 */
import { KgError } from '../errors/kg-error';

export const ARRAY_DELIMITER = '\u001f';
/** How the delimiter is given on the command line. */
export const ARRAY_DELIMITER_OPTION = 'U+001F';

/** A property column's type in the header (`name:long`); `string` needs no suffix. */
export type ColumnType = 'string' | 'long' | 'double' | 'string[]';

export type FieldValue = string | number | readonly string[] | null | undefined;

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * One field. A value the format cannot carry faithfully (an array element holding the array
 * delimiter, a count that is not a whole number) is refused with the value named.
 * @example field('long', 12) // '12'; field('string', 'say "no"') // '"say ""no"""'
 */
export function field(type: ColumnType, value: FieldValue, column: string): string {
  if (value === null || value === undefined) return '';
  const refuse = (why: string) => new KgError('E_USAGE', 'export', `cannot write ${JSON.stringify(value)} to the column "${column}" (${type}): ${why}`);
  switch (type) {
    case 'string':
      if (typeof value !== 'string') throw refuse('not a string');
      return quoted(value);
    case 'long':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw refuse('not a whole number');
      return String(value);
    case 'double':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw refuse('not a finite number');
      return String(value);
    case 'string[]': {
      if (!Array.isArray(value)) throw refuse('not a list');
      const bad = value.find((element) => typeof element !== 'string' || element.includes(ARRAY_DELIMITER));
      if (bad !== undefined) throw refuse(`the element ${JSON.stringify(bad)} contains the array delimiter U+001F`);
      return quoted(value.join(ARRAY_DELIMITER));
    }
  }
}

/** A header cell: `name`, `name:long`, or a special column such as `:ID(Entity)` given as is. */
export function headerCell(name: string, type: ColumnType): string {
  return type === 'string' ? name : `${name}:${type}`;
}
