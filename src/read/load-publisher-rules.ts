/**
 * Loads the publisher rule files (I/O at the edge). Every problem in every file is collected and
 * reported together in one KgError E_METADATA, as `file: path: message` lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { KgError } from '../errors/kg-error';
import { compilePublisherRules, type PublisherRules, PublisherRulesFile } from './publisher-rules';
import { formatZodIssues } from './format-zod-issues';

/** The project's own rule files. */
export const DEFAULT_PUBLISHERS_DIR = resolve(__dirname, '../../import/publishers');

const cache = new Map<string, readonly PublisherRules[]>();

/** Parses one rules file's text; pure, so tests can check the rules without touching disk. */
export function parsePublisherRules(file: string, json: string): { rules?: PublisherRules; problems: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { problems: [`${file}: invalid JSON (${(error as Error).message})`] };
  }
  const parsed = PublisherRulesFile.safeParse(data);
  if (!parsed.success) return { problems: formatZodIssues(parsed.error).map((line) => `${file}: ${line}`) };
  return { rules: compilePublisherRules(file, parsed.data), problems: [] };
}

/**
 * All rule files in `dir`, sorted by file name (so the result never depends on the file
 * system's order), loaded once per process.
 */
export function loadPublisherRules(dir: string = DEFAULT_PUBLISHERS_DIR): readonly PublisherRules[] {
  const cached = cache.get(dir);
  if (cached) return cached;
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort();
  } catch (error) {
    throw new KgError('E_METADATA', 'read', `cannot read publisher rules in "${dir}": ${(error as Error).message}`, { cause: error });
  }
  const rules: PublisherRules[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const file = join(dir, name);
    const result = parsePublisherRules(file, readFileSync(file, 'utf8'));
    problems.push(...result.problems);
    if (result.rules) rules.push(result.rules);
  }
  if (problems.length > 0) throw new KgError('E_METADATA', 'read', `invalid publisher rules: ${problems.join('; ')}`);
  cache.set(dir, rules);
  return rules;
}
