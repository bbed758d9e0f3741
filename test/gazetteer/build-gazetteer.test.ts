import { loadGazetteer } from '../../src/gazetteer/load-gazetteer';

const g = loadGazetteer();
const label = (surface: string) => g.lookupName(surface)?.label;

describe('lookupName', () => {
  it("should merge 'Tokayev' and spelling variants into 'Kassym-Jomart Tokayev'", () => {
    for (const s of ['Tokayev', 'Tokaev', 'Toqaev', 'Kassym-Jomart Tokayev', 'Kassym Jomart Tokayev']) {
      expect(label(s)).toBe('Kassym-Jomart Tokayev');
    }
  });

  it('should find people by surname and transliteration variants', () => {
    expect(label('Mirziyoev')).toBe('Shavkat Mirziyoyev');
    expect(label('Rakhmon')).toBe('Emomali Rahmon');
    expect(label('Zhaparov')).toBe('Sadyr Japarov');
    expect(label('Erdogan')).toBe('Recep Tayyip Erdoğan');
    expect(label('Lukashenka')).toBe('Alexander Lukashenko');
  });

  it('should ignore case, accents, curly apostrophes, a possessive and a leading "the" in names', () => {
    expect(label('KAZAKHSTAN')).toBe('Kazakhstan');
    expect(label('Tokayev’s')).toBe('Kassym-Jomart Tokayev');
    expect(label("Tokayev's")).toBe('Kassym-Jomart Tokayev');
    expect(label('the Kremlin')).toBe('Government of Russia');
    expect(label('Kremlin')).toBe('Government of Russia');
    expect(label('Türkiye')).toBe('Turkey');
    expect(label('Turkiye')).toBe('Turkey');
    expect(label('the European Union')).toBe('European Union');
  });

  it('should treat hyphens, dashes and spaces alike', () => {
    expect(label('Nur-Sultan')).toBe('Astana');
    expect(label('Nur Sultan')).toBe('Astana');
    expect(label('Kyrgyzstan-Tajikistan border conflict')).toBe('Kyrgyzstan–Tajikistan border conflict');
    expect(label('Jalal Abad')).toBe('Jalal-Abad');
  });

  it('should match media names with or without their web-domain ending', () => {
    expect(label('CABAR.asia')).toBe('CABAR.asia');
    expect(label('CABAR')).toBe('CABAR.asia');
    expect(label('Vlast.kz')).toBe('Vlast.kz');
    expect(label('Vlast')).toBe('Vlast.kz');
    expect(label('Fergana.ru')).toBe('Fergana News');
    expect(label('Kloop.kg')).toBe('Kloop');
    expect(label('24.kg')).toBe('24.kg');
  });

  it('should not strip the domain of a name that is only a number', () => {
    expect(g.lookupName('24')).toBeUndefined();
  });

  it('should match acronyms only in their exact case', () => {
    expect(label('UN')).toBe('United Nations');
    expect(label('EU')).toBe('European Union');
    expect(label('CIS')).toBe('Commonwealth of Independent States');
    expect(label('SCO')).toBe('Shanghai Cooperation Organisation');
    expect(label('U.S.')).toBe('United States');
    expect(label('RFE/RL')).toBe('Radio Free Europe/Radio Liberty');
    for (const word of ['un', 'Un', 'eu', 'cis', 'Sco', 'us', 'who', 'Who', 'ap']) expect(g.lookupName(word)).toBeUndefined();
  });

  it('should match a label that is also an acronym only as written', () => {
    expect(label('ARTICLE 19')).toBe('ARTICLE 19');
    expect(g.lookupName('Article 19')).toBeUndefined();
  });

  it('should find organs and expansions of international bodies', () => {
    expect(label('Collective Security Treaty Organization')).toBe(label('CSTO'));
    expect(label('EAEU')).toBe('Eurasian Economic Union');
    expect(label('Eurasian Economic Union')).toBe('Eurasian Economic Union');
    expect(label('ODIHR')).toBe('OSCE Office for Democratic Institutions and Human Rights');
    expect(label('UN Human Rights Council')).toBe('United Nations Human Rights Council');
  });

  it("should resolve government names to 'Government of <Country>'", () => {
    for (const s of [
      'the Kazakhstani authorities',
      'Kazakh authorities',
      'the Kazakh government',
      'Government of Kazakhstan',
      'authorities in Kazakhstan',
      'Kazakhstan’s government',
    ]) {
      expect(label(s)).toBe('Government of Kazakhstan');
    }
    expect(label('US authorities')).toBe('Government of the United States');
    expect(label('Kyrgyz authorities')).toBe('Government of Kyrgyzstan');
  });

  it('should know a government by the full name of a state that takes "the": "Government of the Kyrgyz Republic"', () => {
    expect(label('Government of the Kyrgyz Republic')).toBe('Government of Kyrgyzstan');
    expect(label('Government of the Russian Federation')).toBe('Government of Russia');
  });

  it('should keep the presidency apart from the government', () => {
    expect(label('Akorda')).toBe('Akorda');
    expect(g.lookupName('Akorda')?.kind).toBe('Organisation');
  });

  it('should find named events by their names only', () => {
    expect(label('Bloody January')).toBe('January 2022 unrest in Kazakhstan');
    expect(label('Qandy Qantar')).toBe('January 2022 unrest in Kazakhstan');
    expect(label('Andijan massacre')).toBe('Andijan massacre');
    expect(g.lookupName('January')).toBeUndefined();
  });

  it('should not return anything for a deliberately shared surname without a preferred entry', () => {
    expect(g.lookupName('Berdimuhamedow')).toBeUndefined();
    expect(
      g
        .lookupCandidates('Berdimuhamedow')
        .map((e) => e.label)
        .sort(),
    ).toEqual(['Gurbanguly Berdimuhamedow', 'Serdar Berdimuhamedow']);
  });

  it('should return the preferred entry of a shared surname', () => {
    expect(label('Aliyev')).toBe('Ilham Aliyev');
    expect(g.lookupCandidates('Aliyev')).toHaveLength(2);
  });

  it('should not treat a demonym as a name', () => {
    expect(g.lookupName('Kazakh')).toBeUndefined();
  });
});

