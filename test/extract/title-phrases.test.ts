import { extractDocument } from '../../src/extract/extract-document';
import { findNameMentions } from '../../src/extract/find-name-mentions';
import { loadKnowledge } from '../../src/extract/knowledge-from-gazetteer';
import { tokenizeBlocks } from '../../src/extract/tokenize';
import { docFromText } from '../helpers/doc-from-text';

/** A prose sentence first, so the sentence under test is never read as a title-case headline. */
const LEAD = 'Officials from both countries described the talks in the capital as useful. ';

function extractionOf(sentence: string) {
  return extractDocument(docFromText(LEAD + sentence, 'inline/title-phrases.txt'));
}

function entitiesOf(sentence: string): string[] {
  return extractionOf(sentence).entities.map((e) => `${e.kind}:${e.label}`);
}

describe('posts written out before their holders', () => {
  it('should read a post over a scope and the holder after it as a person with no organisation', () => {
    const e = entitiesOf('Under Secretary for Economic Affairs Marcus Feldane met the delegation on Tuesday.');
    expect(e).toContain('Person:Marcus Feldane');
    expect(e.filter((x) => x.startsWith('Organisation:'))).toEqual([]);
  });

  it('should keep the whole post as the title of its holder', () => {
    const x = extractionOf('Deputy Minister of Water and Land Resources Saltanat Orozova opened the canal in May.');
    expect(x.entities.map((e) => `${e.kind}:${e.label}`)).toContain('Person:Saltanat Orozova');
    expect(x.entities.map((e) => e.label)).not.toContain('Water');
  });

  it('should split a body named inside a post from the holder who follows it', () => {
    const x = extractionOf('Chairman of the State Committee for Forest Protection Temirbek Dzhumaliev visited the reserve on Friday.');
    const labels = x.entities.map((e) => `${e.kind}:${e.label}`);
    expect(labels).toContain('Organisation:State Committee for Forest Protection');
    expect(labels).toContain('Person:Temirbek Dzhumaliev');
    const leads = x.relations.find((r) => r.type === 'LEADS');
    expect(leads && [leads.from, leads.to]).toEqual(['n:temirbek-dzhumaliev', 'n:state-committee-for-forest-protection']);
  });

  it('should end a body named after a lower-case post before the name of the post holder', () => {
    const e = entitiesOf('The director of the Bureau for Rural Mediation Gulnara Tashmatova spoke at the hearing.');
    expect(e).toContain('Organisation:Bureau for Rural Mediation');
    expect(e).toContain('Person:Gulnara Tashmatova');
  });

  it('should end a body before the posts and honorific that introduce a name', () => {
    const e = entitiesOf('Orchard Growers Commission Chairman Senator Corin Maddox and Co-Chairman Rep. Hollis K. Brandt issued a statement on Monday.');
    expect(e).toContain('Organisation:Orchard Growers Commission');
    expect(e).toContain('Person:Corin Maddox');
    expect(e).toContain('Person:Hollis K. Brandt');
    expect(e.some((x) => x.includes('Chairman'))).toBe(false);
  });

  it('should end a body before an honorific and the name after it', () => {
    const e = entitiesOf('He later met the Pasture Management Council Mr. Dorian Vakhitov in the morning.');
    expect(e).toContain('Organisation:Pasture Management Council');
    expect(e).toContain('Person:Dorian Vakhitov');
  });

  it('should read a long diplomatic post with the places it names and the holder after it', () => {
    const e = entitiesOf('The minister received the Ambassador Extraordinary and Plenipotentiary of Norway to Kyrgyzstan Eirik Tveitnes on Monday.');
    expect(e).toContain('Person:Eirik Tveitnes');
    expect(e).toContain('Country:Norway');
    expect(e.some((x) => x.includes('Extraordinary'))).toBe(false);
  });

  it('should not end a body inside a post that holds a head word', () => {
    const e = entitiesOf('She met First Deputy Prosecutor-General Umed Sharipzoda and the deputy ombudsperson on Friday.');
    expect(e).toContain('Person:Umed Sharipzoda');
    expect(e.filter((x) => x.startsWith('Organisation:'))).toEqual([]);
  });

  it('should leave a place the gazetteer does not know to the post, not to the name after it', () => {
    const e = entitiesOf('Today the Minister for Foreign and European Affairs and Trade of Malta Ralph Tenakon visited the fair.');
    expect(e).toContain('Person:Ralph Tenakon');
    expect(e.filter((x) => x.startsWith('Organisation:'))).toEqual([]);
  });

  it('should skip a post that runs past "of" and ends in a head word before its holder', () => {
    const e = entitiesOf('As delivered by Deputy Chief of Mission Courtney Lowell to the Permanent Council in Vienna.');
    expect(e).toContain('Person:Courtney Lowell');
    expect(e.some((x) => x.includes('Mission'))).toBe(false);
  });

  it('should split a body, a hyphenated post and its holder', () => {
    const e = entitiesOf('The ECO Chair-in-Office Tomas Varga and General-Major Bakyt Orunbaev toured the border post.');
    expect(e).toContain('Person:Tomas Varga');
    expect(e).toContain('Person:Bakyt Orunbaev');
    expect(e).toContain('Organisation:ECO');
  });

  it('should give each of two posts joined by "and" in one run its own holder, past a bracketed acronym', () => {
    const e = entitiesOf(
      'The president received ECO Assistant Secretary-General for Trade Affairs Dorota Malik and Head of the ECO Regional Office for the Steppe (ROS) Aibar Tulegenov in the capital.',
    );
    expect(e).toContain('Person:Dorota Malik');
    expect(e).toContain('Person:Aibar Tulegenov');
    expect(e.some((x) => x.includes('Trade Affairs'))).toBe(false);
  });

  it('should join the place of a post to the holder after it, but not a holder to where they were', () => {
    const x = extractionOf('The ECO Resident Coordinator in Turkmenistan Lenora Vance met Deputy Minister of Energy Ilyas Bekmurat in Ashgabat.');
    const e = x.entities.map((m) => `${m.kind}:${m.label}`);
    expect(e).toContain('Person:Lenora Vance');
    expect(e).toContain('Person:Ilyas Bekmurat');
    expect(e).toContain('City:Ashgabat');
  });

  it('should read the abbreviation of a month in a dateline as no name', () => {
    const e = entitiesOf('Ashgabat, Turkmenistan, Sept. 29 -- The talks ended on time.');
    expect(e.some((x) => x.includes('Sept'))).toBe(false);
  });

  it('should read the acronym of a post in brackets as no body', () => {
    const e = entitiesOf('The Special Representative of the Secretary-General (SRSG) opened the meeting.');
    expect(e).not.toContain('Organisation:SRSG');
  });

  it('should read a longer name of a known body across its connectors', () => {
    const e = entitiesOf('She visited the UN Regional Office for Steppe Affairs last week.');
    expect(e).toContain('Organisation:UN Regional Office for Steppe Affairs');
  });

  it('should read a shouted name after a shouted title as a person, not an acronym', () => {
    const e = entitiesOf('The minister listened.\n\nDEPUTY DIRECTOR HALVORSEN: We will look at the figures again.');
    expect(e).not.toContain('Organisation:HALVORSEN');
  });
});

