import type { SourceDocument } from '../../schema/records';
import { SourceDocument as SourceDocumentSchema } from '../../schema/records';
import { at, decodeFixture, decodeString, errorOf, visible } from './helpers';

const FIXTURES = ['eurasianet-article.html', 'rferl-no-article.html', 'analysis.md', 'interview-prefixed-crlf-bom.txt', 'interview-unprefixed.txt'];

function allSpans(doc: SourceDocument): [number, number][] {
  return [...doc.body, ...doc.captions, ...doc.turns.map((t) => t.span), ...doc.reportedSpeech.flatMap((r) => [r.span, r.speakerSpan])];
}

describe('decodeSource on every fixture', () => {
  it.each(FIXTURES)('should give a valid SourceDocument for %s', (name) => {
    expect(SourceDocumentSchema.safeParse(decodeFixture(name)).success).toBe(true);
  });

  it.each(FIXTURES)('should keep plain as long as text, masking only with spaces (%s)', (name) => {
    const doc = decodeFixture(name);
    expect(doc.plain).toHaveLength(doc.text.length);
    for (let i = 0; i < doc.text.length; i += 1) {
      const p = doc.plain[i]!;
      if (p === doc.text[i] || p === ' ') continue;
      // Only a decoded HTML character reference may differ: its character sits on the '&'.
      expect(doc.format).toBe('html');
      expect(doc.text[i]).toBe('&');
    }
  });

  it.each(FIXTURES)('should keep every span in range and on visible text (%s)', (name) => {
    const doc = decodeFixture(name);
    for (const [start, end] of allSpans(doc)) {
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeLessThanOrEqual(doc.text.length);
      expect(start).toBeLessThan(end);
      expect(doc.plain[start]).not.toBe(' ');
      expect(doc.plain[end - 1]).not.toBe(' ');
    }
  });

  it.each(FIXTURES)('should give reported speakers that equal the text at their spans (%s)', (name) => {
    const doc = decodeFixture(name);
    for (const r of doc.reportedSpeech) expect(doc.plain.slice(...r.speakerSpan)).toBe(r.speaker);
  });

  it.each(FIXTURES)('should be deterministic: the same bytes give the same document (%s)', (name) => {
    expect(decodeFixture(name)).toEqual(decodeFixture(name));
  });
});

