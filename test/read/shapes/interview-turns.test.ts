/**
 * How the turns of an interview are split and whose they are, where dashes mark them or no
 * marker does: a question that opens with a remark, a request without '?', a lead that presents
 * the interviewee with a question in it, and interviewees named in the ways leads and headlines
 * name them. Every text here is written for these tests; the people and outlets are invented.
 */
import { readAndExtract } from '../../helpers/read-and-extract';

const turnsOf = (doc: ReturnType<typeof readAndExtract>['doc']) => doc.turns.map((t) => [t.kind, t.speaker, doc.text.slice(t.span[0], t.span[0] + 20)]);

describe('a dashed question that opens with a remark before its question', () => {
  const TEXT = `Minister Dilnoza Karimova: we will finish the canal this year

In an interview with Steppe Monitor, the minister spoke about water, roads and schools.

– Thank you, Dilnoza Rustamovna, for finding the time to talk to us. Our readers have many questions.

What was the hardest decision of the year?

– The hardest decision was to stop the old dam. The engineers warned us for years.

We chose the canal instead.

– How will the canal be paid for?

– The Asian Development Bank gives half, and the budget the rest.
`;
  const { doc } = readAndExtract(TEXT);

  it('should read the remark and the question after it as one question by the interviewer', () => {
    expect(doc.turns.map((t) => t.kind)).toEqual(['paragraph', 'question', 'question', 'answer', 'answer', 'question', 'answer']);
  });

  it('should give the answers to the person the headline names, addressed by first name and patronymic', () => {
    expect(doc.turns.filter((t) => t.kind === 'answer').every((t) => t.speaker === 'Dilnoza Karimova')).toBe(true);
    expect(doc.turns.filter((t) => t.kind === 'question').every((t) => t.speaker !== 'Dilnoza Karimova')).toBe(true);
  });
});

describe('a dashed interview with a request that has no question mark', () => {
  const TEXT = `Erlan Bekov: the mountains are the best of Kyrgyzstan

Erlan Bekov is a mountain guide from Karakol. We asked Erlan Bekov about his work.

— What brought you to the mountains?

— My father was a shepherd, and I grew up on the pastures.

— Name three places you would show a guest.

— The Jeti-Oguz gorge, the Ala-Kul lake and the Inylchek glacier.

— Do you ever get tired of them?

— Never. Every season they look different.
`;
  const { doc } = readAndExtract(TEXT);

  it('should read a short dashed request between two answers as a question', () => {
    expect(turnsOf(doc).filter(([kind]) => kind !== 'paragraph')).toEqual([
      ['question', null, 'What brought you to '],
      ['answer', 'Erlan Bekov', 'My father was a shep'],
      ['question', null, 'Name three places yo'],
      ['answer', 'Erlan Bekov', 'The Jeti-Oguz gorge,'],
      ['question', null, 'Do you ever get tire'],
      ['answer', 'Erlan Bekov', 'Never. Every season '],
    ]);
  });
});

describe('an interview with no markers whose lead presents the interviewee with a title ending in a question', () => {
  const TEXT = `Water and Power: An Interview with Saltanat Ormonova

Saltanat Ormonova, an economist in Bishkek, has published a book, Whose River Is It?

In this interview, Saltanat Ormonova talks about the book and asks what the region will do when the glaciers are gone?

Why did you write this book?

I wanted to show how the dams shape the lives of farmers downstream.

What surprised you most?

The Ministry of Energy had no plan for a dry year.
`;
  const { doc } = readAndExtract(TEXT);

  it('should keep the paragraphs that present the interviewee out of the questions', () => {
    expect(doc.turns.map((t) => t.kind)).toEqual(['paragraph', 'paragraph', 'question', 'answer', 'question', 'answer']);
    expect(doc.turns.filter((t) => t.kind === 'answer').every((t) => t.speaker === 'Saltanat Ormonova')).toBe(true);
  });
});

