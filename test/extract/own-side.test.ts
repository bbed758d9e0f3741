import { ownSide } from '../../src/extract/own-side';
import type { KnownEntity } from '../../src/extract/knowledge';
import type { Relation } from '../../schema/records';
import { readAndExtract } from '../helpers/read-and-extract';

const known = (id: string, kind: KnownEntity['kind'], extra: Partial<KnownEntity> = {}): KnownEntity => ({ id, kind, label: id, aliases: [], roles: [], ...extra });
const GAZETTEER = new Map<string, KnownEntity>([
  ['land', known('land', 'Country')],
  ['gov-land', known('gov-land', 'Organisation', { country: 'land', orgType: 'government' })],
  ['ministry', known('ministry', 'Organisation', { country: 'land', orgType: 'state-body' })],
  ['union', known('union', 'Organisation')],
  ['union-office', known('union-office', 'Organisation', { partOf: 'union' })],
  ['chief', known('chief', 'Person', { roles: [{ title: 'President', of: 'land' }] })],
  ['other', known('other', 'Country')],
]);
const knowledge = { byKey: (k: string) => GAZETTEER.get(k), governmentOf: (c: string) => (c === 'land' ? GAZETTEER.get('gov-land') : undefined) };
const relation = (from: string, type: Relation['type'], to: string) => ({ from, type, to }) as Relation;

describe('ownSide', () => {
  const side = ownSide([relation('aide', 'WORKS_FOR', 'union-office')], knowledge, (id) =>
    id.startsWith('d') ? { label: id.replace(/-/g, ' '), kind: 'Organisation' } : undefined,
  );

  it('should put a president on the side of the state he leads and of its government', () => {
    expect(side.sideOf('chief', 'land')).toBe('side');
    expect(side.sideOf('chief', 'gov-land')).toBe('side');
    expect(side.sideOf('chief', 'other')).toBeUndefined();
  });

  it('should put an organisation and the office that is part of it on one side, both ways', () => {
    expect(side.sideOf('union', 'union-office')).toBe('side');
    expect(side.sideOf('aide', 'union')).toBe('side');
  });

  it('should put two bodies of one state on one side, but judge a person in their own right', () => {
    expect(side.sideOf('ministry', 'gov-land')).toBe('side');
    expect(side.sideOf('ministry', 'chief')).toBeUndefined();
  });

  it('should read a name that only adds a place to another as the same body', () => {
    expect(side.sideOf('delegation-of-the-union-to-land', 'delegation-of-the-union')).toBe('self');
  });
});

describe("stances towards the holder's own side", () => {
  const { stancesOf } = readAndExtract(
    `A year of work

By Aida Bekova

I am Aida Bekova, director of the Steppe Rights Centre. The Steppe Rights Centre has done remarkable and courageous work this year. The Ministry of Justice of Kazakhstan has done remarkable work too.
`,
    'inline/own-side-column.txt',
    { author: 'Aida Bekova' },
  );

  it('should take no position towards the organisation the author leads, and keep the one towards another body', () => {
    expect(stancesOf('Aida Bekova', 'Steppe Rights Centre')).toEqual([]);
    expect(stancesOf('Aida Bekova', 'Ministry of Justice of Kazakhstan').length).toBeGreaterThan(0);
  });
});
