import { decodeSource } from '../../src/read/decode-source';

const PANEL = `Is the alliance still relevant? A debate

The moderator was Aigul Sadykova. Participants: Pavel Orlov, an analyst, and Nargiza Alimova, a researcher.

Sadykova: Does the alliance still matter?

Orlov: Absolutely. It keeps the region stable.

Alimova: I disagree. It did nothing when the border war began.
`;

describe('a panel transcript', () => {
  const doc = decodeSource(new TextEncoder().encode(PANEL), 'panel.txt');

  it('should take speaker labels the introduction presents as turns, even when each is used once, under the full names it gives', () => {
    expect(doc.turns.filter((t) => t.kind === 'answer').map((t) => t.speaker)).toEqual(['Pavel Orlov', 'Nargiza Alimova']);
    expect(doc.turns.find((t) => t.kind === 'question')?.speaker).toBe('Aigul Sadykova');
  });

  it('should list every panellist who answers among the speakers', () => {
    expect(doc.speakers.filter((s) => s.role === 'interviewee').map((s) => s.name)).toEqual(['Pavel Orlov', 'Nargiza Alimova']);
  });

  it('should leave the label out of the turn it opens', () => {
    const answer = doc.turns.find((t) => t.speaker === 'Nargiza Alimova')!;
    expect(doc.text.slice(...answer.span)).toMatch(/^I disagree\./);
  });
});

const TALKS = `Kyrgyz-Kazakh talks in Astana

Sadyr Japarov and Kassym-Jomart Tokayev held talks in Astana and signed an agreement on the water of the Chu river.

The presidents made statements for the press.

President of Kazakhstan Kassym-Jomart Tokayev: Mr Japarov,

I am glad to welcome you to Astana.

Our trade grew by a fifth last year.

President of Kyrgyzstan Sadyr Japarov: Dear Kassym-Jomart Kemelevich,

Thank you for the warm welcome.
`;

describe('a transcript of two leaders’ statements, each labelled once', () => {
  const doc = decodeSource(new TextEncoder().encode(TALKS), 'talks.txt');

  it('should take each label the introduction names as a turn, and carry it over the unlabelled paragraphs after it', () => {
    const answers = doc.turns.filter((t) => t.kind === 'answer');
    expect(answers.map((t) => t.speaker)).toEqual(['Kassym-Jomart Tokayev', 'Kassym-Jomart Tokayev', 'Kassym-Jomart Tokayev', 'Sadyr Japarov', 'Sadyr Japarov']);
  });

  it('should leave the introduction to the author', () => {
    expect(doc.turns[0]?.kind).toBe('paragraph');
  });
});

const ONE_SPEECH = `Following the talks, the two presidents signed an agreement on the water of the Chu river.

Sadyr Japarov and Kassym-Jomart Tokayev also adopted a joint declaration.

* * *

President of Kazakhstan Kassym-Jomart Tokayev: Mr Japarov,

I am glad to welcome you to Astana.

Our trade grew by a fifth last year.
`;

describe('a transcript with one speech, labelled with the speaker’s post', () => {
  const doc = decodeSource(new TextEncoder().encode(ONE_SPEECH), 'talks.txt');

  it('should take the label as a turn when the introduction names the person, and carry it over the paragraphs after it', () => {
    const answers = doc.turns.filter((t) => t.kind === 'answer');
    expect(answers.map((t) => t.speaker)).toEqual(['Kassym-Jomart Tokayev', 'Kassym-Jomart Tokayev', 'Kassym-Jomart Tokayev']);
  });

  it('should not take a label without a post that is used once as a turn', () => {
    const note = decodeSource(new TextEncoder().encode(ONE_SPEECH.replace('President of Kazakhstan Kassym-Jomart Tokayev:', 'Kassym-Jomart Tokayev:')), 'note.txt');
    expect(note.turns.filter((t) => t.kind === 'answer')).toEqual([]);
  });
});

const BRIEFING = `Press Conference in Bishkek

Jane Doe, Deputy Assistant Secretary for Central Asia
Bishkek, Kyrgyzstan

AMBASSADOR SMITHFIELD: Thank you all for coming. It is a pleasure to introduce Deputy Assistant Secretary Jane Doe.

DEPUTY ASSISTANT SECRETARY DOE: Thank you, John. This is my second visit to Kyrgyzstan.

I met with the foreign minister this morning.
`;

describe('a briefing whose labels give each speaker’s post, each used once', () => {
  const doc = decodeSource(new TextEncoder().encode(BRIEFING), 'briefing.txt');

  it('should take both labels as turns, under the full name the header gives, and carry the last one over the paragraph after it', () => {
    expect(doc.turns.filter((t) => t.kind === 'answer').map((t) => t.speaker)).toEqual(['Smithfield', 'Jane Doe', 'Jane Doe']);
  });
});

const ANSWERS = `Vladimir Putin answered media questions

Concluding his visit to Kyrgyzstan, the President of Russia answered questions from the media.

President of Russia Vladimir Putin:

Good evening. I will gladly answer your questions.

Pavel Zarubin: Mr President, good evening.

Pavel Zarubin, Rossiya TV channel.

What are the results of the visit?

Thank you.

Vladimir Putin: Kyrgyzstan is an important partner for us.
`;

describe('answers to the media, labelled on a line of their own and by a journalist who greets first', () => {
  const doc = decodeSource(new TextEncoder().encode(ANSWERS), 'answers.txt');
  const turns = doc.turns.map((t) => `${t.kind} ${t.speaker}: ${doc.text.slice(...t.span).split('\n')[0]}`);

  it('should give the paragraph after a label on its own line to the labelled speaker', () => {
    expect(turns).toContain('answer Vladimir Putin: Good evening. I will gladly answer your questions.');
  });

  it('should carry a journalist’s question over its unlabelled paragraphs until the next speaker’s label', () => {
    expect(turns.filter((t) => t.startsWith('question'))).toEqual([
      'question Pavel Zarubin: Mr President, good evening.',
      'question Pavel Zarubin: Pavel Zarubin, Rossiya TV channel.',
      'question Pavel Zarubin: What are the results of the visit?',
      'question Pavel Zarubin: Thank you.',
    ]);
    expect(turns.at(-1)).toBe('answer Vladimir Putin: Kyrgyzstan is an important partner for us.');
  });
});
