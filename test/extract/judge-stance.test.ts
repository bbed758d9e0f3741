import { stancesOf } from '../helpers/stances-of';

describe('judgeStance through extractDocument: negation both ways', () => {
  const stances = stancesOf(`Minister visits Moscow

ASTANA – Foreign Minister Murat Nurtleu visited Moscow on Monday.

Aida Bekova, director of the Almaty Legal Centre, said Nurtleu did not criticise Russia. Bekova said the government does not support the OSCE.`);

  it('should read "did not criticise Russia" as no criticism of Russia', () => {
    expect(stances.filter((s) => s.target === 'Russia' && s.polarity === 'oppose')).toEqual([]);
  });

  it('should read "does not support" as opposition, held by the subject', () => {
    const osce = stances.filter((s) => /Security and Co-operation/.test(s.target));
    expect(osce).toEqual([expect.objectContaining({ holder: expect.stringMatching(/^Government of/), polarity: 'oppose', code: '110' })]);
  });

  it("should not make the reporter of the subject's position hold it", () => {
    expect(stances.filter((s) => s.holder === 'Aida Bekova' && s.polarity === 'oppose')).toEqual([]);
  });
});

describe('judgeStance through extractDocument: reported events', () => {
  const stances = stancesOf(`Arrests in Osh

BISHKEK – Police detained five activists in Osh on Monday, the Ministry of Internal Affairs said. Aida Bekova, director of the Adilet Legal Clinic, told reporters that the arrests by the police were unlawful.`);

  it('should not read "police detained five activists, the ministry said" as the ministry\'s criticism', () => {
    expect(stances.filter((s) => /Internal Affairs/.test(s.holder))).toEqual([]);
  });

  it('should read a judgement of the act as opposing whoever did it, not its victims', () => {
    expect(stances).toContainEqual(expect.objectContaining({ holder: 'Aida Bekova', target: 'police', polarity: 'oppose' }));
    expect(stances.filter((s) => s.target === 'activists')).toEqual([]);
  });
});
