/**
 * Interviews in the shapes real publications print them, each read and extracted from a string:
 * turns marked by dashes, questions with no marker at all, Q:/A: and QUESTION:/ANSWER:
 * transcripts, and labels with honorifics, titles or surnames in capitals. Every text here is
 * written for these tests; the people and outlets are invented.
 */
import { readAndExtract } from '../../helpers/read-and-extract';

describe('an interview whose turns open with en dashes', () => {
  const TEXT = `Farmers in the south are running out of water

Steppe Monitor spoke with Bolot Asanov, a hydrologist at the Osh Water Institute, about the irrigation reform in Kyrgyzstan.

– How do you assess the reform so far?

– The reform has failed the farmers. The Ministry of Agriculture ignored every warning from the villages.

The canals have not been cleaned for years.

– What should happen next?

– The government must restore the local water committees.
`;
  const { doc, stancesOf } = readAndExtract(TEXT);

  it('should read the dashed paragraphs as alternating questions and answers, the dash left out', () => {
    expect(doc.turns.map((t) => t.kind)).toEqual(['paragraph', 'question', 'answer', 'answer', 'question', 'answer']);
    expect(doc.text.slice(...doc.turns[1]!.span)).toBe('How do you assess the reform so far?');
    expect(doc.turns.filter((t) => t.kind === 'answer').every((t) => t.speaker === 'Bolot Asanov')).toBe(true);
  });

  it('should give the questions to the outlet that asks them', () => {
    expect(doc.turns.filter((t) => t.kind === 'question').every((t) => t.speaker === 'Steppe Monitor')).toBe(true);
  });

  it('should make the interviewee the holder of the answers’ stances', () => {
    expect(stancesOf('Bolot Asanov', 'Ministry of Agriculture').some((s) => s.polarity === 'oppose')).toBe(true);
    expect(stancesOf('Bolot Asanov').some((s) => /^(02|10)/.test(s.code))).toBe(true);
  });
});

describe('an interview whose turns open with em dashes and bare hyphens', () => {
  const TEXT = `Teachers are leaving the profession

We asked Gulmira Sadykova, head of the Teachers' Union of Tajikistan, about the exodus from schools.

—Why are teachers leaving?

—Salaries are poor, and the Ministry of Education ignored our letters for years.

-Is there anything that gives you hope?

-I welcome the decision of the Asian Development Bank to build new schools.
`;
  const { doc, stancesOf } = readAndExtract(TEXT);

  it('should find the interviewee in "we asked X, <role>"', () => {
    expect(doc.speakers).toContainEqual({ name: 'Gulmira Sadykova', role: 'interviewee', description: "head of the Teachers' Union of Tajikistan" });
  });

  it('should read questions and answers whatever the dash', () => {
    expect(doc.turns.map((t) => t.kind)).toEqual(['paragraph', 'question', 'answer', 'question', 'answer']);
  });

  it('should make the interviewee the holder of the answers’ stances', () => {
    expect(stancesOf('Gulmira Sadykova', 'Ministry of Education').some((s) => s.polarity === 'oppose')).toBe(true);
    expect(stancesOf('Gulmira Sadykova', 'Asian Development Bank').some((s) => s.polarity === 'support')).toBe(true);
  });
});

describe('a list of dashed items', () => {
  it('should stay the author’s paragraphs: dashes make turns only when questions and answers alternate', () => {
    const { doc } = readAndExtract(
      'What the new budget changes\n\nThe budget brings three changes:\n\n– higher pensions;\n\n– cheaper loans for farmers;\n\n– a new tax on imported cars.\n',
    );
    expect(doc.turns.every((t) => t.kind === 'paragraph')).toBe(true);
  });
});