describe('posts before holders in a transcript', () => {
  it('should name a speaker labelled by post and surname after the holder, not after the scope of the post', () => {
    const text =
      'Press Availability with Under Secretary of State for Economic Affairs Marcus Feldane\n\nOsh, May 3, 2024\n\nUnder Secretary Feldane: Thank you all for coming. This is my first visit to the valley and I am glad to be here.\n\nQuestion: What did you discuss with the governor?\n\nUnder Secretary Feldane: We discussed the new road and the border crossings.';
    const labels = extractDocument(docFromText(text, 'inline/press-availability.txt')).entities.map((e) => `${e.kind}:${e.label}`);
    expect(labels).toContain('Person:Marcus Feldane');
    expect(labels.some((l) => l.includes('Economic Affairs'))).toBe(false);
  });

  it('should give each of two posts in one run its own holder', () => {
    const text = 'She came with Ambassador to Tajikistan Pamela Croft and Deputy Assistant Secretary for Central Asia Daniel Rosenholm on Friday.';
    const mentions = findNameMentions(tokenizeBlocks(text, [[0, text.length]]), text, loadKnowledge());
    const titles = mentions.filter((m) => m.kind === 'Person').map((m) => `${m.surface} <- ${m.title?.text}`);
    expect(titles).toEqual(['Pamela Croft <- Ambassador to Tajikistan', 'Daniel Rosenholm <- Deputy Assistant Secretary for Central Asia']);
  });
});

describe('middle initials', () => {
  it('should take a name with and without its middle initial for one person', () => {
    const e = entitiesOf('Walter P. Ormsby opened the fair. Later Walter Ormsby toured the stalls.');
    expect(e.filter((x) => x.startsWith('Person:'))).toEqual(['Person:Walter P. Ormsby']);
  });
});
