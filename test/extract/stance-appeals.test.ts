import { readAndExtract } from '../helpers/read-and-extract';
import { stancesOf } from '../helpers/stances-of';

describe('readAppeals through extractDocument: demands and appeals', () => {
  const stances = stancesOf(`Rights group urges release

BISHKEK – The Adilet Legal Clinic on Tuesday called on the Kyrgyz authorities to free the detained journalists. Separately, Aida Bekova, director of the clinic, said the government should build more schools in Osh. The Adilet Legal Clinic also asked Kazakhstan to help the flood victims.`);

  it('should read a call to free detainees as opposing the authorities asked (CAMEO 0253)', () => {
    expect(stances).toContainEqual(expect.objectContaining({ holder: 'Adilet', target: 'Government of Kyrgyzstan', polarity: 'oppose', code: '0253' }));
  });

  it('should read the same call as supporting those to be freed', () => {
    expect(stances).toContainEqual(expect.objectContaining({ holder: 'Adilet', target: 'detainees', polarity: 'support' }));
  });

  it('should read "the government should build more schools" as a recommendation, not opposition', () => {
    const schools = stances.filter((s) => s.quote.includes('build more schools'));
    expect(schools).toEqual([expect.objectContaining({ holder: 'Aida Bekova', target: 'Government of Kyrgyzstan', polarity: 'neutral', code: '020' })]);
  });

  it('should read asking someone to help as an appeal for aid to an ally (CAMEO 023)', () => {
    expect(stances).toContainEqual(expect.objectContaining({ holder: 'Adilet', target: 'Kazakhstan', polarity: 'support', code: '023' }));
  });

  it('should read "needs to improve" as saying the one asked falls short', () => {
    const [improve] = stancesOf(`Schools report

DUSHANBE – Aida Bekova, director of the Dushanbe Legal Centre, said Tajikistan needs to improve its prisons.`);
    expect(improve).toMatchObject({ holder: 'Aida Bekova', target: 'Tajikistan', polarity: 'oppose', code: '024' });
  });

  it('should read an obligation of the generic "you" as no appeal, so the words after it judge', () => {
    const credit = stancesOf(`Water board praised

OSH – Aida Bekova, a farmer in the valley, said you have to give the Osh water board a lot of credit for the new canal.`);
    expect(credit).toContainEqual(expect.objectContaining({ holder: 'Aida Bekova', polarity: 'support' }));
    expect(credit.some((s) => s.code.startsWith('02'))).toBe(false);
  });
});

describe('obligations that ask nothing of anyone else', () => {
  it('should read "we need to", "everything has to" and "everyone must" as no appeal', () => {
    const stances = stancesOf(`Letter from Khujand

KHUJAND – Aida Bekova, a trader at the Panjshanbe bazaar, said we need to understand the new customs rules of Uzbekistan, that everything has to be imported through Kazakhstan and that everyone must pay the Tajik tax office on time.`);
    expect(stances.filter((s) => s.code.startsWith('02'))).toEqual([]);
  });
});

describe('an appeal for several acts at once', () => {
  const stances = stancesOf(`Lawyers' group on the Osh case

BISHKEK – The Adilet Legal Clinic said on Friday that the Kyrgyz authorities must review the sentences and free the two journalists immediately.`);

  it('should read the release among the acts asked for, opposing the authorities and supporting those to be freed', () => {
    expect(stances).toContainEqual(expect.objectContaining({ holder: 'Adilet', target: 'Government of Kyrgyzstan', polarity: 'oppose', code: '0253' }));
    expect(stances.some((s) => s.holder === 'Adilet' && s.polarity === 'support' && /journalist/i.test(s.target))).toBe(true);
  });
});

describe('impersonal recommendations: "it is imperative that", "it is important that"', () => {
  const stances = stancesOf(`Ferry strike enters second week

TBILISI – "It is imperative that Georgia reopen the ferry line to Turkey," said Nino Beridze, a port trade union leader. "It is important that Georgia reopen the ferry line," Nino Beridze said.`);

  it('should read "it is imperative that X ..." as a recommendation to X (CAMEO 020), not praise', () => {
    expect(stances.filter((s) => s.quote.includes('imperative'))).toEqual([
      expect.objectContaining({ holder: 'Nino Beridze', target: 'Georgia', polarity: 'neutral', code: '020' }),
    ]);
  });

  it('should not read the "important" of a recommendation as praise of the one asked', () => {
    expect(stances.filter((s) => s.quote.includes('important'))).toEqual([
      expect.objectContaining({ holder: 'Nino Beridze', target: 'Georgia', polarity: 'neutral', code: '020' }),
    ]);
  });
});

describe('a request to speak', () => {
  it('is a question, no appeal: "The station asked Bekova to share her view of the reform"', () => {
    const { x } = readAndExtract('Reform talk\n\nRadio Osh asked Aida Bekova to share her view of the water reform in Kyrgyzstan.', 'inline/ask-to-speak.txt');
    expect(x.stances).toEqual([]);
  });

  it('is still an appeal when it asks for a deed: "Radio Osh asked Aida Bekova to withdraw the bill"', () => {
    const { stancesOf } = readAndExtract('Reform talk\n\nRadio Osh asked Aida Bekova to withdraw the water bill.', 'inline/ask-to-act.txt');
    expect(stancesOf('Radio Osh', 'Aida Bekova').length).toBe(1);
  });
});

describe('whom an appeal asks to have freed', () => {
  it('should support the ones to be released, not those a clause about them names ("detained after defending opposition activists")', () => {
    const stances = stancesOf('The Norwegian Helsinki Committee urged Turkmenistan to release two lawyers detained after defending opposition activists in court.');
    expect(stances).toContainEqual(expect.objectContaining({ holder: 'Norwegian Helsinki Committee', target: 'lawyers', polarity: 'support' }));
    expect(stances.filter((s) => s.target === 'opposition' && s.polarity === 'support')).toEqual([]);
  });

  it('should support the ones to be released when a participle says what befell them ("two lawyers detained in May")', () => {
    const stances = stancesOf('The Norwegian Helsinki Committee urged Turkmenistan to release two lawyers detained in May.');
    expect(stances.filter((s) => s.target === 'lawyers').map((s) => s.polarity)).toEqual(['support']);
  });
});

describe('good words inside an impersonal recommendation', () => {
  it('should read "there needs to be a credible and transparent inquiry" as a recommendation, not praise', () => {
    const stances = stancesOf(`Floods in Dashoguz

ASHGABAT – Aida Bekova, director of the Adilet Legal Clinic, said there needs to be a credible and transparent inquiry into the floods by the Government of Turkmenistan.`);
    const toGovernment = stances.filter((s) => s.target === 'Government of Turkmenistan');
    expect(toGovernment.map((s) => s.polarity)).not.toContain('support');
  });
});
