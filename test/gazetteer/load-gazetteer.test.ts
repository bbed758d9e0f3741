import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GazetteerEntry } from '../../schema/gazetteer';
import { KgError } from '../../src/errors/kg-error';
import { ENTRY_FILE_SCHEMA, entryFileJsonSchema } from '../../src/gazetteer/gazetteer-json-schema';
import { checkGazetteer } from '../../src/gazetteer/check-gazetteer';
import { entityIdOf } from '../../src/gazetteer/entity-id-of';
import { defaultGazetteerDir, loadGazetteer, loadGazetteerFrom } from '../../src/gazetteer/load-gazetteer';
import { readGazetteerFiles } from '../../src/gazetteer/read-gazetteer-files';
import { ALMATY, KAZAKHSTAN, entryFile, fakeFs } from './fixtures';

describe('the project gazetteer', () => {
  const data = readGazetteerFiles(defaultGazetteerDir());
  const gazetteer = loadGazetteer();

  it('should validate every entry of every data file against the schema', () => {
    for (const { file, data: content } of data.files) {
      for (const entry of content.entries) expect({ file, ok: GazetteerEntry.safeParse(entry).success }).toEqual({ file, ok: true });
    }
  });

  it('should hold a few hundred entries of every kind', () => {
    expect(gazetteer.entries.length).toBeGreaterThanOrEqual(300);
    const kinds = new Set(gazetteer.entries.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['City', 'Country', 'Event', 'Group', 'Organisation', 'Person', 'Region']);
  });

  it('should report no consistency problems (unique ids, resolvable references, no unlisted shared names)', () => {
    expect(checkGazetteer(data)).toEqual([]);
  });

  it('should give every entry a unique id', () => {
    const ids = gazetteer.entries.map(entityIdOf);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('should resolve every country, partOf, basedIn and role reference to an entry', () => {
    for (const entry of gazetteer.entries) {
      const refs: string[] = [];
      if ('country' in entry && entry.country) refs.push(entry.country);
      if ('partOf' in entry && entry.partOf) refs.push(entry.partOf);
      if ('basedIn' in entry && entry.basedIn) refs.push(entry.basedIn);
      if (entry.kind === 'Person') refs.push(...entry.roles.map((r) => r.of));
      for (const ref of refs) expect({ entry: entry.label, ref, found: gazetteer.resolveRef(ref) !== undefined }).toMatchObject({ found: true });
    }
  });

  it('should find each entry by its own id', () => {
    for (const entry of gazetteer.entries) expect(gazetteer.byId(entityIdOf(entry))).toBe(entry);
  });

  it('should use only well-formed Wikidata QIDs as ids', () => {
    for (const entry of gazetteer.entries) if (entry.id) expect(entry.id).toMatch(/^Q[1-9]\d*$/);
  });

  it('should return the same cached object on every call', () => {
    expect(loadGazetteer()).toBe(gazetteer);
  });

  it('should expose the lexicons as sets and maps', () => {
    expect(gazetteer.honorifics.has('dr')).toBe(true);
    expect(gazetteer.orgHeadWords.has('committee')).toBe(true);
    expect(gazetteer.placeCueWords.has('oblast')).toBe(true);
    expect(gazetteer.titles.get('senior policy adviser')?.relation).toBe('works-for');
    expect(gazetteer.titles.get('president')?.headOfState).toBe(true);
    expect(gazetteer.groupNouns.get('demonstrators')?.label).toBe('protesters');
  });
});

describe('loadGazetteerFrom', () => {
  const dir = '/gz';

  it('should load a small, sound folder', () => {
    const g = loadGazetteerFrom(dir, fakeFs(dir, { 'places.json': entryFile([KAZAKHSTAN, ALMATY]) }));
    expect(g.lookupName('Alma-Ata')?.label).toBe('Almaty');
    expect(g.governmentOf('Q232')?.label).toBe('Government of Kazakhstan');
  });

  it('should throw E_GAZETTEER naming the file and the path of every problem in a malformed file', () => {
    const bad = entryFile([
      { ...KAZAKHSTAN, id: 'Kazakhstan' },
      { kind: 'City', label: 'Osh', aliases: [] },
      { kind: 'Planet', label: 'Mars' },
    ]);
    const fs = fakeFs(dir, { 'places.json': bad });
    expect(() => loadGazetteerFrom(dir, fs)).toThrow(KgError);
    try {
      loadGazetteerFrom(dir, fs);
    } catch (error) {
      const e = error as KgError;
      expect(e.code).toBe('E_GAZETTEER');
      expect(e.message).toContain('/gz/places.json');
      expect(e.message).toContain('entries.0 ("Kazakhstan").id: expected a Wikidata QID');
      expect(e.message).toContain('entries.1 ("Osh").country:');
      expect(e.message).toContain('entries.2 ("Mars").kind:');
      expect(e.message).not.toContain('\n');
    }
  });

  it('should report invalid JSON with the file name', () => {
    const fs = fakeFs(dir, { 'places.json': '{ "description": "x", "entries": [ }' });
    expect(() => loadGazetteerFrom(dir, fs)).toThrow(/places\.json": not valid JSON/);
  });

  it('should report a missing lexicon file', () => {
    const fs = fakeFs(dir, { 'places.json': entryFile([KAZAKHSTAN]) });
    const files = { ...fs, exists: (f: string) => !f.endsWith('honorifics.json') && fs.exists(f) };
    expect(() => loadGazetteerFrom(dir, files)).toThrow(/honorifics\.json": file is missing/);
  });

  it('should throw E_GAZETTEER when the data are valid one by one but inconsistent together', () => {
    const fs = fakeFs(dir, { 'places.json': entryFile([KAZAKHSTAN, { ...ALMATY, country: 'Q999' }]) });
    expect(() => loadGazetteerFrom(dir, fs)).toThrow(/City "Almaty": country "Q999" matches no entry/);
  });
});

describe('the JSON Schema of entry files', () => {
  it('should equal the committed gazetteer/schema/entry-file.schema.json (regenerate with npx tsx src/gazetteer/gazetteer-json-schema.ts)', () => {
    const committed = readFileSync(path.join(defaultGazetteerDir(), ENTRY_FILE_SCHEMA), 'utf8');
    expect(committed).toBe(entryFileJsonSchema());
  });

  it('should be named by every entry file', () => {
    for (const { file, data } of readGazetteerFiles(defaultGazetteerDir()).files) expect({ file, schema: data.$schema }).toEqual({ file, schema: `./${ENTRY_FILE_SCHEMA}` });
  });
});