describe('decodeSource on plain text', () => {
  it('should keep offsets into the BOM-less CRLF text so that text.slice(span) is the paragraph', () => {
    const doc = decodeFixture('interview-prefixed-crlf-bom.txt');
    expect(doc.text.startsWith('Kazakhstan:')).toBe(true);
    expect(doc.text).toContain('\r\n');
    const intro = doc.body.map((s) => at(doc, s)).find((t) => t.startsWith('RFE/RL'));
    expect(intro).toBe("RFE/RL's Kazakh Service spoke with Dina Sarsenova, a lawyer at the Almaty Bar Association, about the trials that followed the January events.");
  });

  it('should drop the publisher copyright footer by its rules and detect the publisher from it', () => {
    const doc = decodeFixture('interview-prefixed-crlf-bom.txt');
    expect(doc.publisher).toBe('Radio Free Europe/Radio Liberty');
    expect(doc.body.some((s) => at(doc, s).startsWith('Copyright'))).toBe(false);
  });

  it('should read a dateline as the date and keep it out of the body', () => {
    const doc = decodeFixture('interview-prefixed-crlf-bom.txt');
    expect(doc.date).toBe('2023-06-05');
    expect(doc.body.some((s) => at(doc, s).startsWith('Almaty, 5 June'))).toBe(false);
  });

  it('should take the first short line as the title and keep it out of the body', () => {
    const doc = decodeFixture('interview-prefixed-crlf-bom.txt');
    expect(doc.title).toBe('Kazakhstan: "The courts are not yet independent"');
    expect(doc.body.some((s) => at(doc, s) === doc.title)).toBe(false);
  });

  it('should prefer metadata over what the text says', () => {
    const doc = decodeFixture('interview-prefixed-crlf-bom.txt', { id: 'x1', title: 'Given title', date: '2023-06', publisher: 'Someone', url: 'https://example.org/a' });
    expect([doc.id, doc.title, doc.date, doc.publisher, doc.url]).toEqual(['x1', 'Given title', '2023-06', 'Someone', 'https://example.org/a']);
  });

  it('should derive the id from the file name and hash the decoded text', () => {
    const doc = decodeString('Title\n\nThe text of the article is here.', 'dir/My Article (2).txt');
    expect(doc.id).toBe('my-article-2');
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(decodeString('\ufeffTitle\n\nThe text of the article is here.', 'a.txt').sha256).toBe(doc.sha256);
  });

  it('should give null for a date the text does not state', () => {
    expect(decodeString('Title\n\nIn his speech on January 11, the president spoke.', 'a.txt').date).toBeNull();
  });

  it('should make a caption of "X. Photo: Y" without the credit, and keep it out of the body', () => {
    const doc = decodeFixture('interview-unprefixed.txt');
    expect(doc.captions.map((c) => at(doc, c))).toEqual(['Timur Rakhimov']);
    expect(doc.body.some((s) => at(doc, s).includes('Photo:'))).toBe(false);
  });

  it('should drop generic furniture such as the spelling-error footer', () => {
    const doc = decodeFixture('interview-unprefixed.txt');
    expect(doc.body.some((s) => /Ctrl\+Enter/.test(at(doc, s)))).toBe(false);
  });

  it('should make every paragraph of a text that is not an interview an author paragraph', () => {
    const doc = decodeString(
      'Border talks resume\n\nTalks between Kyrgyzstan and Tajikistan resumed on Monday in Batken.\n\nBoth sides said progress was made.\n\nWhy now? Analysts point to water.',
      'news.txt',
    );
    expect(doc.turns.map((t) => [t.kind, t.role, t.speaker])).toEqual([
      ['paragraph', 'author', null],
      ['paragraph', 'author', null],
      ['paragraph', 'author', null],
    ]);
    expect(doc.turns.map((t) => t.span)).toEqual(doc.body);
  });
});

describe('decodeSource on interviews', () => {
  it('should find questions by the interviewer prefix and answers by the interviewee in the intro', () => {
    const doc = decodeFixture('interview-prefixed-crlf-bom.txt');
    expect(doc.speakers.filter((s) => s.role !== 'quoted')).toEqual([
      { name: 'RFE/RL', role: 'interviewer' },
      { name: 'Dina Sarsenova', role: 'interviewee', description: 'a lawyer at the Almaty Bar Association' },
    ]);
    const qa = doc.turns.filter((t) => t.kind !== 'paragraph');
    expect(qa.map((t) => [t.kind, t.speaker])).toEqual([
      ['question', 'RFE/RL'],
      ['answer', 'Dina Sarsenova'],
      ['question', 'RFE/RL'],
      ['answer', 'Dina Sarsenova'],
      ['answer', 'Dina Sarsenova'],
    ]);
    // The "Q:" / "A:" prefix is not part of the turn.
    expect(at(doc, qa[0]!.span)).toBe('How many people are still in detention?');
  });

  it('should find unprefixed questions, the interviewee in the title and the interviewer in the intro', () => {
    const doc = decodeFixture('interview-unprefixed.txt');
    expect(doc.speakers.slice(0, 2)).toEqual([
      { name: 'Eurasianet', role: 'interviewer' },
      { name: 'Timur Rakhimov', role: 'interviewee', description: 'a researcher at the Central Asia Institute' },
    ]);
    expect(doc.turns.map((t) => t.kind)).toEqual(['paragraph', 'question', 'answer', 'question', 'answer', 'answer', 'question', 'answer']);
  });

  it('should treat a question mark that closes an answer as part of the answer', () => {
    const doc = decodeFixture('interview-unprefixed.txt');
    const rhetorical = doc.turns.find((t) => at(doc, t.span).startsWith('Because Tashkent'));
    expect(rhetorical?.kind).toBe('answer');
  });

  it('should find reported speech inside answers', () => {
    const doc = decodeFixture('interview-prefixed-crlf-bom.txt');
    const speech = doc.reportedSpeech.map((r) => [r.speaker, r.cue, at(doc, r.span)]);
    expect(speech).toContainEqual(['President Kassym-Jomart Tokayev', 'said', 'the courts would become independent, but judges still follow instructions from above']);
    expect(doc.speakers).toContainEqual({ name: 'President Kassym-Jomart Tokayev', role: 'quoted' });
  });

  it('should take the interviewee from metadata when given', () => {
    const doc = decodeFixture('interview-unprefixed.txt', { interviewee: 'T. Rakhimov', interviewer: 'A. Reporter' });
    expect(doc.turns.filter((t) => t.kind === 'answer').every((t) => t.speaker === 'T. Rakhimov')).toBe(true);
    expect(doc.turns.filter((t) => t.kind === 'question').every((t) => t.speaker === 'A. Reporter')).toBe(true);
  });
});

