/**
 * Official statements as governments and NGO coalitions publish them: a header block of labels,
 * the spokesperson and the date; an opening that lists the signatories after "The undersigned
 * organisations"; feelings stated by the issuer ("is deeply troubled by ..."). Sentences are our own.
 */
import { readAndExtract } from '../../helpers/read-and-extract';
import { parseAuthorLine, withoutLeadingLabels } from '../../../src/read/find-header';
import { speakerEntity } from '../../../src/extract/resolve-speakers';
import type { LocalEntity } from '../../../src/extract/resolve-names';
import { loadKnowledge } from '../../../src/extract/knowledge-from-gazetteer';

const PRESS_STATEMENT = `Turkmenistan: Detained Water Engineers

Press Statement
Laura Penfold, Department Spokesperson
June 12, 2024

The United States is deeply troubled by the detention of three water engineers in Turkmenistan. We call on the authorities to explain the charges.
`;

const COALITION = `Joint statement on the imprisonment of bloggers in Uzbekistan

The undersigned organisations, the Free Voice Foundation, the Steppe Press Fund and the Caspian Media Alliance, condemn the sentencing of four bloggers in Tashkent.

We urge the European Union to raise the cases at its next human rights dialogue.
`;

describe('the header of a press statement', () => {
  it('should drop the labels that open a header block before the author line', () => {
    expect(withoutLeadingLabels('Press Statement Laura Penfold, Department Spokesperson June 12, 2024')).toBe('Laura Penfold, Department Spokesperson June 12, 2024');
    expect(withoutLeadingLabels('MEDIA NOTE')).toBe('MEDIA NOTE');
  });

  it('should read the spokesperson on the line after "Press Statement" as the author, not a body named after the label', () => {
    expect(parseAuthorLine('Press Statement\nLaura Penfold, Department Spokesperson\nJune 12, 2024')).toEqual({ name: 'Laura Penfold', description: 'Department Spokesperson' });
    const { x } = readAndExtract(PRESS_STATEMENT, 'inline/press-statement.txt');
    expect(x.entities.map((e) => e.label)).toContain('Laura Penfold');
    expect(x.entities.some((e) => /Press Statement/.test(e.label))).toBe(false);
  });

  it('should give the issuer that is troubled by a detention a stance against the government that detains', () => {
    const { stancesOf } = readAndExtract(PRESS_STATEMENT, 'inline/press-statement.txt');
    expect(stancesOf('United States', 'Government of Turkmenistan').map((s) => s.polarity)).toContain('oppose');
    expect(stancesOf('Laura Penfold', 'United States')).toEqual([]);
  });
});

describe('a coalition statement of undersigned organisations', () => {
  const { stancesOf } = readAndExtract(COALITION, 'inline/coalition.txt');

  it('should give every listed signatory the statement', () => {
    for (const issuer of ['Steppe Press Fund', 'Caspian Media Alliance']) expect(stancesOf(issuer, 'European Union').length).toBeGreaterThan(0);
  });

  it('should oppose the government that sentenced the bloggers, not the bloggers', () => {
    expect(stancesOf('Caspian Media Alliance', 'Government of Uzbekistan').map((s) => s.polarity)).toContain('oppose');
    const against = stancesOf('Caspian Media Alliance').filter((s) => s.polarity === 'oppose');
    expect(against.every((s) => !/blogger/i.test(s.target))).toBe(true);
  });
});

describe('a speaker whose name ends in a number', () => {
  it('should be a body, not a person', () => {
    const entities = new Map<string, LocalEntity>();
    const id = speakerEntity('Charter 2031', entities, loadKnowledge());
    expect(entities.get(id)?.kind).toBe('Organisation');
  });
});

const MINISTRY_REPLY = `Statement of the Ministry of Foreign Affairs of the Kyrgyz Republic
Bishkek 14 May 2023

The Ministry of Foreign Affairs of the Kyrgyz Republic has received a letter from the Steppe Press Fund on the detention of two reporters in Naryn.

All complaints of ill-treatment of detainees will be thoroughly investigated, and the investigating authorities verify every report of abuses.

The Government of the Kyrgyz Republic is frustrated by the unfounded allegations and disagrees with the report distributed by the Fund.
`;

describe('a ministry’s statement answering a watchdog', () => {
  const { doc, stancesOf } = readAndExtract(MINISTRY_REPLY, 'inline/ministry-reply.txt');

  it('should end the title before the line of place and date, and take the date from that line', () => {
    expect(doc.title).toBe('Statement of the Ministry of Foreign Affairs of the Kyrgyz Republic');
    expect(doc.date).toBe('2023-05-14');
    expect(doc.speakers.find((s) => s.issuer)?.name).toBe('Ministry of Foreign Affairs of the Kyrgyz Republic');
  });

  it('should not make the ministry accuse its own government of the abuses it promises to investigate', () => {
    expect(stancesOf('Ministry of Foreign Affairs of the Kyrgyz Republic', 'Government of Kyrgyzstan')).toEqual([]);
  });

  it('should read "the Fund" as the one fund the statement named, and the government’s frustration as opposing it', () => {
    expect(stancesOf('Government of Kyrgyzstan', 'Steppe Press Fund').map((s) => s.polarity)).toContain('oppose');
  });
});
