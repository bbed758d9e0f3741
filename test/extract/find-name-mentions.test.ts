import { extractDocument } from '../../src/extract/extract-document';
import { docFromText } from '../helpers/doc-from-text';

function entitiesOf(text: string) {
  return extractDocument(docFromText(text, 'inline/mentions.txt')).entities;
}

describe('finding mentions', () => {
  it('should find an organisation that no gazetteer knows from the noun before it', () => {
    const e = entitiesOf('The human rights group Sanaly Qogam called on the authorities of Kazakhstan to act. Sanaly Qogam said more arrests were likely.');
    expect(e.find((x) => x.label === 'Sanaly Qogam')?.kind).toBe('Organisation');
  });

  it('should start the name of a body after a plural noun that opens the sentence before "of"', () => {
    const e = entitiesOf('The office was quiet in the morning. Inspectors of the Agency for Pasture Protection arrived at noon and sealed the doors.');
    expect(e.map((x) => x.label)).toContain('Agency for Pasture Protection');
    expect(e.map((x) => x.label)).not.toContain('Inspectors of the Agency for Pasture Protection');
  });

  it('should read a name joined by "and" to an outlet after it, with nothing of a person, as a second outlet', () => {
    const e = entitiesOf('The prosecutor listed posts by Kloop Media and its partner project Tamga Sezim as extremist.');
    expect(e.find((x) => x.label === 'Tamga Sezim')?.kind).toBe('Organisation');
  });

  it('should keep a person with a patronymic joined by "and" to an outlet a person', () => {
    const e = entitiesOf('The police questioned staff of Kloop Media and Aizada Temir kyzy on Monday.');
    expect(e.find((x) => x.label === 'Aizada Temir kyzy')?.kind).toBe('Person');
  });

  it('should end a known body before the verb of a title-case headline', () => {
    const e = entitiesOf('Human Rights Watch Condemns Closure of Osh Newspaper\n\nThe group said the closure was unlawful.');
    expect(e.map((x) => x.label)).toContain('Human Rights Watch');
    expect(e.map((x) => x.label).some((l) => l.includes('Condemns'))).toBe(false);
  });

  it('should read the name after a body closed by its type noun as a person, not a second body', () => {
    const e = entitiesOf('Police detained the editor of the independent Tuz newspaper Bakyt Osmonov on Monday.');
    expect(e.find((x) => x.label === 'Bakyt Osmonov')?.kind).toBe('Person');
  });

  it('should read a known broadcaster, a demonym and a head word as one of its services', () => {
    const e = entitiesOf('The minister told the BBC Kyrgyz Service on Monday that the dam would be finished by spring.');
    expect(e.map((x) => x.label)).toContain('BBC Kyrgyz Service');
  });

  it('should read the names of a headline that reads like a byline when the metadata gives it as the title', () => {
    const title = 'Interview by Deputy Director Lena Marsh, Bureau of Highland Water Affairs, With BBC Kyrgyz Service';
    const text = `${title}\n\nBishkek\n\nQUESTION: Thank you for your time today.\n\nMARSH: It is a pleasure to be here again.\n\nQUESTION: What about the canal?\n\nMARSH: The canal will open in May.`;
    const labels = extractDocument(docFromText(text, 'inline/byline-headline.txt', { title })).entities.map((x) => x.label);
    expect(labels).toContain('Bureau of Highland Water Affairs');
    expect(labels).toContain('BBC Kyrgyz Service');
  });

  it('should not take a role written alone for a person', () => {
    const e = entitiesOf('Ivar Dale, Senior Policy Adviser at the Norwegian Helsinki Committee, criticised the verdict.');
    expect(e.map((x) => x.label)).not.toContain('Senior Policy Adviser');
  });

  it('should not start a name with a capitalised word that opens the sentence', () => {
    const e = entitiesOf('Leading Kazakh lawyer Aigul Serikova condemned the verdict.');
    expect(e.map((x) => x.label)).toContain('Aigul Serikova');
    expect(e.map((x) => x.label)).not.toContain('Leading Kazakh');
  });

  it('should not take an English word that opens a sentence before a verb for a person', () => {
    const labels = entitiesOf('Exports to China doubled last year. Growth slowed in the spring and Inflation rose, officials in Bishkek said.').map((x) => x.label);
    expect(labels).not.toContain('Growth');
    expect(labels).not.toContain('Exports');
  });

  it('should still take a surname no dictionary knows for a person when it opens a sentence before a verb', () => {
    const e = entitiesOf('The court in Osh sentenced three activists. Bekova criticised the verdict on Monday.');
    expect(e.find((x) => x.label === 'Bekova')?.kind).toBe('Person');
  });

  it('should stop an organisation name before "in" and a place', () => {
    const e = entitiesOf('Police searched Tash Media in Osh and Batken on Friday, and Tash Media condemned the searches.');
    expect(e.map((x) => x.label)).toContain('Tash Media');
  });

  it('should read "Washington will" as the United States and "in Washington" as the city', () => {
    const labels = entitiesOf('I hope Washington will listen, an activist said in Almaty.').map((x) => x.label);
    expect(labels).toContain('United States');
  });

  it('should find an event named by its month, tied to its country', () => {
    const x = extractDocument(docFromText('The human rights defenders condemned the March protests in Karakalpakstan and criticised the government.', 'inline/event.txt'));
    expect(x.entities.some((e) => e.kind === 'Event' && /March protests/.test(e.label))).toBe(true);
  });
});

