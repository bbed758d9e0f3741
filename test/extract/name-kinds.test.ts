import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractDocument } from '../../src/extract/extract-document';
import { loadKnowledge } from '../../src/extract/knowledge-from-gazetteer';
import { docFromText } from '../helpers/doc-from-text';

function entitiesOf(text: string) {
  return extractDocument(docFromText(text, 'inline/kinds.txt')).entities;
}

const HONORIFIC = /^(mr|mrs|ms|miss|madam|madame|dr|prof|sir|hon|ambassador|minister|president)\.?$/i;

/** The defects the issue names: a Person whose label carries an honorific or an organisation head word. */
function misKindedPersons(text: string): string[] {
  const heads = loadKnowledge().orgHeadWords;
  return entitiesOf(text)
    .filter((e) => e.kind === 'Person')
    .map((e) => e.label)
    .filter((label) => label.split(/\s+/).some((w) => HONORIFIC.test(w) || heads.has(w.toLowerCase())));
}

describe('the kind and the name of what a text names', () => {
  it('should leave honorifics out of names and keys: "Ms", "Dr.", "Prof." and "Mr." are not part of the person', () => {
    const e = entitiesOf('Ms Zarina Alieva met Dr. Timur Saliev and Prof. Aliya Nurova in Osh, and Mr. Bolot Usenov joined them later.');
    const labels = e.filter((x) => x.kind === 'Person').map((x) => x.label);
    expect(labels).toEqual(expect.arrayContaining(['Zarina Alieva', 'Timur Saliev', 'Aliya Nurova', 'Bolot Usenov']));
    expect(e.map((x) => x.id)).toEqual(expect.arrayContaining(['n:zarina-alieva', 'n:timur-saliev', 'n:aliya-nurova', 'n:bolot-usenov']));
  });

  it('should not make a person of an honorific and a title written alone ("Madam Ambassador")', () => {
    const e = entitiesOf('Thank you for your time, Madam Ambassador. Mr President, the floor is yours.');
    expect(e.filter((x) => x.kind === 'Person')).toEqual([]);
  });

  it('should not make a person of a verb that opens a headline after its colon: "Kyrgyzstan: Release detained bloggers"', () => {
    const found = entitiesOf('Kyrgyzstan: Release detained bloggers\n\nA court in Osh sentenced two bloggers on Monday.');
    expect(found.some((e) => e.label === 'Release')).toBe(false);
    // A surname opening a sentence is still a person.
    expect(entitiesOf('Sadykova criticised the verdict on Monday.\n\nShe spoke in Osh.').some((e) => e.label === 'Sadykova' && e.kind === 'Person')).toBe(true);
  });

  it('should not take an organisation noun ending one block for the type of the first word of the next', () => {
    const found = entitiesOf('Two reporters jailed, says rights group\n\nStatement by the Eurasian Press Freedom Network\n\nA court in Khujand jailed two reporters on Friday.');
    expect(found.some((e) => e.label === 'Statement')).toBe(false);
  });

  it('should keep the number that closes a name ("Free Press 24 condemned ..."), but not a count, a clause of a law or a quoted slogan', () => {
    expect(entitiesOf('Free Press 24 condemned the verdict in Osh on Monday.').map((e) => e.label)).toContain('Free Press 24');
    expect(entitiesOf('Article 12 of the Constitution protects the press in Kyrgyzstan.').some((e) => /Article/.test(e.label))).toBe(false);
    expect(entitiesOf('The crowd chanted ‘Bread 30’, meaning the price they demanded in Osh.').some((e) => /30/.test(e.label))).toBe(false);
  });

  it('should read hospitals, universities, institutes, foundations, banks and companies as organisations', () => {
    const e = entitiesOf(
      'Doctors at the Naryn City Hospital treated the injured. Students of the University of Talas and of Issyk-Kul State University marched with staff of the Pamir Research Institute. The Open Steppe Foundation, the Kyrgyz Investment Bank and Tengri Logistics LLC paid for the buses.',
    );
    const kindOf = (label: string) => e.find((x) => x.label === label)?.kind;
    for (const label of [
      'Naryn City Hospital',
      'University of Talas',
      'Issyk-Kul State University',
      'Pamir Research Institute',
      'Open Steppe Foundation',
      'Kyrgyz Investment Bank',
      'Tengri Logistics LLC',
    ]) {
      expect([label, kindOf(label)]).toEqual([label, 'Organisation']);
    }
  });

  it('should split two organisations joined by "and the" or by "and" between two head-worded names', () => {
    const labels = entitiesOf('The University of Khujand and the Silk Road Lyceum closed, as did Osh State University and Ala-Too Medical Institute.').map((x) => x.label);
    expect(labels).toEqual(expect.arrayContaining(['University of Khujand', 'Silk Road Lyceum', 'Osh State University', 'Ala-Too Medical Institute']));
  });

  it('should give no Person a label that contains an honorific or an organisation head word', () => {
    const text =
      'Mrs. Dinara Sultanova, head of the Batken Regional Hospital, said Sir Edward Hale had visited. Dr Kanat Ermekov of the Eurasian Development Bank and Hon. Maria Lutz of the Alpine Trust spoke to students of the Tashkent State University of Law. Prof Erlan Abenov, rector of the Karaganda Medical University, agreed.';
    expect(misKindedPersons(text)).toEqual([]);
  });

  it('should read a place name as the news outlet of that name when the context is about reporting', () => {
    const x = extractDocument(
      docFromText(
        'According to Fergana, police detained three bloggers. A lawyer told Fergana the trial was unfair. The mayor of Fergana declined to comment.',
        'inline/outlet.txt',
      ),
    );
    const outlet = loadKnowledge().outletNamed('Fergana');
    expect(outlet?.kind).toBe('Organisation');
    const onOutlet = x.mentions.filter((m) => m.entity === outlet!.id).map((m) => m.span[0]);
    expect(onOutlet).toHaveLength(2);
    // "The mayor of Fergana": the city.
    const city = x.mentions.find((m) => m.text === 'Fergana' && m.entity !== outlet!.id);
    expect(x.entities.find((e) => e.id === city?.entity)?.kind).toBe('City');
  });

  it('should not read a capital that is told something as the outlet named after it', () => {
    const x = extractDocument(docFromText('A Kazakh envoy told Moscow that the border would stay open.', 'inline/told-capital.txt'));
    const outlet = loadKnowledge().outletNamed('Moscow');
    expect(outlet?.label).toBe('The Moscow Times');
    expect(x.entities.map((e) => e.id)).not.toContain(outlet!.id);
  });

  it('should keep a capital that "says" something as its government, not as an outlet of the same name', () => {
    const x = extractDocument(docFromText('Tashkent reported no casualties, and the Uzbek capital stayed calm.', 'inline/capital.txt'));
    expect(x.entities.every((e) => e.kind !== 'Organisation' || e.id !== loadKnowledge().outletNamed('Tashkent')?.id)).toBe(true);
  });

  it('should give no Person a label with an honorific or an organisation head word in any text the project ships (import/ and eval/dev/)', () => {
    const root = path.join(__dirname, '../..');
    const files = [
      'import/cabar-2022-01-ivar-dale-kazakhstan-protests.txt',
      'import/bishkek-2025-03-kun-media-detentions.txt',
      'eval/dev/analysis-water-energy.txt',
      'eval/dev/press-release-almaty-activists.txt',
      'eval/dev/qa-interview-labour-migration.txt',
    ];
    const bad = files.flatMap((file) => misKindedPersons(readFileSync(path.join(root, file), 'utf8')).map((label) => `${file}: ${label}`));
    expect(bad).toEqual([]);
  });
});
