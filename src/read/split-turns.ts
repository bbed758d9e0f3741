/**
 * Body blocks to speaking turns. An interview is recognised by any of: speaker prefixes
 * ("Q:", "Aida Bekova:", "KARIMOVA:", "Ms Karimova:"), dashes that open alternating questions and
 * answers ("– Why?" / "– Because ..."), two or more named speakers taking turns (a panel or a
 * transcript), or an interviewee named in the introduction and at least two questions. It becomes
 * questions by the interviewer and answers by the interviewee: a question is a short paragraph
 * ending in '?' (with a dash, when dashes mark the turns) or one with the interviewer's prefix,
 * and the paragraphs after it are answers until the next question. Paragraphs before the first
 * question, and every paragraph of a text that is not an interview, are `paragraph` turns with
 * role `author` and no speaker. One turn per paragraph; a prefix or dash is not part of the span.
 */
import type { SourceMeta, Speaker, Turn } from '../../schema/records';
import type { Block } from './block';
import { blockText } from './block';
import { isQuestionText, isWordsHeading } from './find-header';
import {
  findHeadlineSpeaker,
  findInterviewee,
  type Interviewee,
  findPresentedPerson,
  findPronounInterviewee,
  initialsOf,
  parseSpeakerPrefix,
  sameSpeaker,
  type SpeakerPrefix,
} from './find-speakers';
import { dashedTurnKinds, dashedTurnsAlternate, dashMarkerEnd } from './find-turn-marker';
import { loadNameWords, type NameWords } from './load-name-words';
import { indexNames, speakerNameFor } from './name-speaker';
import { GROUP_NOUNS } from './name-patterns';

export interface TurnInput {
  plain: string;
  body: readonly Block[];
  /** Title and lead text, searched for the interviewee together with the introduction. */
  head: readonly string[];
  meta: SourceMeta;
  /** The publisher's name for itself in interviews ("CABAR.asia"), else its full name. */
  publisherName: string | null;
  interviewerPrefixes: readonly string[];
  /** Honorifics and titles a label may carry ("Ms", "Ambassador"); the gazetteer's by default. */
  nameWords?: NameWords;
}

export interface TurnResult {
  turns: Turn[];
  speakers: Speaker[];
}

/** A question is short; a long paragraph ending in '?' is an answer with a rhetorical close. */
const MAX_QUESTION_LENGTH = 600;
/** A dashed question may be longer: the dash, not the length, says it is a turn. */
const MAX_DASHED_QUESTION_LENGTH = 1200;
/** A line this short between a question and its dashed answer is a note, not a turn. */
const MAX_NOTE_LENGTH = 100;
/** Words by which a lead says it interviews someone. */
const INTERVIEW_CUE = /\binterview|\b(?:spoke|talked|sat\s+down)\s+(?:with|to)\b|\bquestions\s+(?:to|with)\b|\b(?:we|I)\s+asked\b/iu;
/** A paragraph that addresses the interviewee ("Tell us about yourself, please."). */
const ADDRESSES = /\b(?:you|your|yourself|tell\s+us)\b/iu;
/** The introduction is searched for the interviewee up to this many blocks. */
const INTRO_BLOCKS = 6;

/** A polite request to the interviewee that may close a question: "We would be grateful to hear your opinion on ...". */
const REQUEST_TO_SPEAK =
  /\b(?:tell\s+us|we\s+would\s+(?:be\s+grateful|like)\s+to\s+(?:hear|know|learn)|please\s+(?:tell|share|comment|describe|explain)|share\s+(?:your|with\s+us)|your\s+(?:opinion|view|views|assessment|comments?)\s+(?:on|about|of))\b/iu;

/**
 * "How can you assess the measures taken? We would be grateful to hear your opinion on ...": a
 * paragraph that asks a question and ends with a request to speak is a question, though its last
 * sentence ends with a full stop.
 */
function closesWithRequest(text: string): boolean {
  const asked = text.lastIndexOf('? ');
  return asked > 0 && REQUEST_TO_SPEAK.test(text.slice(asked + 2)) && !text.slice(asked + 2).includes('?');
}