describe('interviewees named in the leads and headlines of interviews', () => {
  const dashed = (head: string) => `${head}

– Why did you leave the ministry?

– I could not defend a budget I did not believe in.

– What will you do now?

– I will teach at the university in Almaty.
`;

  it('should read a quote-first lead with "– states X – <role>"', () => {
    const { doc } = readAndExtract(
      dashed(`Roads of the north

«The roads were built for the trucks of the past», – states Nurlan Abenov – engineer, former deputy minister of transport, in the interview for Steppe Monitor.`),
    );
    expect(doc.speakers.find((s) => s.role === 'interviewee')?.name).toBe('Nurlan Abenov');
  });

  it('should read "An interview with <outlet> co-founder X" and not take an outlet after "the newspaper" for a person', () => {
    const { doc } = readAndExtract(
      dashed(`The budget in question

An interview with Steppe Monitor co-founder Aliya Serikova. She spoke to us after an interview with the newspaper Daily Steppe.`),
    );
    expect(doc.speakers.find((s) => s.role === 'interviewee')?.name).toBe('Aliya Serikova');
  });

  it('should read "these questions to <title> X"', () => {
    const { doc } = readAndExtract(
      dashed('The border after the war\n\nWhat comes next for the border? These questions to Ambassador Dr Marat Seitkali, head of the Border Institute.'),
    );
    expect(doc.speakers.find((s) => s.role === 'interviewee')?.name).toBe('Marat Seitkali');
  });

  it('should find the person behind title words in a headline, and no person in a headline about a region', () => {
    const titled = readAndExtract(
      dashed('UN Special Rapporteur for Central Asia Karin Holm: the region must free its journalists\n\nIn an interview with Steppe Monitor, Ms. Holm explained her report.'),
    );
    expect(titled.doc.speakers.find((s) => s.role === 'interviewee')?.name).toBe('Karin Holm');
    const topic = readAndExtract(dashed('The Changing Nature of Security in Central Asia: A Forecast\n\nCentral Asia faces new threats, our editors found.'));
    expect(topic.doc.speakers.find((s) => s.name === 'Central Asia')).toBeUndefined();
  });

  it('should prefer the person the headline names over a role phrase the lead closes with', () => {
    const { doc } = readAndExtract(
      dashed(`Askar Temirov: the union needs a common market

«Trade is what holds us together», – notes Askar Temirov, economist, former CSTO Secretary General, in the interview for Steppe Monitor.`),
    );
    expect(doc.speakers.find((s) => s.role === 'interviewee')?.name).toBe('Askar Temirov');
  });

  it('should read a lead that presents a role, then the name, and says she gave an interview', () => {
    const { doc } = readAndExtract(
      dashed(`Farewell to the region

The UN envoy for the Aral Sea, Maria Lindqvist, is ending her mission. In Tashkent she gave an interview to Steppe Monitor.`),
    );
    expect(doc.speakers.find((s) => s.role === 'interviewee')?.name).toBe('Maria Lindqvist');
  });
});

describe('an interview with no markers and one question', () => {
  it('should read it as an interview when the headline gives the floor to the person the lead says was interviewed', () => {
    const { doc } = readAndExtract(`Gulnara Abdieva: the courts are not independent

Judicial reform has stalled, Gulnara Abdieva, a lawyer in Osh, said in an interview with Steppe Monitor.

How independent are the courts today?

The Supreme Court follows the wishes of the presidential administration.

Every judge knows it.
`);
    expect(doc.turns.map((t) => [t.kind, t.speaker])).toEqual([
      ['paragraph', null],
      ['question', 'Steppe Monitor'],
      ['answer', 'Gulnara Abdieva'],
      ['answer', 'Gulnara Abdieva'],
    ]);
  });

  it('should read it as an interview under a title that is the interviewee’s name alone', () => {
    const { doc } = readAndExtract(`Bakyt Osmonov

Steppe Monitor spoke to Bakyt Osmonov, a farmer in Talas, about the harvest.

What went wrong this year?

The rains came late, and the seed the state sold us was old.
`);
    expect(doc.turns.filter((t) => t.kind === 'answer').map((t) => t.speaker)).toEqual(['Bakyt Osmonov']);
  });
});

describe('an interview whose questions carry no dash and whose answers open with one, with a rhetorical question in an answer', () => {
  const TEXT = `Kubat Ismailov: the border talks need patience

Steppe Monitor asked Kubat Ismailov, a former border commissioner, about the talks.

What went wrong in the spring?

– The commissions stopped meeting. Each side waited for the other.

Who gains from that? Only the smugglers, and who will stop them?

Is there a way out?

– Yes. The governments must publish the maps.
`;
  const { doc } = readAndExtract(TEXT);

  it('should keep an undashed "?" paragraph inside an answer when no dash follows it', () => {
    expect(doc.turns.map((t) => [t.kind, t.speaker])).toEqual([
      ['paragraph', null],
      ['question', null],
      ['answer', 'Kubat Ismailov'],
      ['answer', 'Kubat Ismailov'],
      ['question', null],
      ['answer', 'Kubat Ismailov'],
    ]);
  });
});

