import { relationsOf } from './relation-helpers';

describe('INTERVIEWED stated in a sentence when the reader found no interview turns', () => {
  it('should read "<outlet> asked <person>" as the outlet interviewing the person, the surname found in full earlier', () => {
    const rs = relationsOf('Gulnara Sadykova runs a shelter in Osh. Kloop Media asked Sadykova about the new law.');
    expect(rs).toContain('INTERVIEWED Kloop -> Gulnara Sadykova');
  });

  it('should read "<person>, in an interview for <outlet>, said" and "<person>\'s interview to <outlet>"', () => {
    expect(relationsOf('Economist Bakyt Aliev, in an interview for Vlast.kz, warned of inflation.')).toContain('INTERVIEWED Vlast.kz -> Bakyt Aliev');
    expect(relationsOf("Minister Aibek Tokonov's interview to Kaktus Media covered the budget.")).toContain('INTERVIEWED Kaktus.media -> Aibek Tokonov');
  });

  it('should not read an outlet merely named beside a person as an interview', () => {
    expect(relationsOf('Bakyt Aliev read Vlast.kz every morning.').some((r) => r.startsWith('INTERVIEWED'))).toBe(false);
  });
});

describe('INTERVIEWED from a title-case headline over an interview', () => {
  const INTERVIEW = `Ambassador Lena Vogt’s Interview to Steppe Daily

Madam Ambassador, what brought you to Ashgabat?

I came to Turkmenistan because the two countries share a long history of trade.

What comes next?

More fairs, I hope.
`;

  it('should read the outlet an interview is given to in the headline as an organisation that interviewed the interviewee', () => {
    expect(relationsOf(INTERVIEW)).toContain('INTERVIEWED Steppe Daily -> Lena Vogt');
  });
});