describe('decodeSource on speaker prefixes', () => {
  it('should not take a label used once for a speaker', () => {
    const doc = decodeString(
      'Talks stall\n\nThe talks in Batken stalled again on Monday.\n\nAnalysis: what next for the valley?\n\nBoth sides blame each other for the delay.',
      'news.txt',
    );
    expect(doc.turns.every((t) => t.kind === 'paragraph')).toBe(true);
    expect(visible(doc, doc.turns[1]!.span)).toBe('Analysis: what next for the valley?');
  });

  it('should read a transcript with names on both sides, the asking one as interviewer', () => {
    const doc = decodeString(
      'Radio transcript\n\nAida Sultanova: Why did the talks fail?\n\nKanat Ermekov: Nobody wanted to give up land.\n\nAida Sultanova: Will they resume?\n\nKanat Ermekov: In spring, I think.',
      'transcript.txt',
    );
    expect(doc.turns.map((t) => [t.kind, t.speaker])).toEqual([
      ['question', 'Aida Sultanova'],
      ['answer', 'Kanat Ermekov'],
      ['question', 'Aida Sultanova'],
      ['answer', 'Kanat Ermekov'],
    ]);
  });
});

describe('decodeSource on Markdown', () => {
  const doc = decodeFixture('analysis.md');

  it('should take title and date from the front matter and drop the H1 that repeats the title', () => {
    expect(doc.title).toBe('Water and borders in the Fergana Valley');
    expect(doc.date).toBe('2024-05-03');
    expect(doc.body.some((s) => visible(doc, s) === doc.title)).toBe(false);
  });

  it('should take the italic standfirst as the lead', () => {
    expect(doc.lead).toBe('Why the next crisis between Kyrgyzstan and Tajikistan may start at an irrigation canal.');
  });

  it('should mask link targets and keep the image alt text as a caption, not body', () => {
    expect(doc.plain).not.toContain('wikipedia.org');
    expect(doc.captions.map((c) => visible(doc, c))).toEqual(['Irrigation canal near Isfara']);
    expect(doc.body.some((s) => visible(doc, s).includes('Irrigation canal'))).toBe(false);
  });

  it('should drop "Read also" links and subscribe prompts', () => {
    expect(doc.body.some((s) => /^(Read also|Subscribe)/.test(visible(doc, s)))).toBe(false);
  });

  it('should keep list items and the sub-heading as body blocks', () => {
    const texts = doc.body.map((s) => visible(doc, s));
    expect(texts).toContain('What the governments say');
    expect(texts).toContain('The Kyrgyz government says the demarcation is nearly complete.');
  });
});