describe('leads that name the interviewee after giving or quoting the outlet', () => {
  it('should read "President X gave an interview to Y" in a title and a dashed question that opens with an address', () => {
    const { doc } = readAndExtract(`President Almaz Dzhumabaev gave an interview to Radio Ala-Too

Below are the answers of the head of state.

- Dear Mr. President, our listeners have many questions. How do you assess the harvest?

- The harvest is good. The farmers worked hard.

The state will buy the grain at a fair price.
`);
    expect(doc.turns.map((t) => [t.kind, t.speaker])).toEqual([
      ['paragraph', null],
      ['question', null],
      ['answer', 'Almaz Dzhumabaev'],
      ['answer', 'Almaz Dzhumabaev'],
    ]);
  });

  it('should read a quoted outlet in "In an interview with the agency “X,” President Y commented" and keep a question that quotes the name', () => {
    const { doc } = readAndExtract(`Almaz Dzhumabaev: there will be no split

In an interview with the agency "Ala-Too," President Almaz Dzhumabaev commented on the talk of a split.

Some say that "if Almaz Dzhumabaev loses his allies, the country will split." Is that possible?

— No. I will not allow a split.
`);
    expect(doc.turns.map((t) => [t.kind, t.speaker])).toEqual([
      ['paragraph', null],
      ['question', null],
      ['answer', 'Almaz Dzhumabaev'],
    ]);
  });
});

describe('the leads of interview pages that name the interviewee after a quote or a role', () => {
  const lead = (text: string) =>
    readAndExtract(`Notes from the valley\n\n${text}\n\n– Why now?\n\n– Because the water is gone.\n`).doc.speakers.find((s) => s.role === 'interviewee')?.name;

  it('should read "..., says expert X in an interview" and "– an expert from the UK X discusses ... in an interview"', () => {
    expect(lead('“The canals are failing”, says expert Timur Alimov in an interview to Steppe Monitor.')).toBe('Timur Alimov');
    expect(lead('“The canals are failing”, – an economist from the UK Jane Holloway discusses the water crisis in an interview for Steppe Monitor.')).toBe('Jane Holloway');
  });

  it('should read "X, <role>, said in the interview to Y" and "X, <role>, <role>, in an exclusive interview for Y, shared ..."', () => {
    expect(lead('“Few save for old age,” Asel Nurova, a founder of a pension fund, said in the interview to Steppe Monitor.')).toBe('Asel Nurova');
    expect(lead('Ms. Elin Berg, Ambassador of Norway, Head of the Embassy in Bishkek, in an exclusive interview for Steppe Monitor, shared her plans.')).toBe('Elin Berg');
  });

  it('should not take the tail of a role phrase for the interviewee', () => {
    expect(lead('“Power is shared”, – notes Daniel Weiss, an academic with the University of Central Asia, in an exclusive interview for Steppe Monitor.')).toBe('Daniel Weiss');
  });

  it('should read "talked with <role>, X, to ..." and "we turn to X"', () => {
    expect(lead('Steppe Monitor talked with the UN Special Rapporteur on water, Ms Anna Lind, to explore the crisis.')).toBe('Anna Lind');
    expect(lead('To understand the crisis, we turn to Dr Nurlan Sadykov, a glaciologist, who explains it.')).toBe('Nurlan Sadykov');
  });

  it('should keep a country’s abbreviation before a title out of the name', () => {
    expect(lead('U.S. Ambassador Mary Cole’s Interview to Steppe Monitor')).toBe('Mary Cole');
  });
});

describe('a short dashed interview: one question and its answer', () => {
  it('should read it as an interview when the lead presents the interviewee with a role', () => {
    const { doc } = readAndExtract(`Water for the south

Bolot Asanov, a hydrologist at the Osh Water Institute, has studied the canals for twenty years.

― How bad is the drought this year?

― The worst in a decade. The Ministry of Agriculture ignored every warning.
`);
    expect(doc.turns.map((t) => [t.kind, t.speaker])).toEqual([
      ['paragraph', null],
      ['question', null],
      ['answer', 'Bolot Asanov'],
    ]);
  });

  it('should read a long dashed question with its context as a question', () => {
    const context =
      'The canals were built in the 1960s, and since then the region has changed: the population has tripled, the glaciers have shrunk, and the farms have moved to thirstier crops such as cotton and rice. '.repeat(
        3,
      );
    const { doc } = readAndExtract(
      `Bolot Asanov: the canals are failing\n\nSteppe Monitor talked to Bolot Asanov, a hydrologist.\n\n– ${context}What can be done?\n\n– Much. The canals must be lined.\n`,
    );
    expect(doc.turns.map((t) => t.kind)).toEqual(['paragraph', 'question', 'answer']);
  });
});

