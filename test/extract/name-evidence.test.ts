import { extractDocument } from '../../src/extract/extract-document';
import { titleCaseSentences } from '../../src/extract/title-case';
import { tokenizeBlocks } from '../../src/extract/tokenize';
import { docFromText } from '../helpers/doc-from-text';

function entitiesOf(text: string) {
  return extractDocument(docFromText(text, 'inline/name-evidence.txt')).entities;
}

describe('evidence that a capitalised chunk is a person', () => {
  it('should read a headline with every word capitalised as title case, and a sentence of prose as not', () => {
    const text = 'Farmers Along The Syr Darya Fear Another Dry Summer\n\nFarmers along the river fear another dry summer, officials in the region said.';
    const { tokens } = tokenizeBlocks(text, [
      [0, 51],
      [53, text.length],
    ]);
    const titled = titleCaseSentences(tokens);
    expect(titled.has(tokens[0]!.sentence)).toBe(true);
    expect(titled.has(tokens[tokens.length - 1]!.sentence)).toBe(false);
  });

  it('should not read a sentence of prose full of names and posts as title case when a verb in it is in lower case', () => {
    const text = 'He met Acting Deputy Director Halima Nurova of the Osh Regional Water Council Tuesday.';
    const { tokens } = tokenizeBlocks(text, [[0, text.length]]);
    expect(titleCaseSentences(tokens).has(tokens[0]!.sentence)).toBe(false);
  });

  it('should not take capitalised headline words for a person', () => {
    const labels = entitiesOf('Why Kyrgyz Farmers Expect A Hard Winter\n\nFarmers in Kyrgyzstan say the price of fodder has doubled since spring.').map((e) => e.label);
    expect(labels).not.toContain('Hard Winter');
    expect(labels).toContain('Kyrgyzstan');
  });

  it('should keep a person named in a headline when the running text names them too', () => {
    const labels = entitiesOf('Nurlan Abdrakhmanov: Our Water Talks Need Fresh Thinking\n\nThe economist Nurlan Abdrakhmanov said the talks had stalled.').map((e) => e.label);
    expect(labels).toContain('Nurlan Abdrakhmanov');
    expect(labels).not.toContain('Fresh Thinking');
  });

  it('should not make a person of a word that runs into a known country', () => {
    const e = entitiesOf('Sovereign Uzbekistan has never had a free press, the analyst wrote in his column.');
    expect(e.map((x) => x.label)).not.toContain('Sovereign Uzbekistan');
    expect(e.find((x) => x.label === 'Uzbekistan')?.kind).toBe('Country');
  });

  it('should not make a person of an English word that opens a sentence and the demonym after it', () => {
    const e = entitiesOf('The fair closed on Sunday. Eminent Norwegian growers praised the harvest, the organisers said.');
    expect(e.map((x) => x.label)).not.toContain('Eminent Norwegian');
  });

  it('should keep a person whose surname is a demonym', () => {
    const e = entitiesOf('The fair closed on Sunday. Tobias English praised the harvest, the organisers said.');
    expect(e.find((x) => x.label === 'Tobias English')?.kind).toBe('Person');
  });

  it('should not take a programme title for an organisation', () => {
    const e = entitiesOf('The ministry adopted the National Programme for the Modernisation of Rural Schools last year.');
    expect(e.filter((x) => x.kind === 'Organisation').map((x) => x.label)).not.toContain('National Programme for the Modernisation of Rural Schools');
  });

  it('should take border troops named with their country for an organisation', () => {
    const e = entitiesOf('The Kyrgyz Border Troops reported that two patrols had been reinforced near Batken.');
    expect(e.find((x) => /Border Troops/.test(x.label))?.kind).toBe('Organisation');
  });
});

describe('titles of programmes and laws', () => {
  it('should read a programme title across its connectors as one thing, with no person inside it', () => {
    const e = entitiesOf('The government approved the State Programme for the Protection of Mountain Pastures in March.');
    expect(e.filter((x) => x.kind === 'Person' || x.kind === 'Organisation')).toEqual([]);
  });
});

