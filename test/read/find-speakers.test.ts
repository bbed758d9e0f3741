import { findPronounInterviewee, findHeadlineSpeaker, findInterviewee, findPresentedPerson, parseSpeakerPrefix, sameSpeaker } from '../../src/read/find-speakers';

describe('findInterviewee', () => {
  it('should get through an introduction holding a 60,000-character run without a space far faster than the ten seconds it once took', () => {
    const intro = `Timur Sadykov, an engineer, said in an interview with Pamir Daily that the link https://example.org/${'Ab3D'.repeat(15_000)} was fake.`;
    const started = Date.now();
    expect(findInterviewee([intro])).toEqual({ name: 'Timur Sadykov', description: 'an engineer', interviewer: 'Pamir Daily' });
    // Before capitalised words were bounded this took about ten seconds (quadratic in the run's length);
    // now it is well under one alone. The bound leaves room for a machine shared with other jobs: what
    // it guards against is the quadratic scan, which no load can hide, not a speed figure (that is a benchmark's).
    expect(Date.now() - started).toBeLessThan(6000);
  });

  it('should resolve surnames against the full names of a long introduction once, not once per mention', () => {
    const intro = 'Timur Sadykov, an engineer, gave an interview to Kloop. In an interview with Kloop, Sadykov explained the dam. '.repeat(2_000);
    const started = Date.now();
    expect(findInterviewee([intro])?.name).toBe('Timur Sadykov');
    // Resolved once per mention, this took about a minute (quadratic in the introduction's length).
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('should read "X’s Interview to Y" in a title', () => {
    expect(findInterviewee(['Ambassador Jane Holloway’s Interview to Valley Post'])?.name).toBe('Jane Holloway');
  });

  it('should read "X, in an interview for Y, ..." with no role between', () => {
    expect(findInterviewee(['The scholar Bolot Asanov, in an interview for Valley Post, spoke about the drought.'])?.name).toBe('Bolot Asanov');
  });

  it('should read "An interview with X" in a title', () => {
    expect(findInterviewee(['“Reforms are slow”. An Interview with Gulnara Bazhkenova about elections'])).toEqual({ name: 'Gulnara Bazhkenova' });
  });

  it('should read "X, <role>, in an interview with Y" with the role and the interviewer', () => {
    expect(findInterviewee(['“Quote”, – says Erlan Karin, State Counsellor of Kazakhstan, in an interview with Vlast.kz.'])).toEqual({
      name: 'Erlan Karin',
      description: 'State Counsellor of Kazakhstan',
      interviewer: 'Vlast.kz',
    });
  });

  it('should read "Y spoke with X, <role>, about" and prefer the name found most often', () => {
    expect(findInterviewee(['An interview with Nargis Kassenova', 'Kloop spoke with Nargis Kassenova, senior fellow at Harvard University, about China.'])).toEqual({
      name: 'Nargis Kassenova',
      description: 'senior fellow at Harvard University',
      interviewer: 'Kloop',
    });
  });

  it('should read "X, <role>, spoke to Y about" as X answering and Y asking', () => {
    expect(findInterviewee(['Farida Usmonova, head of the Khujand Water Users Association, spoke to Asia-Plus about the new tariffs.'])).toEqual({
      name: 'Farida Usmonova',
      description: 'head of the Khujand Water Users Association',
      interviewer: 'Asia-Plus',
    });
    expect(findInterviewee(['In Osh, Temir Sadykov, a retired judge, talked with Kloop about the reform of the courts.'])).toMatchObject({
      name: 'Temir Sadykov',
      interviewer: 'Kloop',
    });
  });

  it('should find nobody in a text that is not an interview', () => {
    expect(findInterviewee(['Talks resumed on Monday in Batken, officials said.'])).toBeNull();
  });
});

describe('parseSpeakerPrefix', () => {
  const parse = (text: string) => parseSpeakerPrefix(text, [0, text.length]);

  it('should read names, Q and A, and where the turn’s words start', () => {
    expect(parse('CABAR.asia: How would you comment?')).toEqual({ name: 'CABAR.asia', contentStart: 12, generic: null });
    expect(parse('Q: Why?')?.generic).toBe('question');
    expect(parse('Answer: Because.')?.generic).toBe('answer');
  });

  it('should not read labels such as "Photo:" or "Note:" as speakers', () => {
    expect(parse('Photo: NRK')).toBeNull();
    expect(parse('Editor’s note: this text was updated.')).toBeNull();
    expect(parse('Read also: something')).toBeNull();
  });
});

describe('sameSpeaker', () => {
  it('should match a surname or the full name, case-insensitively', () => {
    expect(sameSpeaker('Dale', 'Ivar Dale')).toBe(true);
    expect(sameSpeaker('ivar dale', 'Ivar Dale')).toBe(true);
    expect(sameSpeaker('Ivar', 'Ivar Dale')).toBe(true);
    expect(sameSpeaker('CABAR.asia', 'Ivar Dale')).toBe(false);
  });
});

describe('findInterviewee in the leads of interviews', () => {
  it('should read "we asked X", "X answered questions from <outlet>", "X told <outlet>" and "“...”, says X"', () => {
    expect(findInterviewee(['We asked Gulmira Sadykova, head of the union, about the schools.'])).toEqual({ name: 'Gulmira Sadykova', description: 'head of the union' });
    expect(findInterviewee(['Timur Rakhimov, an economist, answered questions from Valley Post.'])).toEqual({
      name: 'Timur Rakhimov',
      description: 'an economist',
      interviewer: 'Valley Post',
    });
    expect(findInterviewee(['Zarina Umarova told Valley Post about the villages.'])).toEqual({ name: 'Zarina Umarova', interviewer: 'Valley Post' });
    expect(findInterviewee(['“Half of the men have left,” says Zarina Umarova, a sociologist.'])).toEqual({ name: 'Zarina Umarova', description: 'a sociologist' });
  });
});

describe('findInterviewee after "In an interview with <outlet>,"', () => {
  it('should take the one who speaks for the interviewee and the outlet for the interviewer', () => {
    expect(findInterviewee(['In an interview with Valley Post, Aida Bekova, a lawyer in Osh, spoke about the new law.'])).toEqual({
      name: 'Aida Bekova',
      description: 'a lawyer in Osh',
      interviewer: 'Valley Post',
    });
    expect(findInterviewee(['In an interview with Valley Post, Aida Bekova said the law is unfair.'])).toEqual({ name: 'Aida Bekova', interviewer: 'Valley Post' });
  });

  it('should still read "In an interview with X, <role>, we discussed ..." as X answering', () => {
    expect(findInterviewee(['In an interview with Aida Bekova, a lawyer in Osh, we discussed the law.'])).toEqual({ name: 'Aida Bekova', description: 'a lawyer in Osh' });
  });
});

describe('findPresentedPerson', () => {
  it('should take the person presented with a role', () => {
    expect(findPresentedPerson(['The talk was led by Aida Bekova, a lawyer in Osh, on Monday.'])).toEqual({ name: 'Aida Bekova', description: 'a lawyer in Osh' });
  });

  it('should not run a name across the end of a sentence', () => {
    expect(findPresentedPerson(['She has lived for years in Tajikistan. Still, despite the winters, she stays.'])).toBeNull();
  });
});

describe('findHeadlineSpeaker', () => {
  it('should take the person a headline gives the floor to when the introduction names them', () => {
    expect(findHeadlineSpeaker('Aida Bekova: the reform has failed the farmers', ['Aida Bekova has advised farmers in Osh for ten years.'])).toEqual({ name: 'Aida Bekova' });
  });

  it('should not take a headline label the introduction does not name, or a one-word label', () => {
    expect(findHeadlineSpeaker('Aida Bekova: the reform has failed', ['The farmers of Osh are angry.'])).toBeNull();
    expect(findHeadlineSpeaker('Kyrgyzstan: the reform has failed', ['Kyrgyzstan reformed its water law.'])).toBeNull();
  });
});

describe('findPronounInterviewee', () => {
  it('should take the person the lead presents and then interviews as "her" or "him"', () => {
    expect(findPronounInterviewee(['Lawyer Daniyar Ermekov has defended herders in the Alay valley for twenty years. We spoke with him about the drought.'])).toEqual({
      name: 'Daniyar Ermekov',
    });
  });

  it('should find nobody without such a pronoun, or with no person named before it', () => {
    expect(findPronounInterviewee(['Daniyar Ermekov has treated herds in the Alay valley for twenty years.'])).toBeNull();
    expect(findPronounInterviewee(['The drought is the worst in decades. We spoke with him about it.'])).toBeNull();
  });
});
