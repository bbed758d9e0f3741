/**
 * Reads `import/sources.json`, the list of metadata for the sources (title, publisher, date,
 * link, licence, ...). Validated with zod; every problem is reported at once as `path: message`
 * lines in one KgError E_METADATA naming the file.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { z } from 'zod';
import { KgError } from '../errors/kg-error';
import { quoteName } from '../errors/quote-name';
import { SourceMeta } from '../../schema/records';
import { formatZodIssues } from './format-zod-issues';
import { ISO_DATE_PATTERN } from './parse-date';

const MetadataEntry = SourceMeta.extend({
  file: z.string().min(1, 'must name the source file'),
  date: z.string().regex(ISO_DATE_PATTERN, 'expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD').optional(),
  // Only web links: a javascript: or data: URL would become a live link in the viewer.
  url: z.union([z.literal(''), z.url({ protocol: /^https?$/, message: 'expected an http:// or https:// URL, or ""' })]).optional(),
}).strict();

const MetadataFile = z.array(MetadataEntry);

/** Duplicate files or ids, checked on the raw entries so they are reported with the other problems. */
function duplicateProblems(data: unknown): string[] {
  if (!Array.isArray(data)) return [];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  data.forEach((entry: unknown, i) => {
    if (!entry || typeof entry !== 'object') return;
    for (const key of ['file', 'id'] as const) {
      const value = (entry as Record<string, unknown>)[key];
      if (typeof value !== 'string' || value === '') continue;
      const previous = seen.get(`${key}:${value}`);
      if (previous !== undefined) problems.push(`[${i}].${key}: duplicate ${key} "${value}" (also at [${previous}])`);
      else seen.set(`${key}:${value}`, i);
    }
  });
  return problems;
}

/** Parses the text of a metadata file; pure. */
export function parseSourceMetadata(file: string, json: string): SourceMeta[] {
  let data: unknown;
  try {
    // Editors on Windows save JSON with a byte-order mark, which JSON.parse refuses.
    data = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  } catch (error) {
    throw new KgError('E_METADATA', 'read', `invalid metadata in ${quoteName(file)}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  const parsed = MetadataFile.safeParse(data);
  const problems = [...(parsed.success ? [] : formatZodIssues(parsed.error)), ...duplicateProblems(data)];
  if (!parsed.success || problems.length > 0) {
    throw new KgError('E_METADATA', 'read', `invalid metadata in ${quoteName(file)}: ${problems.join('; ')}`);
  }
  // An empty string means "not known": drop it rather than carry '' into the graph.
  return parsed.data.map((entry) => Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== '')) as SourceMeta);
}

/** Reads and validates a metadata file such as `import/sources.json`. */
export function readSourceMetadata(file: string): SourceMeta[] {
  let json: string;
  try {
    json = readFileSync(file, 'utf8');
  } catch (error) {
    throw new KgError('E_METADATA', 'read', `cannot read metadata file ${quoteName(file)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { cause: error });
  }
  return parseSourceMetadata(file, json);
}

/**
 * The metadata entry for a source file: `file` in an entry is relative to the metadata file's
 * folder; an entry also matches by bare file name when that is unambiguous.
 */
export function findSourceMeta(entries: readonly SourceMeta[], metadataFile: string, sourcePath: string): SourceMeta | undefined {
  const base = dirname(resolve(metadataFile));
  const rel = relative(base, resolve(sourcePath)).split('\\').join('/');
  const exact = entries.find((e) => e.file === rel);
  if (exact) return exact;
  const byName = entries.filter((e) => e.file !== undefined && basename(e.file) === basename(sourcePath));
  return byName.length === 1 ? byName[0] : undefined;
}