describe('decodeSource on Markdown with a BOM and CRLF', () => {
  const doc = decodeString('\ufeff# Aral Sea *report*\r\n\r\nThe **Aral Sea** shrank by 90%, [UNEP](https://unep.org) said.\r\n\r\nFishing towns emptied.\r\n', 'aral.md');

  it('should drop the BOM, keep CRLF and take the H1 as title', () => {
    expect(doc.text.startsWith('# Aral')).toBe(true);
    expect(doc.title).toBe('Aral Sea report');
    expect(doc.body).toHaveLength(2);
  });

  it('should give body spans whose text is the Markdown line and whose plain view has no syntax', () => {
    expect(at(doc, doc.body[0]!)).toBe('The **Aral Sea** shrank by 90%, [UNEP](https://unep.org) said.');
    expect(visible(doc, doc.body[0]!)).toBe('The Aral Sea shrank by 90%, UNEP said.');
    expect(doc.reportedSpeech.map((r) => [r.speaker, at(doc, r.span)])).toEqual([['UNEP', 'The **Aral Sea** shrank by 90%']]);
  });
});

describe('decodeSource on HTML', () => {
  const doc = decodeFixture('eurasianet-article.html');

  it('should take title, date, URL and publisher from the page', () => {
    expect(doc.title).toBe('Uzbekistan: Karakalpak activists face trial');
    expect(doc.date).toBe('2023-02-14');
    expect(doc.url).toBe('https://eurasianet.org/uzbekistan-karakalpak-activists-face-trial');
    expect(doc.publisher).toBe('Eurasianet');
  });

  it('should keep only the article: no navigation, share bars, related links, bylines or footer', () => {
    const texts = doc.body.map((s) => visible(doc, s));
    expect(texts[0]).toBe('Rights groups say the defendants are being punished for peaceful protest.');
    expect(texts).toHaveLength(5);
    for (const furniture of ['Kazakhstan Uzbekistan', 'Share', 'Facebook', 'Read also', 'Related', 'All rights reserved', 'By Jane Example']) {
      expect(texts.some((t) => t.includes(furniture))).toBe(false);
    }
  });

  it('should take the marked standfirst as the lead', () => {
    expect(doc.lead).toBe('Rights groups say the defendants are being punished for peaceful protest.');
  });

  it('should keep figcaptions as captions without the credit', () => {
    expect(doc.captions.map((c) => visible(doc, c))).toEqual(['Protesters in Nukus in July 2022']);
  });

  it('should give spans into the raw HTML whose visible text is the paragraph', () => {
    const span = doc.body.find((s) => visible(doc, s).startsWith('The prosecutor'))!;
    expect(at(doc, span)).toBe('The prosecutor&nbsp;general&rsquo;s office rejected the criticism &amp; said the trial would be open to the public.');
    expect(visible(doc, span)).toBe('The prosecutor general’ s office rejected the criticism & said the trial would be open to the public.');
  });

  it('should find reported speech in quote-first form across character references', () => {
    expect(doc.reportedSpeech.map((r) => r.speaker)).toEqual(['Rights groups', 'Human Rights Watch', 'Hugh Williamson']);
  });
});

describe('decodeSource on an HTML page without <article> or <main>', () => {
  const doc = decodeFixture('rferl-no-article.html');

  it('should find the story by paragraph density and leave menus, link lists and footers out', () => {
    expect(doc.body.map((s) => visible(doc, s).slice(0, 20))).toEqual(['DUSHANBE -- A court ', 'Gadoev, who lives in', 'Human rights groups ', 'The Prosecutor-Gener']);
  });

  it('should know the publisher by the canonical URL and drop its reporting credit', () => {
    expect(doc.publisher).toBe('Radio Free Europe/Radio Liberty');
    expect(doc.date).toBe('2024-03-21');
  });

  it('should find "X, who ..., told Y that ..."', () => {
    expect(doc.reportedSpeech.map((r) => [r.speaker, r.cue, visible(doc, r.span)])).toEqual([['Gadoev', 'told', 'the verdict was "revenge for my criticism of the government."']]);
  });
});