describe('bodies and meetings that exist once per place they serve', () => {
  it('should keep the place in the name of an embassy, a delegation or an office, so two embassies of one state stay two bodies', () => {
    const labels = entitiesOf('The Japanese Embassy in Kyrgyzstan and the Japanese Embassy in Tajikistan opened libraries. The OSCE Office in Bishkek trained judges.').map(
      (x) => x.label,
    );
    expect(labels).toEqual(expect.arrayContaining(['Embassy of Japan in Kyrgyzstan', 'Embassy of Japan in Tajikistan', 'OSCE Office in Bishkek']));
    expect(labels).not.toContain('Japanese Embassy');
  });

  it('should read "Delegation of the European Union to Kazakhstan" as one name ending in its host country', () => {
    const labels = entitiesOf('The Delegation of the European Union to Kazakhstan held a seminar on Monday.').map((x) => x.label);
    expect(labels).toContain('Delegation of the European Union to Kazakhstan');
  });

  it('should keep the place in the name of a one-off conference and read it as an event', () => {
    const e = entitiesOf('The Water Conference in Dushanbe closed on Friday.');
    expect(e).toContainEqual(expect.objectContaining({ label: 'Water Conference in Dushanbe', kind: 'Event' }));
  });

  it('should read a known body followed by "Summit" as the body\'s meeting, an event', () => {
    const e = entitiesOf('The CSTO Summit opened with a minute of silence.');
    expect(e).toContainEqual(expect.objectContaining({ label: 'CSTO Summit', kind: 'Event' }));
  });

  it('should not take a place followed by a possessive into the name ("the Embassy in Astana\'s view")', () => {
    const labels = entitiesOf('The Turkish Embassy in Astana’s view was different.').map((x) => x.label);
    expect(labels).not.toContain('Turkish Embassy in Astana');
  });

  it('should keep a known body out of the name of its statement ("the NATO Statement on ...")', () => {
    const labels = entitiesOf('The NATO Statement on the border dispute was published on Monday.').map((x) => x.label);
    expect(labels).not.toContain('NATO Statement');
    expect(labels).toContain('NATO');
  });
});

describe('Central Asian patronymics', () => {
  it('should keep "kyzy" and "uulu" in a personal name and read the surname with or without them as the same person', () => {
    const e = entitiesOf('The court sentenced Aizada Bekova kyzy and Tilek Asanbek uulu to prison. Bekova kyzy appealed, and Bekova said the charges were false.');
    const people = e.filter((x) => x.kind === 'Person').map((x) => x.label);
    expect(people.sort()).toEqual(['Aizada Bekova kyzy', 'Tilek Asanbek uulu']);
  });
});