export function splitTurns(input: TurnInput): TurnResult {
  const { plain, body, meta } = input;
  const texts = body.map((b) => blockText(plain, b));
  const dashes = body.map((b) => (b.heading ? null : dashMarkerEnd(plain, b.span)));
  const parsedLabels = body.map((b, i) => (b.heading || dashes[i] !== null ? null : parseSpeakerPrefix(plain, b.span)));
  // "Q." and "A." mark turns only together: one alone may be an initial ("A. Bekova said ...").
  const dottedBoth = parsedLabels.some((p) => p?.name === 'Q.') && parsedLabels.some((p) => p?.name === 'A.');
  const labels = parsedLabels.map((p) => (p && (p.name === 'Q.' || p.name === 'A.') && !dottedBoth ? null : p));
  // "President of Russia Vladimir Putin:" on a line of its own labels the paragraph after it.
  body.forEach((_, i) => {
    const next = body[i + 1];
    if (labels[i] || !next || labels[i + 1] || next.heading || dashes[i + 1] !== null) return;
    const own = labelLine(texts[i]!);
    if (own) labels[i + 1] = { ...own, contentStart: next.span[0] };
  });
  const interviewerPrefixes = input.interviewerPrefixes.map((p) => p.toLowerCase());
  // A dash says a turn starts, so a dashed question may run longer than an unmarked one.
  const maxQuestion = (i: number) => (dashes[i] !== null ? MAX_DASHED_QUESTION_LENGTH : MAX_QUESTION_LENGTH);
  const questionText = texts.map((t, i) => (isQuestionText(t) || closesWithRequest(t)) && t.length <= maxQuestion(i));

  // "**Why now?**" / "Because ...": where two or more questions are set in bold or italics, the bold or
  // italic paragraphs from the first of them on ask, '?' or not, and the plain ones answer.
  const emphasised = body.map((b) => b.emphasis === true && b.heading === 0);
  const boldQuestions = emphasised.filter((e, i) => e && questionText[i]).length >= 2;
  const askedInBold = texts.map(() => false);
  if (boldQuestions) {
    for (let i = emphasised.findIndex((e, k) => e && questionText[k]); i < texts.length; i += 1) {
      askedInBold[i] = emphasised[i]! && texts[i]!.length <= maxQuestion(i);
      questionText[i] = askedInBold[i]!;
    }
  }
  // "What are America’s priorities in Uzbekistan?" / "In an interview with Voice of America, Ambassador
  // Aida Bekova discussed ...": questions before the paragraph that says whom the text interviews are the
  // standfirst's, not the interviewer's, when the interview's own questions come after it.
  if (!meta.interviewee) {
    const leadAt = texts.findIndex(
      (t, i) => i < INTRO_BLOCKS && !questionText[i] && dashes[i] === null && labels[i] === null && INTERVIEW_CUE.test(t) && findInterviewee([t]) !== null,
    );
    if (leadAt > 0 && questionText.slice(0, leadAt).some(Boolean) && questionText.some((q, i) => q && i > leadAt)) {
      for (let i = 0; i < leadAt; i += 1) questionText[i] = false;
    }
  }
  const firstQuestion = questionText.findIndex((q, i) => q && i < body.length - 1);
  const intro = texts.slice(0, firstQuestion >= 0 ? Math.min(firstQuestion, INTRO_BLOCKS) : INTRO_BLOCKS);
  const named = meta.interviewee ? { name: meta.interviewee } : findInterviewee([...input.head, ...intro]);
  const dashed = dashes.map((d) => d !== null);
  const short = texts.map((t, i) => t.length <= maxQuestion(i));
  // A marked interview (alternating dashes, Q:/A: labels) whose lead names nobody in so many words
  // answers in the voice of the person the introduction presents with a role.
  const marked = dashedTurnsAlternate(dashed, questionText, false, short) || labels.filter((p) => p?.generic).length >= 2;
  // One dashed question and its dashed answer (an excerpt, a short interview) with a lead that presents someone with a role.
  const dashedPair = dashedTurnsAlternate(dashed, questionText, true, short);
  // A headline that gives someone the floor ("Aida Bekova: ...") names the interviewee of a text with questions too.
  const headlineSpeaker = marked || firstQuestion >= 0 ? findHeadlineSpeaker(input.head[0] ?? '', [...input.head.slice(1), ...intro], marked || dashedPair) : null;
  // A lead's role phrase can pass for a name ("..., former SCO Secretary General, in the interview"):
  // a name that ends in a title gives way to the person the headline gives the floor to.
  const nameWords = input.nameWords ?? loadNameWords();
  const roleLike = named !== null && !meta.interviewee && endsInTitle(named.name, nameWords);
  // "In an interview with Y, Ms. Holm explained ...": an honorific and a surname stand for the full name the headline gives.
  // A lead's name that runs the headline's person together with a place before it ("Central Asia Aida Bekova") is the headline's person.
  const namedBySurname =
    named !== null &&
    !meta.interviewee &&
    headlineSpeaker !== null &&
    (isHonorificSurname(named.name, headlineSpeaker.name, nameWords) || named.name.endsWith(` ${headlineSpeaker.name}`));
  const found =
    (namedBySurname ? headlineSpeaker : roleLike ? (headlineSpeaker ?? withoutTrailingTitle(named, nameWords)) : named) ??
    headlineSpeaker ??
    (marked || dashedPair ? (findPresentedPerson([...input.head, ...intro]) ?? findPronounInterviewee(intro)) : null);
  // Before the first question, a paragraph that opens on the interviewee's full name and never says
  // "you" presents the person ("Aida Bekova, a lawyer, has published a book: Why Reform?"); it asks nothing.
  if (found) {
    for (let i = 0; i < texts.length; i += 1) {
      if (!questionText[i]) continue;
      if (!presents(texts[i]!, found.name)) break;
      questionText[i] = false;
    }
  }
  const dashTurns = dashedTurnsAlternate(dashed, questionText, found !== null, short);
  // Where dashes mark the turns, a dash opens a question or an answer and the paragraphs after it carry it on.
  const dashKinds = dashTurns
    ? dashedTurnKinds(
        dashed,
        questionText,
        short,
        texts.map((t) => t.length),
        texts.map((t) => ADDRESSES.test(t)),
      )
    : texts.map(() => null);

  // A label is written short ("Ms Karimova:", "KARIMOVA:"); the speaker is the full name the text gives.
  const hasNamedLabels = labels.some((p) => p && !p.generic);
  const words = hasNamedLabels ? (input.nameWords ?? loadNameWords()) : null;
  // Names are read line by line: "Press Availability" over "Jane Doe" is no name "Press Availability Jane Doe".
  // The body's lines come first, so the head's text, whose lines are joined, does not set a name before them.
  const names = words ? indexNames([...namingBlocks([], lineTexts(plain, body)), ...input.head], words) : null;
  const display = new Map<string, string>();
  // "Sh.N.: — ..." after "Shahzod Nusratov, reporter: — ...": a label of initials stands for the full name they begin.
  const fullLabels = [...new Set([...labels.flatMap((p) => (p && !p.generic && p.name.includes(' ') ? [p.name] : [])), ...(found ? [found.name] : [])])];
  const parsed: (SpeakerPrefix | null)[] = labels.map((p) => {
    const byInitials = p && !p.generic ? fullLabels.find((name) => initialsOf(p.name, name)) : undefined;
    if (p && byInitials) return { ...p, name: byInitials };
    if (!p || p.generic || !names || !words) return p;
    let name = display.get(p.name);
    // "President of Kazakhstan Aida Bekova:": what the title leaves behind ("of Kazakhstan") is no part of the name.
    if (name === undefined) display.set(p.name, (name = speakerNameFor(p.name, names, words).replace(/^of\s+(?:the\s+)?\p{Lu}[\p{L}-]*\s+(?=\p{Lu})/u, '')));
    return { ...p, name };
  });

  /** Whether the unlabelled paragraphs a label's turn runs on over (up to the next label) end in a question. */
  const runAsks = (i: number): boolean => {
    let j = i + 1;
    while (j < texts.length && !labels[j] && dashes[j] === null && !body[j]!.heading && j - i <= INTRO_BLOCKS) j += 1;
    const run = texts.slice(i + 1, j);
    return run.some((t, k) => questionText[i + 1 + k] && isQuestionText(t)) && !run.some((t) => t.length > MAX_QUESTION_LENGTH);
  };
  // Which named prefixes belong to the interviewer: the publisher's own, or ones used mostly on questions.
  const prefixRole = new Map<string, 'interviewer' | 'interviewee'>();
  const tally = new Map<string, { questions: number; others: number }>();
  parsed.forEach((p, i) => {
    if (!p || p.generic) return;
    const t = tally.get(p.name) ?? { questions: 0, others: 0 };
    // "Anastasia Savinykh: Mr President, good evening." / "..." / "Could you please summarise ...?":
    // a journalist's turn greets first and asks at its end, in a paragraph of its own.
    if (isQuestionText(texts[i]!) || runAsks(i)) t.questions += 1;
    else t.others += 1;
    tally.set(p.name, t);
  });
  for (const [name, t] of tally) {
    const known = interviewerPrefixes.includes(name.toLowerCase()) || (meta.interviewer !== undefined && sameSpeaker(name, meta.interviewer));
    const interviewee = sameSpeaker(name, found?.name) || (meta.interviewee !== undefined && sameSpeaker(name, meta.interviewee));
    // A label used once ("Analysis: what next?") is not a speaker; a known name is, even once.
    // A label that names someone the introduction presents ("The moderator was Aigul Sadykova ...") is a speaker too.
    // A heading of language words ("Introduction: Examining the pressure on ...") names no one, though the title has it too.
    const introduced = introducedIn(name, [...input.head, ...intro].join('\n')) && !isWordsHeading(name);
    if (known) prefixRole.set(name, 'interviewer');
    else if (interviewee) prefixRole.set(name, 'interviewee');
    else if (t.questions + t.others >= 2 || introduced) prefixRole.set(name, t.questions > t.others ? 'interviewer' : 'interviewee');
  }
  // A label that gives the speaker's post ("President of Russia Vladimir Putin:", "ASSISTANT
  // SECRETARY BOUCHER:") is a transcript's label: two such speakers are a transcript, each labelled
  // once or not, and one is when the introduction names the person ("Vladimir Putin and ... made statements").
  const titledLabel = new Set(parsed.flatMap((p, i) => (p && !p.generic && words && carriesPost(labels[i]!.name, words) ? [p.name] : [])));
  if (titledLabel.size >= 2) {
    for (const name of titledLabel) if (!prefixRole.has(name)) prefixRole.set(name, 'interviewee');
  }
  // Two labelled voices, one of them the interviewee the introduction names: the other one, when it
  // asks at least as often, is the interviewer (two leaders making statements ask nothing).
  const voices = [...tally.keys()];
  const other = voices.find((name) => !sameSpeaker(name, found?.name));
  const asks = (name: string | undefined) => (name === undefined ? 0 : (tally.get(name)?.questions ?? 0));
  const answering = voices.find((name) => sameSpeaker(name, found?.name));
  if (found && voices.length === 2 && other && answering && asks(other) >= 1 && asks(other) > asks(answering)) {
    prefixRole.set(other, 'interviewer');
    for (const name of voices) if (name !== other) prefixRole.set(name, 'interviewee');
  }
  // Among speakers who take turns, a name used once is one more speaker ("BEKNAZAROV: I agree."),
  // no longer a heading-like label.
  if ([...tally.entries()].some(([name, t]) => prefixRole.has(name) && t.questions + t.others >= 2)) {
    for (const [name, t] of tally) if (!prefixRole.has(name)) prefixRole.set(name, t.questions > t.others ? 'interviewer' : 'interviewee');
  }
  const genericCount = parsed.filter((p) => p?.generic).length;
  const prefixes = parsed.map((p, i): SpeakerPrefix | null => {
    // A dash says a turn starts; whether it asks or answers, the run of paragraphs it opens tells.
    const dash = dashes[i];
    if (dashTurns && dash !== null && dash !== undefined) return { name: '', contentStart: dash, generic: dashKinds[i] ?? (questionText[i] ? 'question' : 'answer') };
    return p && (p.generic ? genericCount >= 2 : prefixRole.has(p.name)) ? p : null;
  });
  const hasGenericPrefixes = genericCount >= 2;
  const questionCount = questionText.filter(Boolean).length;
  // "Why now?" / "– Because ...": the answers open with dashes and the questions do not. A short line
  // between them (a photo note, "In the photo: Aida Bekova") does not part a question from its answer.
  const dashAfter = (i: number) => dashed[i + 1] === true || ((texts[i + 1]?.length ?? Infinity) < MAX_NOTE_LENGTH && !questionText[i + 1] && dashed[i + 2] === true);
  const dashedAnswersOnly = !dashTurns && !dashed.some((d, i) => d && questionText[i]) && texts.filter((_, i) => questionText[i] && !dashed[i] && dashAfter(i)).length >= 2;
  // Two or more named voices taking turns is a transcript (a panel, a debate), questions or not.
  const labelled = prefixes.filter((p) => p && !p.generic).length;
  // A transcript of statements ("President of X Name: ...") whose lead presents the speaker: one
  // labelled voice is enough, and the unlabelled paragraphs after a label carry on its turn.
  const statements = [...prefixRole.entries()].some(
    ([name, role]) => role === 'interviewee' && (introducedIn(name, input.head.join('\n')) || (titledLabel.has(name) && introducedIn(name, intro.join('\n')))),
  );
  // "President of Russia Vladimir Putin: ..." then "President of Uzbekistan Shavkat Mirziyoyev: ...":
  // two leaders the introduction names, each labelled once, are a transcript of statements too.
  const introText = [...input.head, ...intro].join('\n');
  const introducedVoices = labelled >= 2 && [...prefixRole.keys()].filter((name) => introducedIn(name, introText)).length >= 2;
  const transcript = (prefixRole.size >= 2 && labelled >= 3) || statements || introducedVoices || titledLabel.size >= 2;
  // "..., political scientist Aida Bekova commented on ... in an interview with Valley Post." / "– Exclusion
  // from the list is a gesture. ...": an excerpt gives the interviewee's dashed answer with no question.
  const firstDash = dashed.indexOf(true);
  const excerptFrom =
    !dashTurns &&
    questionCount === 0 &&
    found !== null &&
    named !== null &&
    firstDash >= 1 &&
    firstDash <= INTRO_BLOCKS &&
    INTERVIEW_CUE.test([...input.head, ...texts.slice(0, firstDash)].join('\n')) &&
    !dashed.some((d, i) => d && i > firstDash && texts[i - 1] !== undefined && !dashed[i - 1] && isQuestionText(texts[i - 1]!))
      ? firstDash
      : -1;
  const interview =
    excerptFrom >= 0 ||
    meta.interviewee !== undefined ||
    hasGenericPrefixes ||
    dashTurns ||
    transcript ||
    [...prefixRole.values()].includes('interviewer') ||
    ([...prefixRole.values()].includes('interviewee') && questionCount >= 1) ||
    (found !== null && questionCount >= 2) ||
    // Answers opened by dashes after an undashed question, with the interviewee named.
    (found !== null && questionCount >= 1 && dashes.filter((d) => d !== null).length >= 1) ||
    // "Aida Bekova’s Interview to Valley Post": a title that calls the text an interview of the person needs one question only.
    (found !== null && questionCount >= 1 && /\binterview/iu.test(input.head[0] ?? '') && (input.head[0] ?? '').includes(found.name)) ||
    // A title that is the person's name alone ("Aida Bekova") over a lead that interviews the person.
    (found !== null && questionCount >= 1 && named !== null && (input.head[0] ?? '').trim() === found.name) ||
    // The headline gives the floor to the person the lead says was interviewed ("Aida Bekova: ..." /
    // "..., Aida Bekova said in an interview with ..."): one question is enough too.
    (found !== null && questionCount >= 1 && named !== null && headlineSpeaker !== null && sameSpeaker(headlineSpeaker.name, named.name)) ||
    // A lead that says it interviews ("in an interview with", "spoke to", "these questions to") and names
    // the person, then a question soon after it: one question is enough (a short interview, an excerpt).
    (found !== null &&
      named !== null &&
      questionCount >= 1 &&
      questionText.findIndex(Boolean) <= INTRO_BLOCKS &&
      questionText.findIndex(Boolean) < body.length - 1 &&
      INTERVIEW_CUE.test([...input.head, ...intro].join('\n')));

  if (!interview) {
    return {
      turns: body.map((b) => ({ kind: 'paragraph', speaker: null, role: 'author', span: b.span })),
      speakers: meta.author && isPersonName(meta.author) ? [{ name: authorName(meta.author, input, texts), role: 'author' }] : [],
    };
  }

  const namedInterviewer = [...prefixRole.entries()].find(([name, role]) => role === 'interviewer' && !isRoleNoun(name))?.[0];
  const interviewerName = meta.interviewer ?? namedInterviewer ?? input.publisherName ?? found?.interviewer ?? null;
  const namedInterviewee = [...prefixRole.entries()].find(([, role]) => role === 'interviewee')?.[0];
  const intervieweeName = found?.name ?? namedInterviewee ?? null;

  const turns: Turn[] = [];
  let seenQuestion = false;
  // Whether the question going on was opened by a label with the asker's name.
  let namedAsker = false;
  // "Journalist:", "Host:": a role, not a person; the question is the interviewer's.
  // For each paragraph, whether the next labelled paragraph after it is another speaker's answer
  // (computed once from the end, so a long unlabelled run is not rescanned per paragraph).
  const answerLabelNext: boolean[] = new Array(prefixes.length).fill(false);
  for (let j = prefixes.length - 2, next = false; j >= 0; j--) {
    const p = prefixes[j + 1];
    if (p) next = !p.generic && prefixRole.get(p.name) === 'interviewee';
    answerLabelNext[j] = next;
  }
  const nextLabelIsAnswer = (i: number): boolean => answerLabelNext[i] ?? false;
  const askerName = (label: string | undefined) => (label === undefined || isRoleNoun(label) ? interviewerName : label);
  body.forEach((block, i) => {
    const prefix: SpeakerPrefix | null = prefixes[i] ?? null;
    const dash = dashes[i];
    // An excerpt's dashed answer starts after its dash, as a marked turn does.
    const span: Turn['span'] = prefix ? [prefix.contentStart, block.span[1]] : excerptFrom >= 0 && dash !== null && dash !== undefined ? [dash, block.span[1]] : block.span;
    // An undashed paragraph of a dashed question ("– Thank you for your time." / "What was the year like?") asks too.
    const role = prefix
      ? prefix.generic === 'question'
        ? 'interviewer'
        : prefix.generic === 'answer'
          ? 'interviewee'
          : prefixRole.get(prefix.name)
      : dashKinds[i] === 'question'
        ? 'interviewer'
        : undefined;
    const previous = turns[turns.length - 1];
    // Without a prefix, a '?' right after a question is an answer's rhetorical close, not a second question.
    // Where dashes mark the turns, an undashed paragraph carries on the turn before it.
    // Where only the answers open with dashes, a question is followed by one: a '?' inside an answer is rhetorical.
    const questionLike =
      askedInBold[i]! ||
      (questionText[i]! && !(prefix === null && (previous?.kind === 'question' || dashTurns || (dashedAnswersOnly && previous?.kind === 'answer' && !dashAfter(i)))));
    // "Anastasia Savinykh: Mr President, good evening." / "Anastasia Savinykh, TASS." / "Could you ...?" /
    // "Thank you." / "Vladimir Putin: ...": in a transcript, a named journalist's unlabelled paragraphs
    // carry on the question until the next speaker's label.
    const carriesQuestion = !prefix && transcript && previous?.kind === 'question' && namedAsker && nextLabelIsAnswer(i);
    if (carriesQuestion && previous) {
      turns.push({ kind: 'question', speaker: previous.speaker, role: 'interviewer', span });
    } else if (role === 'interviewer' || (role === undefined && questionLike)) {
      seenQuestion = true;
      namedAsker = prefix !== null && !prefix.generic && role === 'interviewer';
      turns.push({ kind: 'question', speaker: prefix && !prefix.generic && role === 'interviewer' ? askerName(prefix.name) : interviewerName, role: 'interviewer', span });
    } else if (role === 'interviewee' || seenQuestion || (excerptFrom >= 0 && i >= excerptFrom)) {
      // An unlabelled paragraph after a labelled answer carries on that speaker's turn (a briefing's
      // official reads a statement over several paragraphs after "OFFICIAL:").
      const carried = !prefix && previous?.kind === 'answer' && transcript ? previous.speaker : null;
      const named = prefix && !prefix.generic ? (sameSpeaker(prefix.name, intervieweeName) ? intervieweeName : prefix.name) : (carried ?? intervieweeName);
      turns.push({ kind: 'answer', speaker: named, role: 'interviewee', span });
    } else if (!prefix && previous?.kind === 'answer' && (statements || transcript)) {
      turns.push({ kind: 'answer', speaker: previous.speaker, role: 'interviewee', span });
    } else {
      turns.push({ kind: 'paragraph', speaker: null, role: 'author', span });
    }
  });

  const speakers: Speaker[] = [];
  if (interviewerName) speakers.push({ name: interviewerName, role: 'interviewer' });
  if (intervieweeName) {
    const description = found && 'description' in found && found.description ? found.description : undefined;
    speakers.push(description ? { name: intervieweeName, role: 'interviewee', description } : { name: intervieweeName, role: 'interviewee' });
  }
  // A panel has more than one answering voice: every other speaker with turns of their own is listed too.
  for (const turn of turns) {
    if (turn.kind !== 'answer' || !turn.speaker || speakers.some((sp) => sp.name === turn.speaker)) continue;
    speakers.push({ name: turn.speaker, role: 'interviewee' });
  }
  return { turns, speakers };
}