describe('decodeSource on an HTML interview', () => {
  const html = `<html><head><title>“Borders are open again”: an interview with Bakyt Osmonov | The Diplomat</title></head><body>
<article><h1>“Borders are open again”: an interview with Bakyt Osmonov</h1>
<p>The Diplomat spoke with Bakyt Osmonov, a trade expert at the Bishkek Policy Centre, about the reopened border.</p>
<p><strong>The Diplomat:</strong> What changed this spring?</p>
<p><strong>Bakyt Osmonov:</strong> Trucks move again. Traders in Osh are relieved.</p>
<p>The customs service still checks every load.</p>
<p><strong>The Diplomat:</strong> Will it last?</p>
<p><strong>Osmonov:</strong> It depends on Tashkent &amp; Dushanbe.</p>
<p>Enjoying this article? Click here to subscribe for full access. Just $5 a month.</p>
</article></body></html>`;
  const doc = decodeString(html, 'osmonov.html');

  it('should detect the publisher from the <title> suffix and drop its furniture', () => {
    expect(doc.title).toBe('“Borders are open again”: an interview with Bakyt Osmonov');
    expect(doc.body.some((s) => visible(doc, s).startsWith('Enjoying'))).toBe(false);
  });

  it('should read bold speaker prefixes, giving a surname prefix the interviewee’s full name', () => {
    expect(doc.turns.map((t) => [t.kind, t.speaker, visible(doc, t.span)])).toEqual([
      ['paragraph', null, 'The Diplomat spoke with Bakyt Osmonov, a trade expert at the Bishkek Policy Centre, about the reopened border.'],
      ['question', 'The Diplomat', 'What changed this spring?'],
      ['answer', 'Bakyt Osmonov', 'Trucks move again. Traders in Osh are relieved.'],
      ['answer', 'Bakyt Osmonov', 'The customs service still checks every load.'],
      ['question', 'The Diplomat', 'Will it last?'],
      ['answer', 'Bakyt Osmonov', 'It depends on Tashkent & Dushanbe.'],
    ]);
    expect(doc.speakers.find((s) => s.role === 'interviewee')).toEqual({ name: 'Bakyt Osmonov', role: 'interviewee', description: 'a trade expert at the Bishkek Policy Centre' });
  });
});

describe('decodeSource on bad input', () => {
  it('should refuse a non-English text with E_LANGUAGE naming the language', () => {
    const error = errorOf(() => decodeFixture('news-russian.txt'));
    expect(error.code).toBe('E_LANGUAGE');
    expect(error.message).toMatch(/news-russian\.txt": the text looks like Russian/);
    expect(errorOf(() => decodeFixture('news-german.txt')).message).toContain('German');
  });

  it('should refuse a text whose metadata says it is not English', () => {
    expect(errorOf(() => decodeString('Title\n\nSome English text here.', 'a.txt', { language: 'ru' })).code).toBe('E_LANGUAGE');
  });

  it('should refuse HTML with no visible text as empty', () => {
    expect(errorOf(() => decodeString('<html><head><title></title><script>x()</script></head><body> </body></html>', 'a.html')).code).toBe('E_EMPTY');
  });

  it('should refuse a file that is only publisher furniture as empty', () => {
    expect(errorOf(() => decodeString('All rights reserved.\n\nSubscribe to our newsletter', 'a.txt')).code).toBe('E_EMPTY');
  });

  it('should refuse an unknown extension before looking at the bytes', () => {
    expect(errorOf(() => decodeString('hello', 'notes.pdf')).code).toBe('E_UNSUPPORTED_FORMAT');
  });
});

describe('decodeSource on HTML nested deeper than any real page', () => {
  it('should read a page nested 5,000 and 20,000 deep as English with its paragraph, never "no letters"', () => {
    const sentence = 'The orchard cooperative said that the apricot harvest would be smaller this year because of the late frost.';
    for (const depth of [5_000, 20_000]) {
      const html = `<html><head><title>Apricots</title></head><body>${'<div>'.repeat(depth)}<p>${sentence}</p>${'</div>'.repeat(depth)}</body></html>`;
      const doc = decodeString(html, `deep-${depth}.html`);
      expect(doc.body.map((span) => doc.text.slice(span[0], span[1]))).toContain(sentence);
    }
  });
});
