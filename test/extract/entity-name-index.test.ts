import { entityNameIndex } from '../../src/extract/entity-name-index';
import type { LocalEntity } from '../../src/extract/resolve-names';

const entity = (id: string, kind: LocalEntity['kind'], label: string, surfaces: string[] = []): [string, LocalEntity] => [id, { id, kind, label, surfaces: new Set(surfaces) }];

describe('entityNameIndex', () => {
  const entities = new Map<string, LocalEntity>([
    entity('n:aida-bekova', 'Person', 'Aida Bekova', ['Ms Bekova']),
    entity('n:bekova-foundation', 'Organisation', 'Bekova Foundation'),
    entity('n:timur-aliyev', 'Person', 'Timur Aliyev'),
  ]);

  it('should find an entity by its label or one of its surfaces, whatever the case and punctuation', () => {
    const index = entityNameIndex(entities);
    expect(index.named('aida BEKOVA')).toBe('n:aida-bekova');
    expect(index.named('Ms. Bekova')).toBe('n:aida-bekova');
    expect(index.named('Bekova')).toBeUndefined();
  });

  it('should find a person by a bare surname, and a person whose name ends a longer one', () => {
    const index = entityNameIndex(entities);
    expect(index.personWithSurname('aliyev')).toBe('n:timur-aliyev');
    expect(index.personWithSurname('foundation')).toBeUndefined();
    expect(index.personEndingName('lawyer-aida-bekova')).toBe('n:aida-bekova');
  });

  it('should give the first entity in the map order when two match, as a scan would', () => {
    const twins = new Map([entity('n:a', 'Person', 'Dinara Karimova'), entity('n:b', 'Person', 'Karimova')]);
    expect(entityNameIndex(twins).personEndingName('dr-dinara-karimova')).toBe('n:a');
  });

  it('should take in entities added after it was made', () => {
    const growing = new Map(entities);
    const index = entityNameIndex(growing);
    expect(index.named('Gulnara Sadykova')).toBeUndefined();
    growing.set(...entity('n:gulnara-sadykova', 'Person', 'Gulnara Sadykova'));
    expect(index.named('Gulnara Sadykova')).toBe('n:gulnara-sadykova');
    expect(index.personWithSurname('sadykova')).toBe('n:gulnara-sadykova');
  });
});