describe('an interviewee the lead names by the surname', () => {
  it('should give the answers the full name the introduction gives, not the surname or a place run into it', () => {
    const { doc } = readAndExtract(`The quiet reformer

Karin Holm’s new report on the prisons of Central Asia came out in May. In the following interview with the Steppe Monitor editor Ivan Petrov, Holm discusses its findings.

What did you find in the prisons?

Overcrowding, and no doctors in most of them.

What should change first?

The courts should stop sending people to jail for debts.
`);
    expect(doc.speakers.find((s) => s.role === 'interviewee')?.name).toBe('Karin Holm');
    expect(doc.turns.filter((t) => t.kind === 'answer').every((t) => t.speaker === 'Karin Holm')).toBe(true);
  });

  it('should prefer the headline’s person to a lead name that runs a place into it', () => {
    const { doc } = readAndExtract(`UN Envoy for Central Asia Karin Holm: prisons must open to monitors

The UN Envoy for Central Asia Karin Holm visited Dushanbe. In an interview with Steppe Monitor, Ms. Holm explained her report.

How did the visit go?

– The officials were polite, but the prisons stayed closed.
`);
    expect(doc.speakers.find((s) => s.role === 'interviewee')?.name).toBe('Karin Holm');
  });
});

describe('a dash-marked interview whose introduction names the headline’s person by the surname only', () => {
  it('should give the answers to the headline’s person', () => {
    const { doc } = readAndExtract(`Saule Zhunusova: the courts fear the prosecutors

For twenty years Zhunusova has defended journalists in Almaty courts.

– Why do judges side with the prosecution?

– Because an acquittal ends a judge's career.

– Has anything changed?

– Little. The new code kept the old habits.
`);
    expect(doc.turns.filter((t) => t.kind === 'answer').map((t) => t.speaker)).toEqual(['Saule Zhunusova', 'Saule Zhunusova']);
  });

  it('should not take a region the gazetteer knows in a headline for a person', () => {
    const { doc } = readAndExtract(`Central Asia: the water runs out

The region of Central Asia is drying. Asia as a whole is warming.

– Why is the water running out?

– The glaciers are melting.

– What can be done?

– Canals must be lined.
`);
    expect(doc.speakers.find((s) => s.name === 'Central Asia')).toBeUndefined();
  });
});

describe('an interview whose questions are set in bold or italics', () => {
  const MARKDOWN = `# Water for the south

Steppe Monitor spoke with Bolot Asanov, a hydrologist at the Osh Water Institute, about the drought.

**How bad is the drought?**

The worst in a decade. Who could have foreseen it?

**Tell us about the canals.**

They leak. The Ministry of Agriculture ignored every warning.

**What next?**

**I mean, what should the government do?**

Line the canals.
`;
  const HTML = `<html><head><title>Water for the south</title></head><body><article><h1>Water for the south</h1>
<p>Steppe Monitor spoke with Bolot Asanov, a hydrologist at the Osh Water Institute, about the drought.</p>
<p><strong>How bad is the drought?</strong></p>
<p>The worst in a decade. Who could have foreseen it?</p>
<p><b>Tell us about the canals.</b></p>
<p>They leak. The <em>Ministry of Agriculture</em> ignored every warning.</p>
<p><em>What next?</em></p>
<p>Line the canals.</p>
</article></body></html>`;

  it('should read a bold paragraph as a question without a "?", a plain "?" as the answer’s and two bold paragraphs as one question (Markdown)', () => {
    const { doc } = readAndExtract(MARKDOWN, 'inline/article.md');
    expect(doc.turns.map((t) => t.kind)).toEqual(['paragraph', 'question', 'answer', 'question', 'answer', 'question', 'question', 'answer']);
    expect(doc.turns.filter((t) => t.kind === 'answer').every((t) => t.speaker === 'Bolot Asanov')).toBe(true);
  });

  it('should read <strong>, <b> and <em> paragraphs as questions, an emphasised word inside an answer not (HTML)', () => {
    const { doc } = readAndExtract(HTML, 'inline/article.html');
    expect(doc.turns.map((t) => t.kind)).toEqual(['paragraph', 'question', 'answer', 'question', 'answer', 'question', 'answer']);
  });
});

describe('a short interview with no markers and one question', () => {
  it('should read it as an interview when the lead says it interviews the person it names', () => {
    const { doc } = readAndExtract(`Roads of the north

Roads in northern Kazakhstan are crumbling. In the following interview with Steppe Monitor, Dana Seitova, an engineer in Pavlodar, explains why.

What is wrong with the roads?

The asphalt was laid on frozen ground, and the Ministry of Transport never checked it.
`);
    expect(doc.turns.map((t) => [t.kind, t.speaker])).toEqual([
      ['paragraph', null],
      ['question', null],
      ['answer', 'Dana Seitova'],
    ]);
  });

  it('should keep a report whose lead only quotes someone a report, rhetorical question and all', () => {
    const { doc } = readAndExtract(`Roads of the north

“The roads are crumbling,” says Dana Seitova, an engineer in Pavlodar.

Why does it matter?

Trucks carry most of the grain harvest south.
`);
    expect(doc.turns.every((t) => t.kind === 'paragraph')).toBe(true);
  });
});
