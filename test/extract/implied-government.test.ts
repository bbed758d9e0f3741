import { readAndExtract } from '../helpers/read-and-extract';
import { stancesOf } from '../helpers/stances-of';

const about = (text: string) => stancesOf(text).map((s) => `${s.holder} -> ${s.target}`);

describe('impliedGovernment: an act of unnamed authorities is the government’s', () => {
  it('should read concern about a detention in a named country as a stance on its government', () => {
    expect(about('The OSCE expressed concern about the detention of two bloggers in Uzbekistan.')).toContain(
      'Organization for Security and Co-operation in Europe -> Government of Uzbekistan',
    );
  });

  it('should take the country of a city for a judged trial with no one named who held it', () => {
    expect(about('According to lawyer Dilnoza Rakhimova, the trial in Almaty was politically motivated.')).toContain('Dilnoza Rakhimova -> Government of Kazakhstan');
  });

  it('should leave the government out when the act names who did it', () => {
    expect(about('Ruslan Temirov said the arrest of the students by the Taliban in Kabul was unlawful.')).not.toContain('Ruslan Temirov -> Government of Afghanistan');
  });

  it('should not blame a government for a judgement of no state act', () => {
    expect(about('Ruslan Temirov said the harvest in Kazakhstan was poor this year.')).toEqual([]);
  });

  it('should use the government a statement already names in full', () => {
    const text = `Joint statement on the situation in the south

We urge the Government of the Republic of Tajikistan to end the pressure on lawyers. The reported harassment of journalists is deeply worrying.`;
    const targets = new Set(stancesOf(text, 'inline/statement.txt').map((s) => s.target));
    expect([...targets].filter((t) => /^Government/.test(t))).toEqual(['Government of Tajikistan']);
  });
});

describe('verbs that name harm', () => {
  it('should read "an effort to intimidate" with no one named as an accusation of the government', () => {
    expect(about('Ruslan Temirov said the searches in Khujand were an effort to intimidate opposition leaders.')).toContain('Ruslan Temirov -> Government of Tajikistan');
  });
});

describe('whom an act of the authorities befell, named with an apposition', () => {
  it('is no target: "concerned about the blocking of the independent news website Osh Today"', () => {
    const { x } = readAndExtract(
      'Website blocked\n\nThe Eurasian Press Freedom Network today expressed concern about the blocking of the independent news website Osh Today in Kyrgyzstan.',
      'inline/blocking.txt',
    );
    const targets = x.stances.map((s) => x.entities.find((e) => e.id === s.target)?.label);
    expect(targets).not.toContain('Osh Today');
    expect(targets).toContain('Government of Kyrgyzstan');
  });
});

describe('whom an act of the authorities befell, named after its phrase', () => {
  const H = 'Media report\n\nBISHKEK – ';

  it('should read the person after "the verdict against" as no target, and the government as the one criticised', () => {
    const found = about(`${H}Aida Bekova criticised the verdict against journalist Bolot Temirov.`);
    expect(found).toContain('Aida Bekova -> Government of Kyrgyzstan');
    expect(found).not.toContain('Aida Bekova -> Bolot Temirov');
  });

  it('should read the person after "the charges brought by prosecutors against" as no target', () => {
    const found = about(`${H}Aida Bekova said the charges brought by the Kyrgyz prosecutors against Bolot Temirov were baseless.`);
    expect(found).not.toContain('Aida Bekova -> Bolot Temirov');
    expect(found.some((s) => s.startsWith('Aida Bekova -> ') && /Prosecutor/.test(s))).toBe(true);
  });

  it('should read the outlet after "the raids on the offices of" as no target', () => {
    const found = about(`${H}Aida Bekova condemned the raids on the offices of Temirov Live.`);
    expect(found).toEqual(['Aida Bekova -> Government of Kyrgyzstan']);
  });

  it('should read the person after "the sentence handed down to" as no target', () => {
    const found = about(`${H}Aida Bekova said the harsh sentence of ten years handed down to Bolot Temirov was unjust.`);
    expect(found).not.toContain('Aida Bekova -> Bolot Temirov');
  });

  it('should not read "appealed to" as an act done to whoever follows', () => {
    const found = about(`${H}Aida Bekova criticised Bolot Temirov, who appealed to Sadyr Japarov for help.`);
    expect(found).toContain('Aida Bekova -> Bolot Temirov');
  });
});

describe('a rejection of what the state did', () => {
  it('should read "the charges were baseless" as opposing the government that brought them', () => {
    expect(about('Media report\n\nBISHKEK – Aida Bekova said the charges against the journalists were baseless.')).toContain('Aida Bekova -> Government of Kyrgyzstan');
  });
});
