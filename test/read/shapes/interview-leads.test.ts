/**
 * Interviews whose leads and labels name the interviewee in ways the reader missed: a standfirst of
 * questions before the lead, an excerpt that gives one dashed answer after a lead, a first dashed
 * request, "Q."/"A." labels, "Name, role:" labels with initials after them, and leads that say
 * "gave his first interview", "had the opportunity to interview <title> X" or "<role> X commented ...
 * in an interview with <outlet>". Every text here is written for these tests; the people and
 * outlets are invented.
 */
import { findInterviewee, findPresentedPerson, initialsOf, parseSpeakerPrefix, sameSpeaker } from '../../../src/read/find-speakers';
import { readAndExtract } from '../../helpers/read-and-extract';

const turnsOf = (doc: ReturnType<typeof readAndExtract>['doc']) => doc.turns.map((t) => [t.kind, t.speaker, doc.text.slice(t.span[0], Math.min(t.span[1], t.span[0] + 20))]);
const interviewee = (doc: ReturnType<typeof readAndExtract>['doc']) => doc.speakers.find((s) => s.role === 'interviewee')?.name;

describe('leads that name the interviewee', () => {
  it('should read "X gave his first interview as <title> to <outlet>"', () => {
    expect(findInterviewee(['Marek Novotny gave his first interview as an ambassador to Kyrgyzstan to Steppe Monitor.'])?.name).toBe('Marek Novotny');
  });

  it('should read "X, <role>, visited the office and gave her first interview"', () => {
    expect(findInterviewee(['Anna Lindqvist, the new ambassador of Sweden, visited the Steppe.kz editorial office and gave her first interview to the local press.'])?.name).toBe(
      'Anna Lindqvist',
    );
  });

  it('should read "had the opportunity to interview <title> to <country> X in <city>", the country no part of the name', () => {
    expect(findInterviewee(['Our editor recently had the opportunity to interview current U.S. Ambassador to Kyrgyzstan Marek Novotny in Osh about trade.'])?.name).toBe(
      'Marek Novotny',
    );
    expect(findInterviewee(['Our editor had a long conversation with U.S. Ambassador to Kyrgyzstan Marek Novotny about trade.'])?.name).toBe('Marek Novotny');
  });

  it('should read "<role> X commented ... in an interview with <outlet>" as X answering and the outlet asking', () => {
    expect(
      findInterviewee(['The head of the Centre for Steppe Studies, political scientist Ivan Petrov, commented on the new canal in an interview with Steppe Monitor.']),
    ).toEqual({ name: 'Ivan Petrov', interviewer: 'Steppe Monitor' });
  });

  it('should read "In an interview with <outlet>, <demonym> <role> X discussed" as X answering', () => {
    expect(findInterviewee(['In an interview with Steppe Monitor, Kyrgyz analyst Ivan Petrov discussed the border.'])).toEqual({
      name: 'Ivan Petrov',
      interviewer: 'Steppe Monitor',
    });
  });

  it('should take no title without a name ("Interview with U.S. Ambassador") for the interviewee', () => {
    expect(findInterviewee(['Trade and water: Interview with U.S. Ambassador', 'Marek Novotny gave his first interview to Steppe Monitor.'])?.name).toBe('Marek Novotny');
  });

  it('should present nobody in "before the New Year, on December 30," or in "the Centre for Steppe Studies, political scientist ..."', () => {
    expect(findPresentedPerson(['He arrived in November and before the New Year, on December 30, the ambassador presented his credentials.'])).toBeNull();
    expect(findPresentedPerson(['The head of the Centre for Steppe Studies, political scientist Ivan Petrov, spoke.'])).toBeNull();
  });
});