describe('a question-and-answer interview with no markers', () => {
  const TEXT = `A new border deal is on the table

Timur Rakhimov, director of the Caspian Policy Centre, answered our questions about the agreement between Kyrgyzstan and Tajikistan.

How good is the deal?

It is a good deal for both sides. The government of Tajikistan deserves credit for the compromise.

Will it hold?

I fear the border guards will ignore it. The Russian government failed to help when it could.
`;
  const { doc, stancesOf } = readAndExtract(TEXT);

  it('should find the interviewee in "X, <role>, answered our questions"', () => {
    expect(doc.speakers).toContainEqual({ name: 'Timur Rakhimov', role: 'interviewee', description: 'director of the Caspian Policy Centre' });
    expect(doc.turns.map((t) => t.kind)).toEqual(['paragraph', 'question', 'answer', 'question', 'answer']);
  });

  it('should make the interviewee the holder of the answers’ stances', () => {
    expect(stancesOf('Timur Rakhimov', 'Government of Tajikistan').some((s) => s.polarity === 'support')).toBe(true);
    expect(stancesOf('Timur Rakhimov', 'Government of Russia').some((s) => s.polarity === 'oppose')).toBe(true);
  });
});

describe('interviewees named in other kinds of lead', () => {
  const QA =
    '\n\nWhy are the villages emptying?\n\nThe jobs are gone. The Ministry of Labour ignored the problem.\n\nWho can help?\n\nThe International Labour Organization can help, and its new programme is useful.\n';

  it('should read "“...”, says X, <role>"', () => {
    const { doc, stancesOf } = readAndExtract(
      `Villages without men\n\n“Half of the men have left,” says Zarina Umarova, a sociologist at the Khujand Institute of Demography.${QA}`,
    );
    expect(doc.speakers).toContainEqual(expect.objectContaining({ name: 'Zarina Umarova', role: 'interviewee' }));
    expect(stancesOf('Zarina Umarova', 'Ministry of Labour').length).toBeGreaterThan(0);
  });

  it('should read "X told <outlet>" and take the outlet for the interviewer', () => {
    const { doc, stancesOf } = readAndExtract(`Villages without men\n\nZarina Umarova, a sociologist in Khujand, told Valley Post about the migration of workers.${QA}`);
    expect(doc.speakers).toContainEqual({ name: 'Valley Post', role: 'interviewer' });
    expect(stancesOf('Zarina Umarova', 'Ministry of Labour').length).toBeGreaterThan(0);
  });
});

describe('a QUESTION:/ANSWER: transcript', () => {
  const TEXT = `Interview: the media law

In an interview with Aigerim Nurlanova, a media lawyer in Almaty, we discussed the new law.

QUESTION: What does the law change?

ANSWER: The law is repressive. The Ministry of Information wants to silence independent outlets.

QUESTION: What can journalists do?

ANSWER: I support the Adil Soz foundation in its appeal to the courts.
`;
  const { doc, x, stancesOf } = readAndExtract(TEXT);

  it('should read the labels as roles, not as names, and leave them out of the turns', () => {
    expect(doc.turns.filter((t) => t.kind === 'answer').map((t) => doc.text.slice(...t.span).split(' ')[0])).toEqual(['The', 'I']);
    expect(x.entities.some((e) => /^(?:answer|question)$/iu.test(e.label))).toBe(false);
  });

  it('should make the interviewee the holder of the answers’ stances', () => {
    expect(stancesOf('Aigerim Nurlanova', 'Ministry of Information').some((s) => s.polarity === 'oppose')).toBe(true);
  });
});