/** Each block's text with its line breaks kept and other runs of white space made one space. */
function lineTexts(plain: string, body: readonly Block[]): string[] {
  return body.map((b) =>
    plain
      .slice(b.span[0], b.span[1])
      .replace(/[^\S\n]+/gu, ' ')
      .trim(),
  );
}

/** Blocks that present people by their full names: the head, the introduction and the closing note. */
const NAMING_BLOCKS_START = 12;
const NAMING_BLOCKS_END = 3;
function namingBlocks(head: readonly string[], texts: readonly string[]): string[] {
  if (texts.length <= NAMING_BLOCKS_START + NAMING_BLOCKS_END) return [...head, ...texts];
  return [...head, ...texts.slice(0, NAMING_BLOCKS_START), ...texts.slice(-NAMING_BLOCKS_END)];
}

/** A surname in capitals ("ABDULLAEV: headline") is written as the full name the text gives, else as a name. */
function authorName(author: string, input: TurnInput, texts: readonly string[]): string {
  if (!/^[\p{Lu}\s'’-]+$/u.test(author)) return author;
  const words = input.nameWords ?? loadNameWords();
  return speakerNameFor(author, indexNames(namingBlocks(input.head, texts), words), words);
}

/**
 * Whether the head or introduction names the person a label names, the label's leading title
 * words aside ("President of Kazakhstan Aida Bekova" is introduced by "Aida Bekova made a statement").
 */
function introducedIn(label: string, text: string): boolean {
  if (!/^\p{Lu}/u.test(label)) return false;
  const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const words = label.split(/\s+/u);
  const tail = words.length > 2 ? words.slice(-2).join(' ') : label;
  return new RegExp(`\\b${escaped(label)}\\b`, 'u').test(text) || (words.length > 2 && /^\p{Lu}/u.test(tail) && new RegExp(`\\b${escaped(tail)}\\b`, 'u').test(text));
}

/** A label that names a role rather than a person ("Journalist", "Host", "Audience"). */
function isRoleNoun(label: string): boolean {
  const lower = label.toLowerCase();
  return GROUP_NOUNS.has(lower) || ROLE_LABELS.has(lower);
}

const ROLE_LABELS = new Set([
  'host',
  'moderator',
  'audience',
  'interviewer',
  'presenter',
  'anchor',
  'reporter',
  'correspondent',
  'participant',
  'speaker',
  'caller',
  'listener',
  'viewer',
]);

/** A paragraph that is a speaker's label and nothing else: "President of Russia Vladimir Putin:". */
function labelLine(text: string): Omit<SpeakerPrefix, 'contentStart'> | null {
  const line = text.trim();
  if (!line.endsWith(':') || line.length > 80) return null;
  const parsed = parseSpeakerPrefix(`${line} x`, [0, line.length + 2]);
  return parsed && parsed.contentStart === line.length + 1 && !parsed.generic ? { name: parsed.name, generic: null } : null;
}

/** Whether a label opens with a post: "Assistant Secretary Blake", "AMBASSADOR PURNELL", "President of Russia Vladimir Putin". */
function carriesPost(label: string, words: NameWords): boolean {
  const parts = label.toLowerCase().split(/\s+/u);
  return parts.length >= 2 && (words.titles.has(parts[0]!) || words.titles.has(`${parts[0]} ${parts[1]}`));
}

/** "SCO Secretary General", "Erkin Bekov Ambassador": a name whose last word or two are a title is a role. */
function endsInTitle(name: string, words: NameWords): boolean {
  const parts = name.toLowerCase().split(/\s+/u);
  const last = parts[parts.length - 1]!;
  const two = parts.slice(-2).join(' ');
  return /^\p{Lu}/u.test(name.split(/\s+/u).pop() ?? '') && (words.titles.has(last) || (parts.length > 2 && words.titles.has(two)));
}

/** A presenting paragraph names the person early, outside quotation marks, and does not address anyone. */
const PRESENTING_NAME_WITHIN = 40;
function presents(text: string, name: string): boolean {
  const at = text.indexOf(name);
  return at >= 0 && at <= PRESENTING_NAME_WITHIN && !/["“”«»]/u.test(text.slice(0, at)) && !/\byou(?:r|rs|rself)?\b/iu.test(text);
}

/** Whether a name is an honorific and the surname of a full name ("Ms. Holm" of "Karin Holm"). */
function isHonorificSurname(name: string, full: string, words: NameWords): boolean {
  const parts = name.split(/\s+/u);
  return parts.length === 2 && words.honorifics.has(parts[0]!.toLowerCase().replace(/\./gu, '')) && full.endsWith(` ${parts[1]}`);
}

/** "Erkin Bekov Ambassador" -> "Erkin Bekov"; null when nothing but the title and an acronym is left ("SCO Secretary General"). */
function withoutTrailingTitle(person: Interviewee, words: NameWords): Interviewee | null {
  const parts = person.name.split(/\s+/u);
  while (parts.length > 0 && endsInTitle(parts.join(' '), words)) parts.splice(words.titles.has(parts.slice(-2).join(' ').toLowerCase()) && parts.length > 2 ? -2 : -1);
  return parts.length >= 2 && !parts.every((w) => /^[\p{Lu}\d.&-]+$/u.test(w)) ? { ...person, name: parts.join(' ') } : null;
}

/** An author field can hold a note ("Written for this project; ..."); only a name makes a speaker. */
function isPersonName(value: string): boolean {
  const words = value.trim().split(/\s+/);
  return words.length >= 1 && words.length <= 5 && words.every((w) => /^[\p{Lu}][\p{L}'’.-]*$|^(?:de|van|von|al|el|bin)$/u.test(w));
}
