import { loadNameWords } from '../../src/read/load-name-words';
import { indexNames, speakerNameFor } from '../../src/read/name-speaker';

describe('speakerNameFor', () => {
  const words = loadNameWords();
  const index = indexNames(['A talk with Dinara Toktosunova, a lawyer, and Ambassador Henrik Lund of Norway. The moderator was Pavel Orlov.'], words);

  it('should give a surname label the full name the text gives', () => {
    expect(speakerNameFor('Toktosunova', index, words)).toBe('Dinara Toktosunova');
    expect(speakerNameFor('TOKTOSUNOVA', index, words)).toBe('Dinara Toktosunova');
    expect(speakerNameFor('Ms Toktosunova', index, words)).toBe('Dinara Toktosunova');
  });

  it('should give a title label the person the text names with that title', () => {
    expect(speakerNameFor('Ambassador', index, words)).toBe('Henrik Lund');
  });

  it('should find the person behind a title written in lower case before a comma', () => {
    const other = indexNames(['Questions to the Norwegian ambassador to Kazakhstan, Henrik Lund, and to the press.'], words);
    expect(speakerNameFor('Ambassador', other, words)).toBe('Henrik Lund');
  });

  it('should stop a name at the end of its sentence', () => {
    expect(speakerNameFor('Orlov', index, words)).toBe('Pavel Orlov');
  });

  it('should write a long surname in capitals as a name, and keep a short one as an acronym', () => {
    expect(speakerNameFor('BEKNAZAROV', index, words)).toBe('Beknazarov');
    expect(speakerNameFor('OSCE', index, words)).toBe('OSCE');
    expect(speakerNameFor('Dr Beknazarov', index, words)).toBe('Beknazarov');
  });
});

describe('indexNames', () => {
  const words = loadNameWords();

  it('should leave a post written after its country out of the full name a label gets', () => {
    const index = indexNames(['Secretary Antony J. Blinken and Uzbekistan Foreign Minister Bakhtiyor Saidov at a joint press availability'], words);
    expect(speakerNameFor('FOREIGN MINISTER SAIDOV', index, words)).toBe('Bakhtiyor Saidov');
    expect(speakerNameFor('SAIDOV', index, words)).toBe('Bakhtiyor Saidov');
  });

  it('should give the person behind a post written after its body to a label of that post', () => {
    const index = indexNames(['Remarks by UN Secretary-General Ban Ki-moon in Tashkent'], words);
    expect(speakerNameFor('Secretary-General', index, words)).toBe('Ban Ki-moon');
  });
});
