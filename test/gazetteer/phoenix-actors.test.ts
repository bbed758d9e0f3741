import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GazetteerEntry } from '../../schema/gazetteer';
import { GazetteerFile } from '../../schema/gazetteer';
import { defaultGazetteerDir } from '../../src/gazetteer/load-gazetteer';
import { loadGazetteer } from '../../src/gazetteer';
import { convertPhoenixActors, parsePhoenixActors, phoenixDate, phraseToName, roleTitleOf } from '../../src/gazetteer/phoenix-actors';

// A made-up dictionary in the Phoenix format: none of these people exist.
const DICTIONARY = [
  '# comment line',
  'KYRGYZSTAN_',
  '+KIRGHIZIA_',
  '\t[KGZ >911221]',
  'TALANT_ZHEENALIEV_  # CountryInfo.txt',
  '+TALANT_JEENALIEV_',
  '+ZHEENALIEV_',
  '+PRESIDENT_ZHEENALIEV_',
  '+MR._ZHEENALIEV_TALANT_',
  '\t[KGZELI 700101-050324]',
  '\t[KGZGOVMIL >050324]',
  '\t[KGZELI]',
  'GULNAZ_ORMONOVA_  # CountryInfo.txt',
  '\t[UZBGOV 19981001-030131]',
  'SOME_UNRELATED_PERSON_  # CountryInfo.txt',
  '\t[FRAGOV 990101-020202]',
  'ASKAR_AKAYEV_  # CountryInfo.txt',
  '\t[KGZGOV 901027-050411]',
  'NATIONAL_GUARD_OF_NARYN_',
  '\t[KGZMIL 990101-020202]',
].join('\n');

const EXISTING: GazetteerEntry[] = [
  { kind: 'Country', id: 'Q813', label: 'Kyrgyzstan', aliases: [], acronyms: [], demonyms: [], memberOf: [] },
  { kind: 'Country', id: 'Q265', label: 'Uzbekistan', aliases: [], acronyms: [], demonyms: [], memberOf: [] },
  { kind: 'Person', id: 'Q484605', label: 'Askar Akayev', aliases: ['Akayev'], acronyms: [], country: 'Q813', roles: [] },
  { kind: 'City', label: 'Talant Jeenaliev', aliases: [], acronyms: [], country: 'Q813' },
];

function convert() {
  return convertPhoenixActors(parsePhoenixActors(DICTIONARY), {
    entries: EXISTING,
    titles: new Set(['president', 'prime minister']),
    orgHeadWords: new Set(['guard', 'ministry']),
    honorifics: new Set(['mr', 'mullah']),
  });
}

describe('converting the Phoenix actor dictionaries', () => {
  it('should read six- and eight-digit dates, with two-digit years up to 30 in this century', () => {
    expect(phoenixDate('050324')).toBe('2005-03-24');
    expect(phoenixDate('700101')).toBe('1970-01-01');
    expect(phoenixDate('19981001')).toBe('1998-10-01');
    expect(phoenixDate('051324')).toBeUndefined();
  });

  it('should turn underscored upper-case phrases into names and codes into sector roles', () => {
    expect(phraseToName('ABDUL_AL_RAHMAN_QADIR_')).toBe('Abdul al Rahman Qadir');
    expect(phraseToName('ALMA-ATA_')).toBe('Alma-Ata');
    expect(roleTitleOf('KGZGOVMIL')).toBe('government official (military)');
    expect(roleTitleOf('FRAGOV')).toBeUndefined();
  });

  it("should keep the region's office holders with their dated roles, and drop others, bodies and undated fallbacks", () => {
    const { entries } = convert();
    expect(entries.map((e) => e.label).sort()).toEqual(['Gulnaz Ormonova', 'Talant Zheenaliev']);
    const talant = entries.find((e) => e.label === 'Talant Zheenaliev')!;
    expect(talant.country).toBe('Q813');
    expect(talant.roles).toEqual([
      { title: 'political figure', of: 'Q813', code: 'KGZELI', from: '1970-01-01', to: '2005-03-24' },
      { title: 'government official (military)', of: 'Q813', code: 'KGZGOVMIL', from: '2005-03-24' },
    ]);
    expect(entries.find((e) => e.label === 'Gulnaz Ormonova')!.roles[0]).toMatchObject({ of: 'Q265', from: '1998-10-01', to: '2003-01-31' });
  });

  it('should never invent a QID, add no surname-only or titled synonyms, strip honorifics, and drop names another entry claims', () => {
    const { entries, tally } = convert();
    expect(entries.every((e) => e.id === undefined)).toBe(true);
    const talant = entries.find((e) => e.label === 'Talant Zheenaliev')!;
    // "Talant Jeenaliev" is claimed by another entry, "Zheenaliev" is a bare surname, "President Zheenaliev" carries a title;
    // "Mr. Zheenaliev Talant" keeps its name without the honorific.
    expect(talant.aliases).toEqual(['Zheenaliev Talant']);
    expect(tally.droppedNames).toBe(1);
  });

  it('should not duplicate a person the curated gazetteer already has', () => {
    const { entries, tally } = convert();
    expect(entries.some((e) => e.label === 'Askar Akayev')).toBe(false);
    expect(tally.merged).toEqual(['Askar Akayev']);
  });

  it('should have written a committed file that validates, carries its attribution and licence, and loads with the rest', () => {
    const dir = defaultGazetteerDir();
    const file = GazetteerFile.parse(JSON.parse(readFileSync(path.join(dir, 'people-phoenix.json'), 'utf8')));
    expect(file.attribution?.licence).toBe('MIT');
    expect(readFileSync(path.join(dir, file.attribution!.licenceFile!), 'utf8')).toMatch(/MIT License/);
    expect(file.entries.length).toBeGreaterThan(500);
    expect(file.entries.every((e) => e.kind === 'Person' && e.id === undefined && e.roles.length > 0 && e.roles.every((r) => r.code))).toBe(true);
    // One person, one entry: Phoenix's "Kasymzhomart Tokayev" is the curated Tokayev, not a second one.
    expect(file.entries.some((e) => /tokayev/i.test(e.label))).toBe(false);
    expect(loadGazetteer().lookupCandidates('Kassym-Jomart Tokayev')).toHaveLength(1);
  });
});

describe('people in the whole gazetteer', () => {
  it('should have no label or alias that starts with an honorific or carries an organisation head word', () => {
    const g = loadGazetteer();
    const bad = g.entries
      .filter((e) => e.kind === 'Person')
      .flatMap((e) => [e.label, ...e.aliases])
      .filter((name) => g.honorifics.has(name.split(/\s+/)[0]!.toLowerCase().replace(/\.$/, '')) || name.split(/\s+/).some((w) => g.orgHeadWords.has(w.toLowerCase())));
    expect(bad).toEqual([]);
  });
});
