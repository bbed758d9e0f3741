/**
 * A small hand-written gazetteer for tests that need data errors or exact control: the real data
 * is tested as it is in load-gazetteer.test.ts.
 */
import path from 'node:path';
import type { GazetteerFs } from '../../src/gazetteer/read-gazetteer-files';

export const LEXICONS: Record<string, unknown> = {
  'shared-aliases.json': { description: 'shared', shared: [] },
  'lexicon/titles.json': {
    description: 'titles',
    titles: [
      { title: 'President', relation: 'leads', headOfState: true },
      { title: 'Adviser', variants: ['Senior Policy Adviser'], relation: 'works-for' },
    ],
  },
  'lexicon/honorifics.json': { description: 'honorifics', words: ['Mr', 'Dr'] },
  'lexicon/org-head-words.json': { description: 'heads', words: ['Committee', 'Government'] },
  'lexicon/place-cue-words.json': { description: 'places', words: ['city', 'oblast'] },
  'lexicon/group-nouns.json': { description: 'groups', groups: [{ label: 'journalists' }] },
  'lexicon/government-patterns.json': { description: 'patterns', patterns: ['{demonym} authorities', 'Government of {name}'] },
  'lexicon/state-bodies.json': {
    description: 'bodies',
    countries: ['Q232'],
    bodies: [
      {
        label: 'Ministry of Internal Affairs of {name}',
        aliases: ['{demonym} Interior Ministry'],
        genericNames: ['Interior Ministry', 'Ministry of Internal Affairs'],
        description: 'interior ministry',
      },
    ],
  },
};

export const KAZAKHSTAN = {
  id: 'Q232',
  kind: 'Country',
  label: 'Kazakhstan',
  aliases: ['Republic of Kazakhstan'],
  demonyms: ['Kazakh', 'Kazakhs', 'Kazakhstani'],
};
export const ALMATY = { kind: 'City', label: 'Almaty', aliases: ['Alma-Ata'], country: 'Q232' };

/** An in-memory gazetteer folder: `files` maps relative paths to JSON values or raw text. */
export function fakeFs(dir: string, files: Record<string, unknown>): GazetteerFs {
  const all = new Map<string, string>();
  for (const [name, value] of Object.entries({ ...LEXICONS, ...files })) {
    all.set(path.join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));
  }
  return {
    exists: (file) => all.has(file) || [...all.keys()].some((k) => k.startsWith(file + path.sep)),
    readText: (file) => {
      const text = all.get(file);
      if (text === undefined) throw new Error(`ENOENT: ${file}`);
      return text;
    },
    listJson: (folder) =>
      [...all.keys()]
        .filter((k) => path.dirname(k) === folder && k.endsWith('.json'))
        .map((k) => path.basename(k))
        .sort(),
  };
}

export function entryFile(entries: unknown[]): { description: string; entries: unknown[] } {
  return { description: 'test entries', entries };
}
