import { extractDocument } from '../../src/extract/extract-document';
import { loadKnowledge } from '../../src/extract/knowledge-from-gazetteer';
import { docFromText } from '../helpers/doc-from-text';

const INTERVIEW = `Uzbek activists fear a new wave of arrests. An interview with Dilnoza Rakhimova

“The pressure on bloggers is growing”, – says Dilnoza Rakhimova, director of the Tashkent Legal Aid Centre, in an interview with Eurasianet.

Eurasianet spoke with Dilnoza Rakhimova, director of the Tashkent Legal Aid Centre, about the arrests in Uzbekistan.

Eurasianet: How do you assess the arrests of bloggers in Tashkent?

We consider the arrests unlawful. The authorities should release the bloggers immediately. President Mirziyoyev promised reforms, and he should keep that promise.

What did the government say?

Prosecutor Farrukh Alimov claimed that the bloggers were paid by foreign agents. We have seen no evidence of this. Leading Kazakh lawyer Bakyt Sadykov said in a statement that the trials are a warning to the whole region.`;

describe('extractDocument', () => {
  const doc = docFromText(INTERVIEW, 'inline/rakhimova-interview.txt');
  const x = extractDocument(doc);
  const byLabel = (label: string) => x.entities.find((e) => e.label === label || e.aliases.includes(label));

  it('should find people that no gazetteer knows, from titles and name patterns', () => {
    expect(byLabel('Dilnoza Rakhimova')?.kind).toBe('Person');
    expect(byLabel('Bakyt Sadykov')?.kind).toBe('Person');
    expect(byLabel('Farrukh Alimov')?.kind).toBe('Person');
  });

  it('should find an organisation the gazetteer does not know from its head word', () => {
    expect(byLabel('Tashkent Legal Aid Centre')?.kind).toBe('Organisation');
  });

  it('should link "President Mirziyoyev" to the gazetteer person, whose key every document shares', () => {
    const person = x.entities.find((e) => e.aliases.includes('Mirziyoyev') || e.label.includes('Mirziyoyev'));
    expect(person?.kind).toBe('Person');
    expect(person?.id).toBe(loadKnowledge().name('Shavkat Mirziyoyev')?.id);
  });

  it('should read "the authorities" as the government of the country in focus', () => {
    expect(x.entities.some((e) => e.kind === 'Organisation' && /government of uzbekistan/i.test(e.label))).toBe(true);
  });

  it('should extract the appositive role as WORKS_FOR or LEADS with its evidence', () => {
    const person = byLabel('Dilnoza Rakhimova')!;
    const org = byLabel('Tashkent Legal Aid Centre')!;
    const rel = x.relations.find((r) => r.from === person.id && r.to === org.id);
    expect(rel).toBeDefined();
    expect(rel && rel.via !== 'gazetteer' ? rel.evidence.quote : '').toContain('director of the Tashkent Legal Aid Centre');
  });

  it('should mark the nationality given by a demonym before a role', () => {
    const lawyer = byLabel('Bakyt Sadykov')!;
    expect(x.relations.some((r) => r.type === 'NATIONAL_OF' && r.from === lawyer.id)).toBe(true);
  });

  it('should attribute answer stances to the interviewee or her organisation and reported ones to their speaker', () => {
    const speaker = byLabel('Dilnoza Rakhimova')!;
    const org = byLabel('Tashkent Legal Aid Centre')!;
    const government = x.entities.find((e) => /government of uzbekistan/i.test(e.label))!;
    expect(x.stances.some((s) => (s.holder === speaker.id || s.holder === org.id) && s.target === government.id && s.polarity === 'oppose')).toBe(true);
    const prosecutor = byLabel('Farrukh Alimov')!;
    expect(x.stances.some((s) => s.holder === prosecutor.id)).toBe(true);
  });

  it('should give every stance, relation and mention a quote that is the text at its span', () => {
    for (const s of x.stances) expect(doc.text.slice(s.span[0], s.span[1])).toBe(s.quote);
    for (const r of x.relations) if (r.via !== 'gazetteer') expect(doc.text.slice(...r.evidence.span)).toBe(r.evidence.quote);
    for (const m of x.mentions) expect(doc.text.slice(...m.span)).toBe(m.text);
  });

  it('should ask no questions of its own: no stance is taken from a question turn', () => {
    const questions = doc.turns.filter((t) => t.kind === 'question');
    for (const s of x.stances) for (const q of questions) expect(s.span[0] >= q.span[0] && s.span[1] <= q.span[1]).toBe(false);
  });

  it('should give the same result twice for the same document', () => {
    expect(extractDocument(doc)).toEqual(x);
  });
});
