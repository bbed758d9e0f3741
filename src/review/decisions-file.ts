/**
 * Changing the decisions file: adding a decision at its end, or undoing one. Every change holds
 * the file's lock (`decisions.jsonl.lock`) while it reads, changes and writes the file, and
 * writes through a temporary file renamed over it, so two writers at once both keep their
 * decision and a reader never sees half a file. Undo blanks the line instead of removing it:
 * the line numbers that stale reports and `kg review undo` use stay the same.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Decision, type NumberedDecision } from '../../schema/decisions';
import { KgError } from '../errors/kg-error';
import { withOutputLock } from '../write/output-lock';
import { writeFileAtomic } from '../write/write-file-atomic';
import { parseDecisions } from './parse-decisions';

/** Writers wait this long for each other before giving up (a decision is a few hundred bytes). */
const LOCK_WAIT_MS = 30_000;

function readText(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/**
 * Append a decision (validated again: only schema-valid decisions reach the file); returns its line.
 * @example await appendDecision('import/review/decisions.jsonl', { action: 'stance.confirm', ... })
 */
export async function appendDecision(file: string, decision: Decision): Promise<number> {
  const checked = Decision.parse(decision);
  return withOutputLock(file, { command: 'a review decision', waitMs: LOCK_WAIT_MS }, async () => {
    const text = readText(file);
    const lines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
    lines.push(JSON.stringify(checked));
    writeFileAtomic(file, `${lines.join('\n')}\n`);
    return lines.length;
  });
}

/** Undo the decision on `line`: the line is blanked, so the others keep their numbers. Returns the decision undone. */
export async function undoDecision(file: string, line: number): Promise<NumberedDecision> {
  return withOutputLock(file, { command: 'kg review undo', waitMs: LOCK_WAIT_MS }, async () => {
    const text = readText(file);
    const { decisions } = parseDecisions(text, file);
    const found = decisions.find((d) => d.line === line);
    if (!found) {
      const lines = decisions.map((d) => d.line);
      const known = lines.length === 0 ? 'it holds no decisions' : `its decisions are on lines ${lines.slice(0, 20).join(', ')}${lines.length > 20 ? ', ...' : ''}`;
      throw new KgError('E_NOT_FOUND', 'review undo', `line ${line} of "${file}" holds no decision; ${known}`);
    }
    const lines = text.split('\n');
    lines[line - 1] = '';
    writeFileAtomic(file, lines.join('\n'));
    return found;
  });
}
