/**
 * The JSON Schema of a gazetteer entry file, derived from the zod schema so the two cannot drift
 * (a test compares it with the committed copy). Editors use it to check data files as they are
 * typed: each entry file names it in its `$schema` field.
 *
 *   npx tsx src/gazetteer/gazetteer-json-schema.ts   # rewrites gazetteer/schema/entry-file.schema.json
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { GazetteerFile } from '../../schema/gazetteer';
import { defaultGazetteerDir } from './load-gazetteer';

export const ENTRY_FILE_SCHEMA = 'schema/entry-file.schema.json';

/** The schema as the text committed under `gazetteer/`. */
export function entryFileJsonSchema(): string {
  const schema = z.toJSONSchema(GazetteerFile, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Gazetteer entry file' }, null, 2)}\n`;
}

if (require.main === module) {
  const file = path.join(defaultGazetteerDir(), ENTRY_FILE_SCHEMA);
  writeFileSync(file, entryFileJsonSchema());
  process.stdout.write(`wrote ${file}\n`);
}
