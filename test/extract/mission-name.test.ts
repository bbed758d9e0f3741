import { extractDocument } from '../../src/extract/extract-document';
import { loadKnowledge } from '../../src/extract/knowledge-from-gazetteer';
import { missionName } from '../../src/extract/mission-name';
import { docFromText } from '../helpers/doc-from-text';

const knowledge = loadKnowledge();

describe('one name for one diplomatic mission', () => {
  it('should give the forms of the EU delegation to a country one name', () => {
    for (const written of ['EU Delegation in the Republic of Tajikistan', 'EU Delegation to Tajikistan', 'Delegation of the European Union to Tajikistan'])
      expect(missionName(written, knowledge)).toBe('Delegation of the European Union to Tajikistan');
  });

  it('should give an embassy named by its capital, by its host country or in full one name', () => {
    for (const written of ['the U.S. Embassy in Dushanbe', 'US Embassy in Tajikistan', 'Embassy of the United States in Tajikistan'])
      expect(missionName(written, knowledge)).toBe('Embassy of the United States in Tajikistan');
    expect(missionName('British Embassy in Astana', knowledge)).toBe('Embassy of the United Kingdom in Kazakhstan');
  });

  it('should leave a body’s own mission, and a name whose sender or host it does not know, as written', () => {
    expect(missionName('OSCE Mission to Moldova', knowledge)).toBeUndefined();
    expect(missionName('Embassy of Freedonia in Tajikistan', knowledge)).toBeUndefined();
    expect(missionName('German Embassy in Berlin', knowledge)).toBeUndefined();
  });

  it('should make two texts that write one embassy differently name one entity', () => {
    const a = extractDocument(docFromText('Grants for schools\n\nThe U.S. Embassy in Dushanbe announced grants for ten schools.', 'inline/a.txt'));
    const b = extractDocument(docFromText('Grants for schools\n\nThe US Embassy in Tajikistan announced grants for ten schools.', 'inline/b.txt'));
    const id = (x: typeof a) => x.entities.find((e) => /Embassy/.test(e.label))?.id;
    expect(id(a)).toBeDefined();
    expect(id(a)).toBe(id(b));
  });
});