describe('titles around names', () => {
  it('should split "President of <country> <name>" into the country and the person', () => {
    const e = entitiesOf('President of Russia Vladimir Putin received President of Kazakhstan Kassym-Jomart Tokayev in Moscow.');
    const labels = e.map((x) => `${x.kind}:${x.label}`);
    expect(labels).toEqual(expect.arrayContaining(['Country:Russia', 'Person:Vladimir Putin', 'Country:Kazakhstan', 'Person:Kassym-Jomart Tokayev']));
    expect(e.filter((x) => x.kind === 'Organisation').map((x) => x.label)).toEqual([]);
  });

  it('should not take a post ending in a title word for an organisation', () => {
    const e = entitiesOf('A Senior Treasury Department Official briefed the press, and a Foreign Service Officer answered questions.');
    expect(e.filter((x) => x.kind === 'Organisation' || x.kind === 'Person')).toEqual([]);
  });

  it('should drop "<title> of the" before the organisation it heads', () => {
    const labels = entitiesOf('Deputy Head of the Caspian Water Council, Marat Iskakov, opened the session.').map((x) => x.label);
    expect(labels).toContain('Caspian Water Council');
    expect(labels.some((l) => /^Deputy|^Head/.test(l))).toBe(false);
  });
});

describe('states named in passing', () => {
  it('should know states far from the region that a diplomat may have served in', () => {
    const e = entitiesOf('Before Astana she served in Morocco, Nepal and Myanmar, and her Vietnamese counterpart says she is a patient negotiator.');
    expect(e.filter((x) => x.kind === 'Country').map((x) => x.label)).toEqual(expect.arrayContaining(['Morocco', 'Nepal', 'Myanmar', 'Vietnam']));
  });
});

describe('codes, abbreviations and peoples', () => {
  it('should not take a code with digits for an organisation', () => {
    expect(entitiesOf('Schools in Khujand closed again because of COVID-19 last winter.').map((x) => x.label)).not.toContain('COVID-19');
  });

  it('should not take a state abbreviation after its city for an organisation', () => {
    const e = entitiesOf('The delegation flew on to Washington, DC for two days of talks.');
    expect(e.filter((x) => x.kind === 'Organisation')).toEqual([]);
  });

  it('should read "ethnic <people>" as a group that the text acts on', () => {
    const e = entitiesOf('Police detained dozens of ethnic Uzbeks in Osh after the clashes.');
    expect(e.find((x) => x.label === 'ethnic Uzbeks')?.kind).toBe('Group');
  });

  it('should read a short headline with a capitalised article as title case', () => {
    const labels = entitiesOf('2024: The Quiet Winter\n\nHerders in Naryn lost fewer animals than in any year since 2010.').map((x) => x.label);
    expect(labels).not.toContain('Quiet Winter');
  });
});

describe('a lone word opening a sentence', () => {
  it('should take a surname before a verb in the past for a person, and a plural role for none', () => {
    expect(entitiesOf('Karimova criticised the verdict on Monday.').find((x) => x.label === 'Karimova')?.kind).toBe('Person');
    expect(entitiesOf('Investigators searched the offices on Monday.').map((x) => x.label)).not.toContain('Investigators');
  });
});

describe('a title inside a title-case headline', () => {
  it('should not make the capitalised words after a title in a headline a person', () => {
    const labels = entitiesOf(
      'Tajikistan’s President Answers Farmer Complaints, Promises Cheaper Power with Subsidies\n\nThe president answered questions from farmers on Monday.',
    ).map((x) => x.label);
    expect(labels).not.toContain('Answers Farmer Complaints');
    expect(labels).toContain('Tajikistan');
  });

  it('should keep a titled name in a headline that the running text names too', () => {
    const labels = entitiesOf('Minister Aibek Dzhusupov Defends Water Tariffs\n\nAibek Dzhusupov defended the new tariffs on Monday.').map((x) => x.label);
    expect(labels).toContain('Aibek Dzhusupov');
  });
});

describe('a known post before its holder, and amounts', () => {
  it('should end a known post at its title word, so the name after it is a person of its own', () => {
    const labels = entitiesOf('The OSCE media freedom representative Jana Novakova said the new media law was too vague.').map((x) => x.label);
    expect(labels).toContain('Jana Novakova');
    expect(labels.some((l) => l.endsWith('Jana Novakova') && l !== 'Jana Novakova')).toBe(false);
  });

  it('should read three capitals beside an amount as a currency, not an organisation', () => {
    const labels = entitiesOf('The fine was 4,200 EUR, and the bank lent USD 5 million to the farmers of Osh.').map((x) => x.label);
    expect(labels).not.toContain('EUR');
    expect(labels).not.toContain('USD');
  });
});

describe('a state abbreviation at the start of a text', () => {
  it('should read a comma and a code two words into a block without looking before its first word', () => {
    expect(() => entitiesOf('Zhyldyz, KG — the farmers met on Friday.')).not.toThrow();
  });
});
