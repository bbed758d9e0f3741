import { readAndExtract } from '../helpers/read-and-extract';
import { judge } from '../../src/extract/judge-stance';
import { extractDocument } from '../../src/extract/extract-document';
import type { CueHit } from '../../src/extract/match-cues';
import type { CameoCode } from '../../schema/cameo';
import type { LexiconKind } from '../../schema/lexicon';
import { docFromText } from '../helpers/doc-from-text';

const hit = (lemma: string, code: CameoCode, polarity: CueHit['cue']['polarity'], negated = false, kind: LexiconKind = 'evaluative'): CueHit => ({
  cue: { lemma, kind, code, polarity, weight: 3, example: 'An example of our own.' },
  start: 0,
  end: 1,
  negated,
});

describe('judge', () => {
  it('should read a negated praise word as disapproval', () => {
    expect(judge([hit('right', '051', 'support', true)], 0)).toMatchObject({ code: '110', polarity: 'oppose' });
  });

  it('should read a negated criticism as no stance at all', () => {
    expect(judge([hit('criticize', '111', 'oppose', true)], 0)).toBeUndefined();
  });

  it('should never read a reported event as a stance', () => {
    expect(judge([hit('detain', '173', undefined, false, 'event')], -0.5)).toBeUndefined();
  });

  it('should call a sentence with strong praise and strong blame mixed', () => {
    expect(judge([hit('welcome', '051', 'support'), hit('corrupt', '1121', 'oppose')], 0)?.polarity).toBe('mixed');
  });

  it('should fall back on the sentence sentiment only when it is clear', () => {
    expect(judge([], 0.1)).toBeUndefined();
    expect(judge([], -0.6)).toMatchObject({ polarity: 'oppose' });
  });
});

const NEWS = `Tajik court jails journalist

DUSHANBE – A court in Dushanbe on Monday jailed journalist Rustam Nazarov for seven years.

"The verdict is a disgrace. We demand that the authorities free him," said Laylo Karimova, director of the Dushanbe-based Media Freedom Centre. "Journalists must be able to work without fear."

The Prosecutor General's Office rejected the criticism. Its spokesman, Firuz Saidov, said the trial had been fair.

The European Union and the United States should press Tajikistan to release him, Karimova added.`;

describe('extractStances on a news report', () => {
  const doc = docFromText(NEWS, 'inline/tajik-court.txt');
  const x = extractDocument(doc);
  const id = (label: string) => x.entities.find((e) => e.label === label || e.aliases.includes(label))?.id;
  const has = (holder?: string, target?: string) => x.stances.some((s) => s.holder === holder && s.target === target);

  it('should give "we" in a quote to the organisation the speaker leads', () => {
    expect(has(id('Media Freedom Centre'), id('Government of Tajikistan'))).toBe(true);
  });

  it('should keep the speaker of a quote for the quote that follows it in the same paragraph', () => {
    const quote = x.stances.find((s) => s.quote.includes('Journalists must be able to work'));
    expect(quote?.holder).toBe(id('Laylo Karimova'));
  });

  it('should address a demand to every coordinated subject of the modal', () => {
    expect(has(id('Laylo Karimova'), id('European Union'))).toBe(true);
    expect(has(id('Laylo Karimova'), id('United States'))).toBe(true);
  });

  it('should link an "its spokesman" role to the organisation of the sentence before', () => {
    expect(x.relations.some((r) => r.from === id('Firuz Saidov') && r.to === id("Prosecutor General's Office"))).toBe(true);
  });

  it('should never take a place as the holder of a stance', () => {
    const places = new Set(x.entities.filter((e) => e.kind === 'City' || e.kind === 'Region').map((e) => e.id));
    expect(x.stances.filter((s) => places.has(s.holder))).toEqual([]);
  });
});

describe('extractStances on a signed column', () => {
  const COLUMN = `# Astana must pick a side

*By Gulnara Bekmukhambetova, political analyst*

China has become Kazakhstan's largest trading partner, but its contracts are opaque and its loans are a trap. The European Union deserves credit for offering an alternative.
`;
  const x = extractDocument(docFromText(COLUMN, 'inline/column.md'));
  const id = (label: string) => x.entities.find((e) => e.label === label)?.id;

  it('should give the author of an opinion piece the positions it takes', () => {
    const author = id('Gulnara Bekmukhambetova');
    expect(x.stances.some((s) => s.holder === author && s.target === id('China') && s.polarity === 'oppose')).toBe(true);
    expect(x.stances.some((s) => s.holder === author && s.target === id('European Union') && s.polarity === 'support')).toBe(true);
  });
});