describe('speaker labels', () => {
  it('should read "Name, role:" and "Name, outlet:" labels as the name, past a dash after the colon', () => {
    const plain = 'Aliya Serikova, reporter: — Thank you for your time.';
    expect(parseSpeakerPrefix(plain, [0, plain.length])).toEqual({ name: 'Aliya Serikova', contentStart: plain.indexOf('Thank'), generic: null });
    const other = 'Marek Novotny, US Ambassador to Kyrgyzstan: I think so.';
    expect(parseSpeakerPrefix(other, [0, other.length])?.name).toBe('Marek Novotny');
  });

  it('should read "Q." and "A." as generic labels', () => {
    const q = 'Q. How do you see the reform?';
    expect(parseSpeakerPrefix(q, [0, q.length])).toEqual({ name: 'Q.', contentStart: 3, generic: 'question' });
  });

  it('should match initials to the full name they begin, and a titled label to the name after the title', () => {
    expect(initialsOf('Sh.N.', 'Shahzod Nurlanov')).toBe(true);
    expect(initialsOf('J.H.', 'Shahzod Nurlanov')).toBe(false);
    expect(sameSpeaker('U.S. Ambassador Marek Novotny', 'Marek Novotny')).toBe(true);
    expect(sameSpeaker('Novotny', 'Marek Novotny')).toBe(true);
    expect(sameSpeaker('Marek Novak', 'Marek Novotny')).toBe(false);
  });
});

describe('an interview whose standfirst asks questions before the lead', () => {
  const TEXT = `The canal and after

What will the canal change for the farmers? Who pays for it?

In a long interview with Steppe Monitor, engineer Bolot Asanov discussed the canal and the new tariffs.

What is the canal for?

It brings water to the south. The ministry has done good work there.

Who pays for it?

The Asian Development Bank pays half.
`;
  const { doc } = readAndExtract(TEXT);

  it('should read the standfirst as the author’s and the questions after the lead as the interviewer’s', () => {
    expect(turnsOf(doc).slice(0, 3)).toEqual([
      ['paragraph', null, 'What will the canal '],
      ['paragraph', null, 'In a long interview '],
      ['question', 'Steppe Monitor', 'What is the canal fo'],
    ]);
    expect(interviewee(doc)).toBe('Bolot Asanov');
    expect(doc.turns[3]).toMatchObject({ kind: 'answer', speaker: 'Bolot Asanov' });
  });
});

describe('an excerpt that gives one dashed answer after a lead', () => {
  const TEXT = `Can the canal be saved?

The ministry stopped the works in May. The head of the Centre for Steppe Studies, political scientist Ivan Petrov, commented on the decision in an interview with Steppe Monitor.

- Stopping the works was a mistake. The ministry has wasted two years.

The farmers of the south will pay for it.
`;
  const { doc } = readAndExtract(TEXT);

  it('should give the dashed paragraph and the one after it to the interviewee', () => {
    expect(interviewee(doc)).toBe('Ivan Petrov');
    expect(turnsOf(doc).slice(1)).toEqual([
      ['answer', 'Ivan Petrov', 'Stopping the works w'],
      ['answer', 'Ivan Petrov', 'The farmers of the s'],
    ]);
  });

  it('should leave a lead that quotes someone with a dash but interviews nobody as the author’s', () => {
    const { doc: other } = readAndExtract(`The canal\n\nThe ministry stopped the works in May, its spokesman Ivan Petrov said.\n\n- Works stopped: 12\n\n- Works going on: 3\n`);
    expect(other.turns.every((t) => t.kind === 'paragraph')).toBe(true);
  });
});

describe('a dashed interview that opens with a request', () => {
  const TEXT = `Marek Novotny: the border is open

Marek Novotny gave his first interview as ambassador to Steppe Monitor.

— This is your first interview here. Tell us about yourself, please.

— Sure. I have been a diplomat for twenty years.

— What are your impressions?

— Very positive. The people are kind.

— What comes next?

— Trade.
`;
  const { doc } = readAndExtract(TEXT);

  it('should read the opening request as a question and the dashed paragraph after it as the answer', () => {
    expect(interviewee(doc)).toBe('Marek Novotny');
    expect(turnsOf(doc).slice(1, 3)).toEqual([
      ['question', null, 'This is your first i'],
      ['answer', 'Marek Novotny', 'Sure. I have been a '],
    ]);
  });
});

