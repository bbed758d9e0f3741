import { extractDocument } from '../../src/extract/extract-document';
import { loadKnowledge } from '../../src/extract/knowledge-from-gazetteer';
import { docFromText } from '../helpers/doc-from-text';

const persons = (text: string) => extractDocument(docFromText(text, 'inline/names.txt')).entities.filter((e) => e.kind === 'Person');

describe('resolving names inside one document', () => {
  it("should read a surname the gazetteer knows as its person when the text reaches that person's country", () => {
    const known = loadKnowledge().name('Mirziyoyev')!;
    expect(persons('Mirziyoyev opened a new hospital in Samarkand on Friday.').map((e) => e.id)).toEqual([known.id]);
  });

  it("should read the same surname as someone else when nothing in the text ties it to the gazetteer's person", () => {
    const known = loadKnowledge().name('Karimova')!;
    const ids = persons('Ms Karimova, a teacher from Naryn in Kyrgyzstan, said the village school had no heating.').map((e) => e.id);
    expect(ids).toEqual(['n:karimova']);
    expect(ids).not.toContain(known.id);
  });
});

describe('a first name and a patronymic', () => {
  const labels = (text: string) => extractDocument(docFromText(text, 'inline/patronymic.txt')).entities.filter((e) => e.kind === 'Person');

  it('should be the one person of the text with that first name', () => {
    const people = labels('Talks in Bishkek\n\nBISHKEK – Nurlan Sadykov met the mayor. “Thanks to Nurlan Bakytovich, the road was built,” the mayor said.');
    expect(people.map((p) => p.label)).toEqual(['Nurlan Sadykov']);
    expect(people[0]!.aliases).toContain('Nurlan Bakytovich');
  });

  it('should stay a person of its own when two people share the first name', () => {
    const people = labels('Talks in Bishkek\n\nBISHKEK – Nurlan Sadykov met Nurlan Osmonov. “Thanks to Nurlan Bakytovich, the road was built,” the mayor said.');
    expect(people.map((p) => p.label)).toContain('Nurlan Bakytovich');
  });
});

describe('short forms of a person named in full in wire copy', () => {
  it('should read "Mr. Ban" as Ban Ki-moon: a Korean name gives the family name first', () => {
    const labels = persons('U.N. Secretary-General Ban Ki-moon arrived in Vienna on Thursday.\n\nMr. Ban said he was deeply concerned by the violence in Osh.').map((e) => e.label);
    expect(labels).toEqual(['Ban Ki-moon']);
  });

  it('should read "N.Nazarbayev" with its glued initial as Nursultan Nazarbayev named before', () => {
    const labels = persons("President Nursultan Nazarbayev met the delegation in Astana. The guests praised N.Nazarbayev's role in nuclear disarmament.").map((e) => e.label);
    expect(labels).toEqual(['Nursultan Nazarbayev']);
  });
});

describe('names of things that end in a thing head', () => {
  it.each([
    ['the Sustainable Development Goals', 'The plan follows the Sustainable Development Goals, the minister said.'],
    ['the Hazrati Imam Complex', 'The delegation visited the Hazrati Imam Complex in Tashkent.'],
    ['the Independence Monument', 'He laid a wreath at the Independence Monument on Sunday.'],
    ['the Semipalatinsk Nuclear Testing Site', 'The Semipalatinsk Nuclear Testing Site was closed in 1991.'],
    ['UNESCO World Heritage Sites', 'Bukhara is home to several UNESCO World Heritage Sites.'],
    ['the Highest Order', 'The guest received the Highest Order of the republic.'],
  ])('should make no person of %s', (_name, text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('Korean given names with a lower-case second syllable', () => {
  it('should read "Madam Ban Soon-taek" whole, not as "Ban Soon"', () => {
    expect(persons('Secretary-General Ban Ki-moon arrived in Bishkek, accompanied by Madam Ban Soon-taek.').map((e) => e.label)).toEqual(['Ban Ki-moon', 'Ban Soon-taek']);
  });

  it('should not join an English word after a hyphen to a name: "a Kazakh-led delegation", "Astana-based"', () => {
    expect(persons('Envoy Aida Serikova-led talks opened in Astana.').map((e) => e.label)).not.toContain('Aida Serikova-led');
  });
});