describe('extractStances on a panel transcript', () => {
  const PANEL = `Transcript: Is the alliance still relevant? A debate

The Osh Policy Forum hosted a debate. The moderator was Aigul Sadykova of Radio Azattyk. Participants: Pavel Orlov, a Moscow-based analyst, and Nargiza Alimova, a researcher at the Osh Security Institute.

Sadykova: Does the CSTO still matter?

Orlov: Absolutely. The alliance is a reliable partner for the region.

Alimova: I disagree. The CSTO did nothing when Kyrgyzstan and Tajikistan fought on their border.
`;
  const x = extractDocument(docFromText(PANEL, 'inline/panel.txt'));
  const id = (label: string) => x.entities.find((e) => e.label === label)?.id;

  it('should give each panellist the positions taken in their own turns', () => {
    const csto = x.entities.find((e) => /Collective Security Treaty/.test(e.label))?.id;
    expect(x.stances.some((s) => s.holder === id('Nargiza Alimova') && s.target === csto && s.polarity === 'oppose')).toBe(true);
  });

  it('should read "I disagree" as rejecting the panellist who spoke last', () => {
    expect(x.stances.some((s) => s.holder === id('Nargiza Alimova') && s.target === id('Pavel Orlov') && s.code === '120')).toBe(true);
  });

  it('should link "X of <organisation>" as X working for it, and keep the two names apart', () => {
    expect(id('Aigul Sadykova')).toBeDefined();
    expect(x.relations.some((r) => r.type === 'WORKS_FOR' && r.from === id('Aigul Sadykova') && r.to === id('Radio Azattyk'))).toBe(true);
  });
});

describe('extractStances on a quote that runs over several sentences', () => {
  const TEXT = `Activists freed

"This is a small step, but we welcome it," said Farida Tulegenova, the head of the Steppe Rights Centre. "Hundreds remain behind bars in Kazakhstan. The government must open its prisons to observers."

Its deputy director, Arman Kassenov, said the releases were overdue.`;
  const x = extractDocument(docFromText(TEXT, 'inline/freed.txt'));
  const id = (label: string) => x.entities.find((e) => e.label === label)?.id;

  it('should keep the speaker for a sentence inside a quotation that opened earlier', () => {
    const demand = x.stances.find((s) => s.quote.startsWith('The government must open'));
    expect([id('Farida Tulegenova'), id('Steppe Rights Centre')]).toContain(demand?.holder);
  });

  it('should read a hyphenated or preceded title after "its" as a role in the organisation before', () => {
    const role = x.relations.find((r) => r.from === id('Arman Kassenov') && r.to === id('Steppe Rights Centre'));
    expect(role?.role).toBe('deputy director');
  });
});

describe('a sentence judged by its tone alone', () => {
  const COLUMN = `My Years on the River

By Aida Bekova

As an engineer I have worked on beautiful rivers, for example in Uzbekistan and Turkmenistan.

Kazakhstan is a wonderful and generous neighbour.

Farmers told me that the Osh water board rarely helps anyone in a crisis.
`;
  const { stancesOf } = readAndExtract(COLUMN, 'inline/tone-column.txt', { author: 'Aida Bekova' });

  it('should judge the subject of the sentence, never a place it merely mentions', () => {
    expect(stancesOf('Aida Bekova', 'Uzbekistan')).toEqual([]);
    expect(stancesOf('Aida Bekova', 'Kazakhstan').some((s) => s.polarity === 'support')).toBe(true);
  });
});

describe('a judgement named as a noun with a possessor', () => {
  const { stancesOf } = readAndExtract(
    `Canal plan adopted

By Aida Bekova

The plan was adopted amid Human Rights Watch's sharp criticism of the Government of Tajikistan.
`,
    'inline/possessed-criticism.txt',
    { author: 'Aida Bekova' },
  );

  it("should be the possessor's stance towards what it is about, not the author's", () => {
    expect(stancesOf('Human Rights Watch', 'Government of Tajikistan').some((s) => s.polarity === 'oppose')).toBe(true);
    expect(stancesOf('Aida Bekova', 'Government of Tajikistan')).toEqual([]);
    expect(stancesOf('Aida Bekova', 'Human Rights Watch')).toEqual([]);
  });
});
