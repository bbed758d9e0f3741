/**
 * Statements of an organisation: the body that issues a press release or a statement is its
 * voice, recognised from the opening sentence's subject together with a label, the publisher's
 * name or a headline that opens with the same name. Texts written for these tests.
 */
import { decodeSource } from '../../../src/read/decode-source';
import { readAndExtract } from '../../helpers/read-and-extract';

describe('a statement whose headline opens with the organisation', () => {
  const TEXT = `Human Rights Watch urges Turkmenistan to free journalists

Human Rights Watch urges the authorities of Turkmenistan to free the journalists detained in Ashgabat last month.

The detentions are arbitrary. The Ministry of National Security must allow lawyers to visit the detainees.
`;
  const { doc, stancesOf } = readAndExtract(TEXT);

  it('should make the organisation the author of the text', () => {
    expect(doc.speakers).toContainEqual({ name: 'Human Rights Watch', role: 'author', issuer: true });
  });

  it('should give the organisation the stance of its own verb and of the sentences that follow', () => {
    expect(stancesOf('Human Rights Watch', 'Government of Turkmenistan').some((s) => s.polarity === 'oppose')).toBe(true);
    expect(stancesOf('Human Rights Watch', 'Ministry of National Security').some((s) => s.polarity === 'oppose')).toBe(true);
  });
});

describe('a press release under a label and a dateline', () => {
  const TEXT = `Press release

OSCE office calls for the protection of journalists

BISHKEK, 14 May 2025 – The OSCE Programme Office in Bishkek today called on the authorities of Kyrgyzstan to protect journalists who report on the elections.

The Ministry of Internal Affairs must investigate the attacks on reporters in Osh.

We welcome the decision of the Supreme Court of Kyrgyzstan to review the case.
`;
  const { doc, stancesOf } = readAndExtract(TEXT);

  it('should make the issuing office the author, dateline or not', () => {
    expect(doc.speakers).toContainEqual({ name: 'OSCE Programme Office in Bishkek', role: 'author', issuer: true });
    expect(doc.datelines).toHaveLength(1);
  });

  it('should give the office the stances of the release, "we" included', () => {
    expect(stancesOf('OSCE Programme Office in Bishkek', 'Ministry of Internal Affairs').some((s) => /^(02|10)/.test(s.code))).toBe(true);
    expect(stancesOf('OSCE Programme Office in Bishkek', 'Supreme Court of Kyrgyzstan').some((s) => s.polarity === 'support')).toBe(true);
  });
});

describe('a statement whose publisher is the organisation', () => {
  it('should read the publisher as the voice when the opening sentence names it', () => {
    const text =
      'Ban on rallies must be lifted\n\nFreedom House called on the government of Kazakhstan to lift the ban on rallies in Almaty.\n\nThe police must stop detaining peaceful protesters.\n';
    const { doc, stancesOf } = readAndExtract(text, 'inline/statement.txt', { publisher: 'Freedom House' });
    expect(doc.speakers).toContainEqual({ name: 'Freedom House', role: 'author', issuer: true });
    expect(stancesOf('Freedom House').some((s) => /^(02|10)/.test(s.code))).toBe(true);
  });
});

describe('a news report that opens with someone’s words', () => {
  it('should not make the first speaker the author', () => {
    const { doc, x } = readAndExtract(
      'Water talks resume\n\nThe Ministry of Water Resources said on Monday that talks with Uzbekistan would resume.\n\nFarmers in the valley must wait for the deal, and the government failed to explain why.\n',
    );
    expect(doc.speakers.some((s) => s.role === 'author')).toBe(false);
    const ministry = x.entities.find((e) => e.label.startsWith('Ministry of Water Resources'));
    expect(x.stances.filter((s) => s.holder === ministry?.id).every((s) => s.span[0] < doc.turns[1]!.span[0])).toBe(true);
  });
});

