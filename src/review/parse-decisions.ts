/**
 * Reading the decisions file (`schema/decisions.ts`): one JSON object a line, blank lines and
 * nothing else allowed. Every line that is not a valid decision is one problem naming the file,
 * the line and what is wrong, and a file with any such problem is refused as a whole: applying
 * half of an analyst's rejections would publish what they took out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Decision, type NumberedDecision } from '../../schema/decisions';
import { KgError } from '../errors/kg-error';

export interface ParsedDecisions {
  decisions: NumberedDecision[];
  /** One line each: `import/review/decisions.jsonl:3: polarity: Invalid option ...`. */
  problems: string[];
}

/** The first zod issue of a line, as `path: message`. */
function describeIssue(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0]!;
  const where = issue.path.map(String).join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}

/**
 * Parse the text of a decisions file; `file` only names it in the problems.
 * @example parseDecisions('{"action":"stance.reject",...}\n', 'decisions.jsonl').decisions[0].line // 1
 */
export function parseDecisions(text: string, file: string): ParsedDecisions {
  const decisions: NumberedDecision[] = [];
  const problems: string[] = [];
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    const content = raw.replace(/\r$/, '').trim();
    if (content === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(content);
    } catch (error) {
      problems.push(`${file}:${line}: not JSON: ${(error as Error).message}`);
      continue;
    }
    const parsed = Decision.safeParse(json);
    if (parsed.success) decisions.push({ line, decision: parsed.data });
    else problems.push(`${file}:${line}: not a decision: ${describeIssue(parsed.error)}`);
  }
  return { decisions, problems };
}

/**
 * The decisions of a file; a file that does not exist holds none. A file with problems is a
 * KgError listing every problem, one a line.
 */
export function readDecisionsFile(file: string, operation = 'import'): NumberedDecision[] {
  if (!existsSync(file)) return [];
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new KgError('E_DECISIONS', operation, `cannot read the decisions file "${file}": ${(error as Error).message}`, { cause: error });
  }
  const { decisions, problems } = parseDecisions(text, file);
  if (problems.length > 0) {
    const count = problems.length === 1 ? 'a line that is not a decision' : `${problems.length} lines that are not decisions`;
    throw new KgError('E_DECISIONS', operation, `the decisions file has ${count}; fix or remove them (nothing was written):\n${problems.join('\n')}`);
  }
  return decisions;
}
