import { checkGazetteer } from '../../src/gazetteer/check-gazetteer';
import { readGazetteerFiles } from '../../src/gazetteer/read-gazetteer-files';
import { ALMATY, KAZAKHSTAN, entryFile, fakeFs } from './fixtures';

const dir = '/gz';
const problemsOf = (entries: unknown[], extra: Record<string, unknown> = {}) =>
  checkGazetteer(readGazetteerFiles(dir, fakeFs(dir, { 'entries.json': entryFile(entries), ...extra })));

describe('checkGazetteer', () => {
  it('should find nothing wrong in a sound gazetteer', () => {
    expect(problemsOf([KAZAKHSTAN, ALMATY])).toEqual([]);
  });

  it('should report a dated role that ends before it starts, and accept one that ends in the month it starts', () => {
    const person = (from: string, to: string) => ({ kind: 'Person', label: 'Erkin Tashev', country: 'Q232', roles: [{ title: 'Prime Minister', of: 'Q232', from, to }] });
    expect(problemsOf([KAZAKHSTAN, person('2004-05-01', '2003-12')])).toEqual(['Person "Erkin Tashev": roles.0 ends ("2003-12") before it starts ("2004-05-01")']);
    expect(problemsOf([KAZAKHSTAN, person('2004-05-01', '2004-05')])).toEqual([]);
  });

  it('should report two entries with the same id', () => {
    expect(problemsOf([KAZAKHSTAN, { ...ALMATY, id: 'Q232' }])).toEqual([expect.stringMatching(/City "Almaty": id "Q232" is also used by Country "Kazakhstan"/)]);
  });

  it('should report two entries whose labels give the same key', () => {
    expect(problemsOf([KAZAKHSTAN, ALMATY, { ...ALMATY, label: 'ALMATY', aliases: [] }])).toContainEqual(expect.stringMatching(/id "n:almaty" is also used/));
  });

  it('should report a reference that matches no entry', () => {
    expect(problemsOf([KAZAKHSTAN, { ...ALMATY, region: 'Almaty Region' }])).toEqual(['City "Almaty": region "Almaty Region" matches no entry']);
  });

  it('should report a reference to an entry of the wrong kind', () => {
    expect(problemsOf([KAZAKHSTAN, ALMATY, { kind: 'City', label: 'Osh', country: 'Almaty' }])).toEqual(['City "Osh": country "Almaty" is a City, expected Country']);
  });

  it('should report a name claimed by two referents', () => {
    const osh = { kind: 'City', label: 'Osh', country: 'Q232', aliases: ['Alma-Ata'] };
    expect(problemsOf([KAZAKHSTAN, ALMATY, osh])).toEqual([expect.stringMatching(/name "alma ata" is claimed by City "Almaty", City "Osh"; list it in shared-aliases.json/)]);
  });

  it('should report a demonym that is also another entry’s name', () => {
    const kazakh = { kind: 'Organisation', type: 'media', label: 'Kazakh' };
    expect(problemsOf([KAZAKHSTAN, kazakh])).toEqual([expect.stringMatching(/name "kazakh" is claimed by Country "Kazakhstan", Organisation "Kazakh"/)]);
  });

  it('should accept a name shared on purpose when shared-aliases.json lists it', () => {
    const osh = { kind: 'City', label: 'Osh', country: 'Q232', aliases: ['Alma-Ata'] };
    const shared = {
      description: 'shared',
      shared: [{ name: 'Alma-Ata', entries: ['Almaty', 'Osh'], preferred: 'Almaty', why: 'test' }],
    };
    expect(problemsOf([KAZAKHSTAN, ALMATY, osh], { 'shared-aliases.json': shared })).toEqual([]);
  });

  it('should report a shared-name listing that points at an unknown entry or an outside preference', () => {
    const shared = {
      description: 'shared',
      shared: [{ name: 'Alma-Ata', entries: ['Almaty', 'Nowhere'], preferred: 'Kazakhstan', why: 'test' }],
    };
    expect(problemsOf([KAZAKHSTAN, ALMATY], { 'shared-aliases.json': shared })).toEqual([
      'shared name "Alma-Ata": entry "Nowhere" matches no entry',
      'shared name "Alma-Ata": preferred "Kazakhstan" is not one of its entries',
    ]);
  });

  it('should report a state-bodies country that is missing or not a country', () => {
    const bodies = {
      description: 'bodies',
      countries: ['Q232', 'Almaty', 'Q999'],
      bodies: [{ label: 'Parliament of {name}', genericNames: ['parliament'], description: 'parliament' }],
    };
    expect(problemsOf([KAZAKHSTAN, ALMATY], { 'lexicon/state-bodies.json': bodies })).toEqual([
      'lexicon/state-bodies.json: country "Almaty" is a City',
      'lexicon/state-bodies.json: country "Q999" matches no entry',
    ]);
  });

  it('should report one generic name given to two bodies of the same country', () => {
    const a = { kind: 'Organisation', type: 'state-body', label: 'Mazhilis', country: 'Q232', genericNames: ['lower house'] };
    const b = { kind: 'Organisation', type: 'state-body', label: 'Senate of Kazakhstan', country: 'Q232', genericNames: ['lower house'] };
    expect(problemsOf([KAZAKHSTAN, a, b])).toEqual(['Organisation "Senate of Kazakhstan": generic name "lower house" is also used by Organisation "Mazhilis" in the same country']);
  });

  it('should keep acronyms apart from names, since they match case-sensitively', () => {
    const un = { kind: 'Organisation', type: 'international', label: 'United Nations', acronyms: ['UN'] };
    const un2 = { kind: 'Organisation', type: 'media', label: 'Un', aliases: [] };
    expect(problemsOf([KAZAKHSTAN, un, un2])).toEqual([]);
  });

  it('should report an acronym claimed by two referents', () => {
    const a = { kind: 'Organisation', type: 'ngo', label: 'Alpha Committee', acronyms: ['AC'] };
    const b = { kind: 'Organisation', type: 'ngo', label: 'Beta Council', acronyms: ['AC'] };
    expect(problemsOf([KAZAKHSTAN, a, b])).toEqual([expect.stringMatching(/name "AC" is claimed by Organisation "Alpha Committee", Organisation "Beta Council"/)]);
  });
});
