import { stancesOf } from '../helpers/stances-of';

const TALKS = `Kyrgyz-Kazakh talks in Astana

Sadyr Japarov and Kassym-Jomart Tokayev held talks in Astana and signed an agreement on the water of the Chu river.

The presidents made statements for the press.

President of Kazakhstan Kassym-Jomart Tokayev: Mr Japarov,

I am delighted to welcome you to Astana.

I would like to thank you for your personal contribution to our water agreement.

President of Kyrgyzstan Sadyr Japarov: Dear Kassym-Jomart Kemelevich,

I thank you for your warm welcome and your hospitality.
`;

describe('"you" in a speech that opens by addressing someone', () => {
  const found = stancesOf(TALKS, 'inline/talks.txt').map((s) => `${s.holder} -> ${s.target}`);

  it('should read "you" as the person the first line addresses by name', () => {
    expect(found).toContain('Kassym-Jomart Tokayev -> Sadyr Japarov');
  });

  it('should read an address by first name and patronymic as the one person of the text with that first name', () => {
    expect(found).toContain('Sadyr Japarov -> Kassym-Jomart Tokayev');
  });

  it('should leave "you" in an interview answer unresolved', () => {
    const interview = `Aida Bekova on the water deal

Aida Bekova, a hydrologist in Osh, answered our questions.

— Is the deal good?

— I thank you for asking. The deal is good for the farmers of Osh.
`;
    expect(stancesOf(interview, 'inline/interview.txt').map((s) => s.target)).not.toContain('Aida Bekova');
  });
});

describe('an address by honorific and title', () => {
  const TALKS = `Kazakh-Kyrgyz talks in Bishkek

President of Kyrgyzstan Sadyr Japarov and President of Kazakhstan Kassym-Jomart Tokayev made statements for the press after their talks.

President of Kazakhstan Kassym-Jomart Tokayev: Mr President, ladies and gentlemen,

I would like to thank you for your hospitality. Your leadership has made the new border agreement possible.
`;

  it('should read "Mr President" as the one other person the text calls president', () => {
    expect(stancesOf(TALKS, 'inline/talks.txt').map((s) => `${s.holder} -> ${s.target}`)).toContain('Kassym-Jomart Tokayev -> Sadyr Japarov');
  });
});

describe('an address that opens the first sentence of a speech', () => {
  const REMARKS = `Foreign Minister Bakhtiyor Saidov and the Finnish Foreign Minister Elina Valtonen before their meeting

FOREIGN MINISTER SAIDOV: Minister Valtonen, it is my pleasure to welcome you to Tashkent.

FOREIGN MINISTER VALTONEN: Well, Mr. Minister, thank you. Thank you for the warm welcome.
`;
  const found = stancesOf(REMARKS, 'inline/remarks.txt').map((s) => `${s.holder} -> ${s.target}`);

  it('should read "you" as the person named before the first comma', () => {
    expect(found).toContain('Bakhtiyor Saidov -> Elina Valtonen');
  });

  it('should read "you" in a reply to another speaker\'s speech as that speaker', () => {
    const reply = `Foreign Minister Bakhtiyor Saidov and the Finnish Foreign Minister Elina Valtonen before their meeting

FOREIGN MINISTER SAIDOV: We are glad to host the Finnish delegation in Tashkent.

FOREIGN MINISTER VALTONEN: Thank you for the warm welcome.
`;
    expect(stancesOf(reply, 'inline/reply.txt').map((s) => `${s.holder} -> ${s.target}`)).toContain('Elina Valtonen -> Bakhtiyor Saidov');
  });

  it('should not read "you" in an answer to a question as the last official who spoke', () => {
    const briefing = `Foreign Minister Bakhtiyor Saidov and the Finnish Foreign Minister Elina Valtonen at a press availability

FOREIGN MINISTER SAIDOV: We are glad to host the Finnish delegation in Tashkent.

QUESTION: Minister Valtonen, what did you discuss?

FOREIGN MINISTER VALTONEN: Thank you for your question. We discussed trade.
`;
    expect(stancesOf(briefing, 'inline/briefing.txt').map((s) => `${s.holder} -> ${s.target}`)).not.toContain('Elina Valtonen -> Bakhtiyor Saidov');
  });
});

describe('"you" in a quote whose attribution says whom it was told to', () => {
  it('should read "you" as the person told ("..., X told Y", "X told Y: ...")', () => {
    const found = stancesOf('Media report\n\nASTANA – “You have done a great job for the region,” Kassym-Jomart Tokayev told Sadyr Japarov.').map(
      (s) => `${s.holder} -> ${s.target}`,
    );
    expect(found).toContain('Kassym-Jomart Tokayev -> Sadyr Japarov');
  });

  it('should read "you" as the person of a conversation the attribution names', () => {
    const found = stancesOf('Media report\n\nASTANA – “I thank you for your wise leadership,” Kassym-Jomart Tokayev said during a telephone conversation with Sadyr Japarov.').map(
      (s) => `${s.holder} -> ${s.target}`,
    );
    expect(found).toContain('Kassym-Jomart Tokayev -> Sadyr Japarov');
  });

  it('should leave "you" unresolved when the attribution names no one told', () => {
    const found = stancesOf('Media report\n\nASTANA – “You have done a great job,” Kassym-Jomart Tokayev said, standing next to Sadyr Japarov.').map(
      (s) => `${s.holder} -> ${s.target}`,
    );
    expect(found).not.toContain('Kassym-Jomart Tokayev -> Sadyr Japarov');
  });
});
