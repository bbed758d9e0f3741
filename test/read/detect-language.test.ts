import { detectLanguage } from '../../src/read/detect-language';

const ENGLISH =
  'The authorities said on Monday that the protests in the capital were over, but human rights groups warned that hundreds of people are still in detention and that the courts have not yet heard their cases.';

describe('detectLanguage', () => {
  it('should accept English prose', () => {
    expect(detectLanguage(ENGLISH).english).toBe(true);
  });

  it('should accept English full of Central Asian names', () => {
    const text = 'Kassym-Jomart Tokayev met Shavkat Mirziyoyev and Sadyr Japarov in Astana; Emomali Rahmon and Serdar Berdimuhamedow joined them by video. ' + ENGLISH;
    expect(detectLanguage(text).english).toBe(true);
  });

  it('should call Cyrillic text Russian, or Kazakh when it has Kazakh letters', () => {
    expect(detectLanguage('Президент объявил чрезвычайное положение в стране после протестов.').looksLike).toMatch(/^Russian \(Cyrillic/);
    expect(detectLanguage('Қазақстан Республикасының Президенті төтенше жағдай жариялады және ұлттық қауіпсіздік').looksLike).toMatch(/^Kazakh/);
  });

  it('should tell German from English by its function words', () => {
    const guess = detectLanguage(
      'Die Regierung hat am Montag erklärt, dass die Proteste in der Hauptstadt vorbei sind, aber die Menschenrechtler sind nicht überzeugt und fordern eine unabhängige Untersuchung der Ereignisse.',
    );
    expect(guess.english).toBe(false);
    expect(guess.looksLike).toMatch(/^German/);
  });

  it('should name Chinese and Arabic scripts', () => {
    expect(detectLanguage('中亚国家领导人在阿斯塔纳举行会议讨论地区安全问题').looksLike).toMatch(/Chinese/);
    expect(detectLanguage('اجتمع قادة دول آسيا الوسطى في أستانا لمناقشة الأمن الإقليمي').looksLike).toMatch(/Arabic/);
  });

  it('should not judge a few English words by function words alone', () => {
    expect(detectLanguage('Astana, Almaty, Bishkek').english).toBe(true);
  });
});

describe('detectLanguage after long blank stretches', () => {
  it('should judge a text by its words when blanks fill its first 20,000 characters', () => {
    const text = `${' '.repeat(30_000)}\n${'The committee will meet again in the spring and the members said that they expect a decision on the budget. '.repeat(5)}`;
    expect(detectLanguage(text)).toEqual({ english: true, looksLike: 'English' });
  });
});
