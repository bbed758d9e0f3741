import type { StateBodiesFile } from '../../schema/gazetteer';
import { GazetteerEntry } from '../../schema/gazetteer';
import { withStateBodies } from '../../src/gazetteer/expand-state-bodies';
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer';
import { KAZAKHSTAN } from './fixtures';

const kazakhstan = GazetteerEntry.parse(KAZAKHSTAN);
const bodies: StateBodiesFile = {
  description: 'bodies',
  countries: ['Q232'],
  bodies: [
    {
      label: 'Parliament of {name}',
      type: 'state-body',
      aliases: ['{demonym} Parliament'],
      genericNames: ['parliament'],
      description: 'national parliament',
    },
  ],
};

describe('withStateBodies', () => {
  it('should create a templated body that no entry has yet', () => {
    const out = withStateBodies([kazakhstan], bodies);
    expect(out).toHaveLength(2);
    expect(out[1]).toMatchObject({
      kind: 'Organisation',
      label: 'Parliament of Kazakhstan',
      country: 'Q232',
      genericNames: ['parliament'],
      description: 'national parliament of Kazakhstan',
    });
    expect((out[1] as { aliases: string[] }).aliases).toEqual(expect.arrayContaining(['Kazakh Parliament', 'Kazakhstani Parliament']));
  });

  it('should attach the generic names to an entry that already has a templated name', () => {
    const mazhilis = GazetteerEntry.parse({ kind: 'Organisation', type: 'state-body', label: 'Mazhilis', aliases: ['Kazakh Parliament'], country: 'Q232' });
    const out = withStateBodies([kazakhstan, mazhilis], bodies);
    expect(out).toHaveLength(2);
    expect(out[1]).toMatchObject({ label: 'Mazhilis', genericNames: ['parliament'] });
    expect((out[1] as { aliases: string[] }).aliases).toContain('Parliament of Kazakhstan');
  });

  it('should not take over a body of another country that shares a templated name', () => {
    const other = GazetteerEntry.parse({ kind: 'Organisation', type: 'state-body', label: 'Kazakh Parliament', country: 'Q813' });
    const out = withStateBodies([kazakhstan, other], bodies);
    expect(out).toHaveLength(3);
    expect(out[1]).toBe(other);
  });
});

describe('lookupNational', () => {
  const g = loadGazetteer();

  it('should read a generic body name as the body of the country in focus', () => {
    expect(g.lookupNational('the Interior Ministry', 'Q813')?.label).toBe('Ministry of Internal Affairs of Kyrgyzstan');
    expect(g.lookupNational('Ministry of Internal Affairs', 'Kazakhstan')?.label).toBe('Ministry of Internal Affairs of Kazakhstan');
    expect(g.lookupNational("Prosecutor General's Office", 'Q813')?.label).toBe("Prosecutor General's Office of Kyrgyzstan");
    expect(g.lookupNational('parliament', 'Q813')?.label).toBe('Jogorku Kenesh');
    expect(g.lookupNational('GKNB', 'Q813')?.label).toBe('State Committee for National Security of Kyrgyzstan');
    expect(g.lookupNational('GKNB', 'Q863')?.label).toBe('State Committee for National Security of Tajikistan');
  });

  it("should read 'the authorities' as the government of the country in focus", () => {
    expect(g.lookupNational('the authorities', 'Q232')?.label).toBe('Government of Kazakhstan');
    expect(g.lookupNational('the government', 'Uzbekistan')?.label).toBe('Government of Uzbekistan');
  });

  it('should return nothing for a name that is not generic or a country it does not know', () => {
    expect(g.lookupNational('Interior Ministry', 'Nowhere')).toBeUndefined();
    expect(g.lookupNational('Committee', 'Q232')).toBeUndefined();
  });

  it('should find the longest generic name in running text', () => {
    const tokens = 'The Ministry of Internal Affairs rejected the accusation'.split(' ');
    expect(g.lookupNationalPrefix(tokens, 1, 'Q813')).toMatchObject({ entry: { label: 'Ministry of Internal Affairs of Kyrgyzstan' }, length: 4 });
    expect(g.lookupNationalPrefix(tokens, 6, 'Q813')).toBeUndefined();
  });

  it('should never match generic names in a plain scan', () => {
    expect(g.lookupPrefix(['Interior', 'Ministry'], 0)).toBeUndefined();
    expect(g.lookupName('the authorities')).toBeUndefined();
  });

  it('should give the specific names of templated bodies to the plain scan', () => {
    expect(g.lookupName('Kyrgyz Interior Ministry')?.label).toBe('Ministry of Internal Affairs of Kyrgyzstan');
    expect(g.lookupName("Kyrgyzstan's Prosecutor General's Office")?.label).toBe("Prosecutor General's Office of Kyrgyzstan");
    expect(g.lookupName('Batken region')?.label).toBe('Batken Region');
  });
});