describe('a conversation labelled with honorifics', () => {
  const TEXT = `Two views on migration

Lawyer Dinara Toktosunova and economist Rustam Beknazarov discuss the new rules for migrant workers.

Ms Toktosunova: Migrants from Uzbekistan face harassment. The Russian police arrested hundreds of them this year.

Dr Beknazarov: I disagree with that. The Russian government has improved the rules.

Ms Toktosunova: The rules are unfair, and the police ignore them.
`;
  const { doc, stancesOf } = readAndExtract(TEXT);

  it('should take two named voices taking turns for a conversation, under the full names the introduction gives', () => {
    expect(doc.turns.slice(1).map((t) => t.speaker)).toEqual(['Dinara Toktosunova', 'Rustam Beknazarov', 'Dinara Toktosunova']);
    expect(doc.text.slice(...doc.turns[1]!.span)).toMatch(/^Migrants/u);
  });

  it('should give each speaker the stances of their own turns', () => {
    expect(stancesOf('Dinara Toktosunova').some((s) => s.polarity === 'oppose')).toBe(true);
    expect(stancesOf('Rustam Beknazarov', 'Government of Russia').some((s) => s.polarity === 'support')).toBe(true);
    expect(
      stancesOf('Rustam Beknazarov', 'Government of Russia').every((s) =>
        doc.turns.some((t) => t.speaker === 'Rustam Beknazarov' && t.span[0] <= s.span[0] && s.span[1] <= t.span[1]),
      ),
    ).toBe(true);
  });
});

describe('a transcript labelled with surnames in capitals', () => {
  const TEXT = `Sanctions and the region

A debate between Dinara Toktosunova, a trade lawyer, and Rustam Beknazarov, an economist.

TOKTOSUNOVA: The sanctions hurt ordinary people. The European Union ignored the costs for Central Asia.

BEKNAZAROV: I support the sanctions. The European Union is right.

TOKTOSUNOVA: Then the European Union must compensate the migrants.
`;
  const { doc, x, stancesOf } = readAndExtract(TEXT);

  it('should read the capitals as the surnames of the people the introduction names', () => {
    expect(doc.speakers.filter((s) => s.role === 'interviewee').map((s) => s.name)).toEqual(['Dinara Toktosunova', 'Rustam Beknazarov']);
    expect(x.entities.some((e) => e.label === 'TOKTOSUNOVA')).toBe(false);
  });

  it('should give each speaker the stances of their own turns', () => {
    expect(stancesOf('Dinara Toktosunova', 'European Union').some((s) => s.polarity === 'oppose')).toBe(true);
    expect(stancesOf('Rustam Beknazarov', 'European Union').some((s) => s.polarity === 'support')).toBe(true);
  });

  it('should write a surname in capitals as a name when the text gives no full name', () => {
    const bare = readAndExtract(
      'Sanctions and the region\n\nTOKTOSUNOVA: The sanctions are unfair.\n\nBEKNAZAROV: I support the sanctions.\n\nTOKTOSUNOVA: The European Union must compensate the migrants.\n',
    );
    expect(bare.doc.speakers.map((s) => s.name)).toEqual(['Toktosunova', 'Beknazarov']);
    expect(bare.x.entities.find((e) => e.label === 'Toktosunova')?.kind).toBe('Person');
  });
});

describe('a press conference with a title for a label and several speakers', () => {
  const TEXT = `Ombudsman and ministry answer questions on prisons

At a press conference in Bishkek on Tuesday, Deputy Minister Aibek Sultanbekov and Ombudsman Nurzhan Toktomatova answered questions from reporters.

Journalist: Why were the visits to the prison in Osh cancelled?

Deputy Minister: The visits were cancelled for security reasons. We welcome the inspection by the Red Cross.

Ombudsman: The ban on visits is unlawful. The Ministry of Justice must let my staff in.

Journalist: Will the ministry allow the inspections?

Deputy Minister: Yes, the inspections will resume next month.
`;
  const { doc, x, stancesOf } = readAndExtract(TEXT);

  it('should read a title label as the person the introduction names with that title', () => {
    expect(doc.turns.filter((t) => t.kind === 'answer').map((t) => t.speaker)).toEqual(['Aibek Sultanbekov', 'Nurzhan Toktomatova', 'Aibek Sultanbekov']);
  });

  it('should read the reporters’ labels as questions and leave them out of the text', () => {
    const questions = doc.turns.filter((t) => t.kind === 'question');
    expect(questions).toHaveLength(2);
    expect(doc.text.slice(...questions[0]!.span)).toMatch(/^Why were/u);
    expect(x.entities.some((e) => e.label === 'Journalist')).toBe(false);
  });

  it('should give each speaker the stances of their own turns', () => {
    expect(stancesOf('Nurzhan Toktomatova').some((s) => s.polarity === 'oppose')).toBe(true);
    expect(stancesOf('Aibek Sultanbekov').length).toBeGreaterThan(0);
  });
});

