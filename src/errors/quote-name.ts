/**
 * A file name or other user value as it appears inside a message: in double quotes, with
 * quotes, backslashes, line breaks and other control characters escaped as in JSON, so a name
 * such as "a\nb.txt" cannot split the one line a message promises, nor fake a second one.
 * @example quoteName('notes\n2024.txt') === '"notes\\n2024.txt"'
 */
export function quoteName(value: string): string {
  return JSON.stringify(value);
}
