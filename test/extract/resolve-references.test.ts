import { extractDocument } from '../../src/extract/extract-document';
import { docFromText } from '../helpers/doc-from-text';

describe('resolving references that are not names', () => {
  it('should resolve "Madam Ambassador" to the ambassador the text names, and keep "Ms Alieva" the same person', () => {
    const x = extractDocument(
      docFromText(
        'Zarina Alieva, the ambassador of Uzbekistan to Austria, spoke to our reporter in Vienna.\n\nThank you, Madam Ambassador. Ms Alieva said the talks would go on.',
        'inline/ambassador.txt',
      ),
    );
    const persons = x.entities.filter((e) => e.kind === 'Person');
    expect(persons.map((e) => e.id)).toEqual(['n:zarina-alieva']);
    const title = x.mentions.find((m) => m.text === 'Madam Ambassador');
    expect(title?.entity).toBe('n:zarina-alieva');
  });

  it('should leave "Madam Ambassador" unresolved when the text names two ambassadors', () => {
    const x = extractDocument(
      docFromText(
        'Zarina Alieva, the ambassador of Uzbekistan to Austria, met Jana Novak, the ambassador of Slovakia to Austria.\n\nThank you, Madam Ambassador.',
        'inline/two-ambassadors.txt',
      ),
    );
    expect(x.mentions.find((m) => m.text === 'Madam Ambassador')).toBeUndefined();
  });
});

describe('resolving a country-leading title to the leader the report names', () => {
  const mentionOf = (text: string, surface: string, id: string) => {
    const x = extractDocument(docFromText(text, `inline/${id}.txt`));
    const label = new Map(x.entities.map((e) => [e.id, e.label]));
    return { x, entity: label.get(x.mentions.find((m) => m.text === surface)?.entity ?? '') };
  };

  it('should resolve "The Head of State" to the president of the country in focus, in an undated wire report, and make no person "State"', () => {
    const { x, entity } = mentionOf(
      'ASTANA. President of Kazakhstan Nursultan Nazarbayev met the head of the Red Crescent in Astana today.\n\nThe Head of State pointed out the importance of humanitarian aid.',
      'Head of State',
      'head-of-state',
    );
    expect(entity).toBe('Nursultan Nazarbayev');
    expect(x.entities.map((e) => e.label)).not.toContain('State');
  });

  it('should resolve "the Kazakh leader" to the Kazakh president when the text also names the Uzbek president', () => {
    const { entity } = mentionOf(
      'Uzbek President Shavkat Mirziyoyev met Kazakh President Kassym-Jomart Tokayev in Tashkent on Friday.\n\nThe talks were friendly, the Kazakh leader told reporters.',
      'leader',
      'kazakh-leader',
    );
    expect(entity).toBe('Kassym-Jomart Tokayev');
  });

  it('should resolve "The President" to the one titled president who leads a country, not the president of an assembly', () => {
    const { entity } = mentionOf(
      'President Kassym-Jomart Tokayev of Kazakhstan received President of the UN General Assembly Dennis Francis in Astana.\n\nThe President highlighted the role of the world organisation.',
      'President',
      'president-of-assembly',
    );
    expect(entity).toBe('Kassym-Jomart Tokayev');
  });

  it('should leave "The President" unresolved when two presidents of countries are named', () => {
    const { x } = mentionOf(
      'Uzbek President Shavkat Mirziyoyev met Kazakh President Kassym-Jomart Tokayev in Tashkent on Friday.\n\nThe President thanked the hosts.',
      'President',
      'two-presidents',
    );
    expect(x.mentions.filter((m) => m.text === 'President' && m.span[0] > 90)).toEqual([]);
  });
});

describe('resolving a title written in other words', () => {
  it('should resolve "the UN chief" to the person the text titled UN Secretary-General', () => {
    const x = extractDocument(
      docFromText('UN Secretary-General António Guterres arrived in Dushanbe on Monday.\n\nThe UN chief praised Tajikistan for its water initiatives.', 'inline/un-chief.txt'),
    );
    const label = new Map(x.entities.map((e) => [e.id, e.label]));
    const chief = x.mentions.find((m) => m.text.includes('chief'));
    expect(label.get(chief?.entity ?? '')).toBe('António Guterres');
    expect(x.stances.map((s) => `${label.get(s.holder)} -> ${label.get(s.target)}`)).toContain('António Guterres -> Tajikistan');
  });
});

describe('a pronoun that speaks after a quotation', () => {
  it('should resolve "he told" after a quote naming others to the speaker the report follows, not a person in the quote', () => {
    const x = extractDocument(
      docFromText(
        'Exiled activist Timur Aliyev spoke to reporters in Vienna on Monday.\n\n“They wanted me to praise President Rahmon and his son Rustam Emomali,” he told RFE/RL.',
        'inline/he-told.txt',
      ),
    );
    const label = new Map(x.entities.map((e) => [e.id, e.label]));
    const he = x.mentions.find((m) => m.text === 'he');
    expect(label.get(he?.entity ?? '')).toBe('Timur Aliyev');
  });
});

describe('a title with a demonym for the one official of that country the text titles so', () => {
  it('should resolve "the Kyrgyz minister" to the Kyrgyz foreign minister named before, not the Austrian one', () => {
    const x = extractDocument(
      docFromText(
        'Austrian Foreign Minister Anna Berger and Kyrgyz Foreign Minister Ruslan Kazabayev met in Vienna on Friday.\n\nThe envoy later praised the Kyrgyz minister for the calm in the south.',
        'inline/kyrgyz-minister.txt',
      ),
    );
    const label = new Map(x.entities.map((e) => [e.id, e.label]));
    const minister = x.mentions.find((m) => m.text === 'minister');
    expect(label.get(minister?.entity ?? '')).toBe('Ruslan Kazabayev');
  });
});

describe('a subject pronoun after a sentence that names two people', () => {
  const heOf = (text: string) => {
    const x = extractDocument(docFromText(text, 'inline/subject-he.txt'));
    const label = new Map(x.entities.map((e) => [e.id, e.label]));
    const he = x.mentions.filter((m) => m.text === 'He').pop();
    return label.get(he?.entity ?? '');
  };

  it('should go on with the subject that opened the sentence before: "X met with President Y. He welcomed ..."', () => {
    expect(heOf('Secretary-General António Guterres met with President Emomali Rahmon in Dushanbe.\n\nHe welcomed the new water strategy.')).toBe('António Guterres');
  });

  it('should stay unresolved when the sentence before opens with no person', () => {
    expect(heOf('In Dushanbe, Secretary-General António Guterres met with President Emomali Rahmon.\n\nHe welcomed the new water strategy.')).toBeUndefined();
  });
});