describe('a news report that quotes someone in its lead', () => {
  it('should stay the author’s paragraphs without questions to answer', () => {
    const { doc } = readAndExtract(
      'Villages without men\n\n“Half of the men have left,” says Zarina Umarova, a sociologist in Khujand.\n\nThe Ministry of Labour ignored the problem for years.\n\nThe new programme starts in May.\n',
    );
    expect(doc.turns.every((t) => t.kind === 'paragraph')).toBe(true);
  });
});

describe('a marked interview whose lead only presents the interviewee', () => {
  const TEXT = `Water for the valley

The reform of irrigation is stalling. Bolot Asanov, a hydrologist at the Osh Water Institute, has followed it since 2019.

– How do you assess the reform?

– The Ministry of Agriculture ignored every warning from the villages.

– What should happen next?

– The government must restore the local water committees.
`;
  const { doc, stancesOf } = readAndExtract(TEXT);

  it('should take the person the introduction presents with a role for the interviewee', () => {
    expect(doc.speakers).toContainEqual({ name: 'Bolot Asanov', role: 'interviewee', description: 'a hydrologist at the Osh Water Institute' });
    expect(stancesOf('Bolot Asanov', 'Ministry of Agriculture').some((s) => s.polarity === 'oppose')).toBe(true);
  });

  it('should not guess an interviewee for questions without markers', () => {
    const unmarked = readAndExtract(TEXT.replace(/– /gu, ''));
    expect(unmarked.doc.speakers.some((s) => s.role === 'interviewee')).toBe(false);
  });
});

describe('a dash-marked interview whose headline gives the floor to the interviewee', () => {
  const TEXT = `Aigul Temirova: the new dam is a gift to the contractors

Aigul Temirova is an engineer who has worked on the canals of the Fergana valley for twenty years. She has often written about water policy.

– How do you see the dam project?

– The Ministry of Energy ignored every study of the river.

– What would you change?

– I would stop the project until the studies are public.
`;
  const { doc, stancesOf } = readAndExtract(TEXT);

  it('should give the answers to the person the headline names and the introduction presents', () => {
    expect(doc.turns.filter((t) => t.kind === 'answer').every((t) => t.speaker === 'Aigul Temirova')).toBe(true);
    expect(stancesOf('Aigul Temirova', 'Ministry of Energy').some((s) => s.polarity === 'oppose')).toBe(true);
  });
});

describe('a briefing where an unnamed official reads a statement after a moderator', () => {
  const TEXT = `Briefing on the Water Summit

MODERATOR: Good afternoon. Today we have with us a senior official who will speak on background.

QUESTION: Will there be questions?

MODERATOR: Yes, after the statement.

SENIOR FOREIGN MINISTRY OFFICIAL: Thank you. Let me begin with a short statement.

We welcome the agreement of Kazakhstan and Uzbekistan on the shared use of the Syr Darya.

QUESTION: What about Tajikistan?

SENIOR FOREIGN MINISTRY OFFICIAL: We hope that Tajikistan joins the agreement soon.
`;
  const { doc } = readAndExtract(TEXT, 'inline/briefing.txt');

  it('should give an unlabelled paragraph after a label to the speaker of that label, not to the moderator', () => {
    const welcome = doc.turns.find((t) => doc.text.slice(t.span[0], t.span[1]).startsWith('We welcome'));
    expect(welcome?.speaker).toBe('Senior Foreign Ministry Official');
  });
});