describe('an interview labelled "Q." and "A."', () => {
  const TEXT = `The envoy looks back

The EU envoy for the region, Ambassador Karin Holm, has ended her mission.

In an interview with Steppe Monitor, she discussed the years of her mandate.

Q. How do you see the relations today?

A. We have achieved a great deal.

Q. What comes next?

A. More trade.
`;
  const { doc } = readAndExtract(TEXT);

  it('should read the labels as turns and give the answers to the person the pronoun of the lead stands for', () => {
    expect(interviewee(doc)).toBe('Karin Holm');
    expect(turnsOf(doc).slice(2, 4)).toEqual([
      ['question', 'Steppe Monitor', 'How do you see the r'],
      ['answer', 'Karin Holm', 'We have achieved a g'],
    ]);
  });

  it('should not read one "A." that opens a paragraph as an answer label', () => {
    const { doc: other } = readAndExtract('The trial\n\nA. Bekova spoke to the court on Monday.\n\nThe judge listened.\n');
    expect(other.turns.every((t) => t.kind === 'paragraph')).toBe(true);
  });
});

describe('an interview labelled "Name, role:" and then by initials', () => {
  const TEXT = `What does the new ambassador want?

Marek Novotny, the new ambassador of the Czech Republic, visited the Steppe.kz editorial office and gave his first interview to the local press.

Aliya Serikova, reporter: — Thank you for coming to our office. Our readers wait for this.

Marek Novotny, Ambassador to Kazakhstan: — It is a pleasure.

A.S.: — What is the state of relations today?

M.N.: — Our relations have never been better.
`;
  const { doc } = readAndExtract(TEXT);

  it('should give the initials’ turns to the full names and the reporter’s turns to the interviewer', () => {
    expect(interviewee(doc)).toBe('Marek Novotny');
    expect(turnsOf(doc).slice(1)).toEqual([
      ['question', 'Aliya Serikova', 'Thank you for coming'],
      ['answer', 'Marek Novotny', 'It is a pleasure.'],
      ['question', 'Aliya Serikova', 'What is the state of'],
      ['answer', 'Marek Novotny', 'Our relations have n'],
    ]);
  });
});

describe('transcripts labelled by title and surname, or by initials', () => {
  it('should give "AMBASSADOR NOVOTNY:" the full name of a heading that opens with "Interview With Ambassador"', () => {
    const { doc } = readAndExtract(`Interview With Ambassador Marek Novotny

QUESTION: How do you see the reforms?

AMBASSADOR NOVOTNY: The reforms are impressive.

QUESTION: And the border?

AMBASSADOR NOVOTNY: It is open.
`);
    expect(interviewee(doc)).toBe('Marek Novotny');
    expect(doc.turns.filter((t) => t.kind === 'answer').every((t) => t.speaker === 'Marek Novotny')).toBe(true);
  });

  it('should read "<title> X spoke to <outlet>" as X answering and "GK:"-style initials as the interviewee’s', () => {
    expect(findInterviewee(['U.S. Ambassador Marek Novotny spoke to Steppe Monitor about trade.'])?.name).toBe('Marek Novotny');
    expect(initialsOf('MN', 'Marek Novotny')).toBe(true);
    const { doc } = readAndExtract(`Trade first

In this interview, U.S. Ambassador Marek Novotny talks about trade.

AS: How do you see trade?

MN: It grows every year.

AS: And the border?

MN: It is open.
`);
    expect(interviewee(doc)).toBe('Marek Novotny');
    expect(doc.turns.filter((t) => t.kind === 'answer').map((t) => t.speaker)).toEqual(['Marek Novotny', 'Marek Novotny']);
  });
});
