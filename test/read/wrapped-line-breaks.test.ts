import { goesOnBelow, isWrapped, unwrapLineBreaks } from '../../src/read/wrapped-line-breaks';

describe('unwrapLineBreaks', () => {
  it('should read a break inside a name as a space, so the name stays whole', () => {
    const text =
      'The statement was signed by the Bureau for Human Rights and Rule of Law and the Coalition of\nNGOs against Torture in Central Asia, who said on Friday that the trial was unfair.';
    expect(unwrapLineBreaks(text)).toBe(text.replace('\n', ' '));
  });

  it('should keep the break after a line that ends a sentence', () => {
    const text =
      'The court sentenced the journalist to seven years in prison on Thursday afternoon.\nHis lawyer said the family would appeal against the verdict in the city court.';
    expect(unwrapLineBreaks(text)).toBe(text);
  });

  it('should keep the breaks between short stacked lines under a headline', () => {
    const text = 'Deputy Minister of Foreign Affairs\nAstana, Kazakhstan\nMarch 4, 2019';
    expect(unwrapLineBreaks(text)).toBe(text);
  });

  it('should turn a CR LF pair into two spaces, so every offset holds', () => {
    const text = 'The mission will observe the vote in all\r\nregions of the country.';
    const out = unwrapLineBreaks(text);
    expect(out).toHaveLength(text.length);
    expect(out).toBe('The mission will observe the vote in all  regions of the country.');
  });
});

describe('isWrapped', () => {
  it('should join two long lines when the first does not end a sentence', () => {
    expect(isWrapped('The opposition leader was released from custody after three months in', 'Dushanbe where he had been held without a charge being brought', false)).toBe(true);
  });

  it('should join a long line and the short last line of its block when that ends the sentence', () => {
    expect(isWrapped('Election observers reported that ballot boxes had been stuffed in several', 'Osh polling stations.', true)).toBe(true);
    expect(isWrapped('Election observers reported that ballot boxes had been stuffed in several', 'Osh polling stations', true)).toBe(false);
  });
});

describe('goesOnBelow', () => {
  it('should say a line goes on when the next starts in lower case or the line ends on a comma or "of"', () => {
    expect(goesOnBelow('In Almaty,', 'Residents queued for fuel')).toBe(true);
    expect(goesOnBelow('The head of', 'Kazakhstan Temir Zholy resigned')).toBe(true);
    expect(goesOnBelow('Residents queued', 'for fuel')).toBe(true);
  });

  it('should not join a headline to the paragraph under it on length alone', () => {
    expect(goesOnBelow('Tajik Farmers Struggle With a Third Year of Drought', 'According to the ministry, wheat yields fell by a third')).toBe(false);
  });
});
