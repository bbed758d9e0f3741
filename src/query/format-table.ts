/**
 * Query results as a plain-text table for the terminal. Long cells are cut (with "…") so the
 * columns line up, except in the last column, which nothing follows (a path, a quote) and which
 * is shown whole; `--json` gives every value whole. Widths count code points, so Cyrillic lines up.
 */
export interface TableOptions {
  /** Longest cell, in characters (default 80). */
  maxCellWidth?: number;
}

const length = (text: string) => [...text].length;

function cell(value: unknown, max: number): string {
  const text =
    value === null || value === undefined
      ? ''
      : typeof value === 'string'
        ? value
        : Array.isArray(value)
          ? value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ')
          : typeof value === 'object'
            ? JSON.stringify(value)
            : String(value);
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - length(text)));

export function formatTable(columns: readonly string[], rows: readonly Record<string, unknown>[], options: TableOptions = {}): string {
  const max = options.maxCellWidth ?? 80;
  const last = columns.length - 1;
  const cells = rows.map((row) => columns.map((column, i) => cell(row[column], i === last ? Number.POSITIVE_INFINITY : max)));
  const widths = columns.map((column, i) => Math.max(length(column), ...cells.map((r) => length(r[i]!))));
  const line = (values: readonly string[]) =>
    values
      .map((v, i) => pad(v, widths[i]!))
      .join(' │ ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
  const footer = `(${rows.length} row${rows.length === 1 ? '' : 's'})`;
  return [line(columns), rule, ...cells.map(line), footer].join('\n');
}
