/**
 * zod issues as `path: message` lines, the way users see every problem of a file at once.
 */
import type { z } from 'zod';

export function formatZodIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`)).join('');
    return `${path || '(root)'}: ${issue.message}`;
  });
}