describe('chunks that are no person', () => {
  it('should not read the title of a framework or of a border area as a person, but keep a name that holds a word like "Park"', () => {
    const e = entitiesOf(
      'They signed the Natural Gas Pipeline Framework in March. The project “Protection of Kyrgyzstan’s Northern Mountain Region from Floods” began. Maria Park Lee spoke.',
    );
    const people = e.filter((x) => x.kind === 'Person').map((x) => x.label);
    expect(people).toEqual(['Maria Park Lee']);
  });

  it('should read a company form before a known company as no part of its name, and make an unknown one a company', () => {
    const e = entitiesOf('OAO Gazprom agreed to pay more, and OAO Uzbek Metals was fined.');
    expect(e.map((x) => x.label)).toEqual(expect.arrayContaining(['Gazprom', 'OAO Uzbek Metals']));
    expect(e.find((x) => x.label === 'OAO Uzbek Metals')?.kind).toBe('Organisation');
  });
});

describe('dates that wire datelines abbreviate', () => {
  it('should read "Jan 5" in a dateline as a date, not a body, and "Jan" before a surname as a given name', () => {
    const labels = entitiesOf('ALMATY, Jan 5 (Reuters) - Protesters stormed the mayor’s office in Almaty. Jan Kubis, the UN envoy, said he was worried.').map((x) => x.label);
    expect(labels).not.toContain('Jan 5');
    expect(labels).toContain('Jan Kubis');
  });
});

describe('titles and honorifics around the names in statements', () => {
  const labels = (text: string) => entitiesOf(text).map((e) => `${e.label} [${e.kind}]`);

  it('should keep "H.E." and "Mr." out of a name: "H.E. Mr. Tomas Lindqvist"', () => {
    expect(labels('H.E. Mr. Tomas Lindqvist presented his credentials to H.E. Anna Berg on Monday.')).toEqual(
      expect.arrayContaining(['Tomas Lindqvist [Person]', 'Anna Berg [Person]']),
    );
    expect(labels('H.E. Mr. Tomas Lindqvist presented his credentials on Monday.').some((l) => l.includes('H.E.'))).toBe(false);
  });

  it('should read the remit after a post’s body as the post’s: "High Representative of the European Union for Foreign Affairs and Security Policy"', () => {
    const found = labels('Lena Vogt, High Representative of the European Union for Foreign Affairs and Security Policy, visited Osh.');
    expect(found).toContain('Lena Vogt [Person]');
    expect(found.filter((l) => /Affairs|Policy/.test(l))).toEqual([]);
  });

  it('should give "HR Vogt" to the High Representative named before', () => {
    expect(labels('Lena Vogt, High Representative of the European Union, visited Osh. HR Vogt met the governor.').filter((l) => l.endsWith('[Person]'))).toEqual([
      'Lena Vogt [Person]',
    ]);
  });

  it('should match a known name whose "against" the text writes in lower case: "World Organisation against Torture"', () => {
    expect(labels('The World Organisation against Torture is dismayed at the verdict.')).toEqual(['World Organisation Against Torture [Organisation]']);
  });
});

describe('titles in the plural', () => {
  it('should read "The Foreign Ministers of A and B" as holders of a post, no person', () => {
    const found = entitiesOf('The Foreign Ministers of France and Spain met in Osh on Monday.').map((e) => `${e.label} [${e.kind}]`);
    expect(found.filter((l) => l.endsWith('[Person]'))).toEqual([]);
  });
});

describe('a party named without its country', () => {
  it('should read "the Islamic Renaissance Party" as the Islamic Renaissance Party of Tajikistan', () => {
    expect(entitiesOf('The court sentenced two deputy leaders of the Islamic Renaissance Party in Dushanbe.').map((e) => e.label)).toContain(
      'Islamic Renaissance Party of Tajikistan',
    );
  });
});

describe('a known body’s name that runs into a post', () => {
  it('should read "CPJ Central Asia Program Coordinator X" as X of CPJ, not the Central Asia Program', () => {
    const x = extractDocument(docFromText('“The verdict is unjust,” CPJ Europe and Central Asia Program Coordinator Aliya Serikova said.', 'inline/mentions.txt'));
    expect(x.entities.map((e) => e.label)).not.toContain('Central Asia Program');
    const label = (id: string) => x.entities.find((e) => e.id === id)?.label;
    expect(x.relations.map((r) => `${label(r.from)} ${r.type} ${label(r.to)}`)).toContain('Aliya Serikova WORKS_FOR Committee to Protect Journalists');
  });

  it('should still read the body named on its own', () => {
    expect(entitiesOf('Marta Oliveira, director of the Central Asia Program, spoke in Almaty.').map((e) => e.label)).toContain('Central Asia Program');
  });
});