describe('lookupDemonym', () => {
  it('should map demonyms and adjectives to their country or region', () => {
    expect(g.lookupDemonym('Kazakh')?.label).toBe('Kazakhstan');
    expect(g.lookupDemonym('Kazakhstani')?.label).toBe('Kazakhstan');
    expect(g.lookupDemonym('Kyrgyz')?.label).toBe('Kyrgyzstan');
    expect(g.lookupDemonym('Kirghiz')?.label).toBe('Kyrgyzstan');
    expect(g.lookupDemonym('Tajik')?.label).toBe('Tajikistan');
    expect(g.lookupDemonym('Uzbek')?.label).toBe('Uzbekistan');
    expect(g.lookupDemonym('Turkmen')?.label).toBe('Turkmenistan');
    expect(g.lookupDemonym('Russian')?.label).toBe('Russia');
    expect(g.lookupDemonym('Chinese')?.label).toBe('China');
    expect(g.lookupDemonym('Norwegian')?.label).toBe('Norway');
    expect(g.lookupDemonym('Central Asian')?.label).toBe('Central Asia');
  });

  it('should return nothing for a word that is not a demonym', () => {
    expect(g.lookupDemonym('Kazakhstan')).toBeUndefined();
    expect(g.lookupDemonym('human')).toBeUndefined();
  });
});

describe('governmentOf and countryOf', () => {
  it('should give every country a government, found by QID, key or label', () => {
    for (const country of g.entries.filter((e) => e.kind === 'Country')) {
      expect(g.governmentOf(country.id ?? country.label)?.label).toMatch(new RegExp(`^Government of (the )?${country.label}$`));
    }
    expect(g.governmentOf('Russia')?.label).toBe('Government of Russia');
    expect(g.governmentOf('Q232')?.kind).toBe('Organisation');
  });

  it('should say which country a city, a national body and a government belong to', () => {
    expect(g.countryOf(g.lookupName('Zhanaozen')!)?.label).toBe('Kazakhstan');
    expect(g.countryOf(g.lookupName('KNB')!)?.label).toBe('Kazakhstan');
    expect(g.countryOf(g.lookupName('Kazakh authorities')!)?.label).toBe('Kazakhstan');
    expect(g.countryOf(g.lookupName('Radio Azattyk')!)?.label).toBe('Kyrgyzstan');
    expect(g.countryOf(g.lookupName('CSTO')!)).toBeUndefined();
  });

  it('should link organs to their parent body', () => {
    const odihr = g.lookupName('ODIHR')!;
    expect(odihr.kind === 'Organisation' && g.resolveRef(odihr.partOf!)?.label).toBe('Organization for Security and Co-operation in Europe');
    const hrc = g.lookupName('UN Human Rights Council')!;
    expect(hrc.kind === 'Organisation' && g.resolveRef(hrc.partOf!)?.label).toBe('United Nations');
  });

  it('should know which international bodies a country belongs to', () => {
    expect(g.isMemberOf('Kazakhstan', 'CSTO')).toBe(true);
    expect(g.isMemberOf('Q232', 'Commonwealth of Independent States')).toBe(true);
    expect(g.isMemberOf('Kyrgyzstan', 'OSCE')).toBe(true);
    expect(g.isMemberOf('Kyrgyzstan', 'EAEU')).toBe(true);
    expect(g.isMemberOf('Uzbekistan', 'CSTO')).toBe(false);
    expect(g.isMemberOf('Turkmenistan', 'CIS')).toBe(false);
    expect(g.isMemberOf('Germany', 'EU')).toBe(true);
    expect(g.isMemberOf('CSTO', 'Kazakhstan')).toBe(false);
    expect(g.isMemberOf('Atlantis', 'UN')).toBe(false);
  });

  it('should give heads of state a role in their country', () => {
    const tokayev = g.lookupName('Tokayev')!;
    expect(tokayev.kind).toBe('Person');
    if (tokayev.kind === 'Person') expect(tokayev.roles).toContainEqual(expect.objectContaining({ title: 'President', of: 'Q232' }));
  });
});
