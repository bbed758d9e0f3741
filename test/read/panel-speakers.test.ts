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
