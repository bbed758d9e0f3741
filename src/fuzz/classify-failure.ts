/**
 * Names the class of a fuzz failure, so ten thousand documents that trip the same bug print as
 * one line: an internal error is its error name plus the first stack frame inside `src/`
 * (file:line, which stays put while the message varies with the text); a broken property is
 * the property's name. Known bugs someone else is fixing get a class of their own.
 */
import { relative, sep } from 'node:path';

export interface FuzzFailure {
  /** "TypeError at src/extract/stance-targets.ts:120", "property: quote-at-span (stance)", ... */
  class: string;
  /** What happened to this document: the message, the offending value. */
  detail: string;
  /** Known bugs are reported but do not fail the run. */
  known: boolean;
}

interface KnownBug {
  class: string;
  test: (error: Error) => boolean;
}

/**
 * Bugs that are known and being fixed elsewhere. The simple graph refuses a second edge between
 * one pair of entities ("Kazakh President X met reporters in Astana" gives NATIONAL_OF and
 * LEADS between X and Kazakhstan's ...); src/build becomes a multigraph in a colleague's branch.
 */
// The multigraph crash (two relation types between one entity pair) was the one known class; the
// graph is a multigraph now, so no failure is excused.
export const KNOWN_BUGS: readonly KnownBug[] = [];

/** The first frame of a stack that points into the project's `src/` (or `schema/`), as `src/x/y.ts:12`. */
export function firstProjectFrame(stack: string | undefined, root: string): string | undefined {
  for (const line of (stack ?? '').split('\n').slice(1)) {
    const m = /\(?((?:\/|[A-Za-z]:\\)[^():]+):(\d+):\d+\)?\s*$/.exec(line.trim());
    if (!m) continue;
    const file = relative(root, m[1]!).split(sep).join('/');
    if (/^(src|schema)\//.test(file) && !file.startsWith('src/fuzz/')) return `${file}:${m[2]}`;
  }
  return undefined;
}

/** Classifies an error thrown by the pipeline that is not a KgError. */
export function classifyInternalError(error: unknown, root: string, stage: string): FuzzFailure {
  const err = error instanceof Error ? error : new Error(String(error));
  const known = KNOWN_BUGS.find((k) => k.test(err));
  if (known) return { class: known.class, detail: err.message.split('\n')[0]!, known: true };
  const frame = firstProjectFrame(err.stack, root) ?? `${stage} (no frame in src/)`;
  return { class: `${err.name} at ${frame}`, detail: err.message.split('\n')[0]!.slice(0, 300), known: false };
}

/** A broken invariant: `property: <name>`. */
export function propertyFailure(property: string, detail: string): FuzzFailure {
  return { class: `property: ${property}`, detail: detail.slice(0, 300), known: false };
}