describe('a statement issuer needs a headline of its own', () => {
  it("should not read a report whose first paragraph is cut into the title as the speaker's own statement", () => {
    const text = 'Mrs. Aliya Temirova, head of the Naryn Regional Clinic, said an inspector had visited the wards on Monday and found them clean.';
    const doc = decodeSource(new TextEncoder().encode(text), 'inline/one-paragraph-report.txt');
    expect(doc.speakers.filter((s) => s.role === 'author')).toEqual([]);
  });
});

describe('a statement whose title names it a statement and whose issuer opens with its own act', () => {
  const TEXT = `Council Statement on the Flooding in the Rasht Valley

The Council of Europe warmly welcomes the decision of the Government of Tajikistan to open the border crossings to aid convoys.

We call on the Government of Tajikistan to keep the crossings open until the roads are repaired.
`;
  const { doc, stancesOf } = readAndExtract(TEXT, 'inline/council-statement.txt');

  it('should make the subject of the opening act ("welcomes") the author', () => {
    expect(doc.speakers).toContainEqual({ name: 'Council of Europe', role: 'author', issuer: true });
  });

  it('should give the issuer the stances of the statement', () => {
    expect(stancesOf('Council of Europe', 'Government of Tajikistan').length).toBeGreaterThan(0);
  });
});

describe('a joint statement of several bodies', () => {
  const TEXT = `Joint Statement on the Detention of Journalists

The Embassies of Norway, Sweden and Finland express their deep concern about the detention of three journalists in Turkmenistan.

We urge the Government of Turkmenistan to release the journalists without delay.
`;
  const { stancesOf } = readAndExtract(TEXT, 'inline/joint-statement.txt');

  it('should give every issuer, each embassy as its state, the stances of the statement', () => {
    for (const state of ['Norway', 'Sweden', 'Finland']) expect(stancesOf(state, 'Government of Turkmenistan').length).toBeGreaterThan(0);
  });

  it('should never make one issuer the target of another', () => {
    expect(stancesOf('Norway', 'Sweden')).toEqual([]);
  });
});

describe('an unnamed official', () => {
  it('should speak for the state whose body the label names', () => {
    const TEXT = `Background briefing on Central Asia

MODERATOR: Our speaker today is a senior official of the department.

QUESTION: Can we quote him?

MODERATOR: On background only.

SENIOR STATE DEPARTMENT OFFICIAL: We strongly support the independence and sovereignty of Kyrgyzstan.
`;
    const { stancesOf } = readAndExtract(TEXT, 'inline/background-briefing.txt');
    expect(stancesOf('United States', 'Kyrgyzstan').some((s) => s.polarity === 'support')).toBe(true);
  });
});

describe('a message or statement signed by an official', () => {
  it('should take the name on the line under the title and its dateline as the voice', () => {
    const { doc, stancesOf } = readAndExtract(`Nowruz Greetings

03/20/2024 09:00 AM EDT

Jane Whitfield, Special Envoy for Central Asia

I warmly congratulate the people of Kyrgyzstan on Nowruz. We welcome the progress Kyrgyzstan has made on election reform.
`);
    expect(doc.speakers).toContainEqual(expect.objectContaining({ name: 'Jane Whitfield', role: 'author' }));
    expect(stancesOf('Jane Whitfield', 'Kyrgyzstan').some((s) => s.polarity === 'support')).toBe(true);
  });

  it('should take the person a "Message from ..." headline names as the voice', () => {
    const { doc, stancesOf } = readAndExtract(`Message from the U.S. Ambassador Jane Whitfield on Tajikistan’s Independence Day

I offer heartfelt congratulations to the people of Tajikistan. Tajikistan has accomplished much in thirty years of independence.
`);
    expect(doc.speakers).toContainEqual(expect.objectContaining({ name: expect.stringMatching(/Ambassador Jane Whitfield$/), role: 'author' }));
    expect(stancesOf('Jane Whitfield', 'Tajikistan').some((s) => s.polarity === 'support')).toBe(true);
  });
});