describe('a transcript of statements whose lead presents the speaker', () => {
  const TEXT = `Statements after the talks in Astana

Aibek Nurlanov and Jean Dupont made statements for the press after the talks.

Minister of Energy Aibek Nurlanov: Ladies and gentlemen,

Let me warmly thank Minister Dupont for his visit.

Our cooperation in energy has reached a new level.
`;
  const { doc } = readAndExtract(TEXT, 'inline/statements.txt');

  it('should read the label without its title and give the paragraphs after it to the same speaker', () => {
    const gratitude = doc.turns.find((t) => doc.text.slice(t.span[0], t.span[1]).startsWith('Let me warmly'));
    expect(gratitude).toMatchObject({ kind: 'answer', speaker: 'Aibek Nurlanov' });
  });
});

describe('an interview whose headline gives the interviewee the floor and whose answers carry no label', () => {
  const TEXT = `Bolot Asanov: The Valley Is Losing Its Farmers

The agronomist Bolot Asanov has farmed near Osh for thirty years.

Valley Post: What went wrong this year?

The canals were never repaired. The Government of Kyrgyzstan failed the farmers of Osh.

Valley Post: What should happen now?

The ministry should repair the canals before spring.
`;
  const { doc, stancesOf } = readAndExtract(TEXT, 'inline/headline-interview.txt');

  it('should make the person of the headline the interviewee', () => {
    expect(doc.speakers).toContainEqual({ name: 'Bolot Asanov', role: 'interviewee' });
    expect(doc.turns.filter((t) => t.kind === 'answer').every((t) => t.speaker === 'Bolot Asanov')).toBe(true);
  });

  it('should give the answers to the interviewee', () => {
    expect(stancesOf('Bolot Asanov', 'Government of Kyrgyzstan').some((s) => s.polarity === 'oppose')).toBe(true);
  });
});

describe('a labelled answer under a title and a surname', () => {
  it('should give the answers of "ASSISTANT MINISTER DOE:" to the person the text names', () => {
    const TEXT = `Interview with Deputy Minister Jane Doe

Jane Doe, the deputy minister of water, answered our questions.

QUESTION: How are the farmers?

DEPUTY MINISTER DOE: The Government of Kyrgyzstan deserves credit for the new canals.

QUESTION: And next year?

DEPUTY MINISTER DOE: We will see.
`;
    const { stancesOf } = readAndExtract(TEXT, 'inline/titled-label.txt');
    expect(stancesOf('Jane Doe', 'Government of Kyrgyzstan').some((s) => s.polarity === 'support')).toBe(true);
  });
});

describe('the headline of an interview', () => {
  it('should be the interviewee’s position', () => {
    const TEXT = `Bolot Asanov: The Government of Kyrgyzstan Has Failed the Farmers

The agronomist Bolot Asanov has farmed near Osh for thirty years.

Valley Post: What went wrong this year?

The canals were never repaired.

Valley Post: What next?

We wait for rain.
`;
    const { stancesOf } = readAndExtract(TEXT, 'inline/headline-position.txt');
    expect(stancesOf('Bolot Asanov', 'Government of Kyrgyzstan').some((s) => s.polarity === 'oppose' && s.quote.startsWith('The Government'))).toBe(true);
  });
});

describe('an interview whose questions carry no dash and whose answers open with one', () => {
  it('should read the dashed paragraphs as the answers of the person the headline names', () => {
    const TEXT = `Bolot Asanov: The Canals Will Not Last Another Winter

In the photo: Bolot Asanov

Bolot, the water board says the canals are safe. Do you agree?

– I do not. The Osh water board has ignored every warning.

The farmers know it too.
`;
    const { doc } = readAndExtract(TEXT, 'inline/half-dashed.txt');
    expect(doc.speakers).toContainEqual({ name: 'Bolot Asanov', role: 'interviewee' });
    expect(doc.turns.filter((t) => t.kind === 'answer').map((t) => t.speaker)).toEqual(['Bolot Asanov', 'Bolot Asanov']);
  });
});
