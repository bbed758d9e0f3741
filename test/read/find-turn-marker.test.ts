import { dashedTurnKinds, dashedTurnsAlternate, dashMarkerEnd } from '../../src/read/find-turn-marker';

describe('dashMarkerEnd', () => {
  const end = (text: string) => dashMarkerEnd(text, [0, text.length]);

  it('should find where the words start after an en dash, an em dash or a hyphen', () => {
    expect(end('– Why now?')).toBe(2);
    expect(end('—Because the water is gone.')).toBe(1);
    expect(end('-We did.')).toBe(1);
    expect(end('– 30 percent of the harvest was lost.')).toBe(2);
  });

  it('should not read a minus sign, a rule or a plain paragraph as a turn marker', () => {
    expect(end('-5 degrees at night.')).toBeNull();
    expect(end('-- signed, the editors')).toBeNull();
    expect(end('The talks resumed.')).toBeNull();
  });
});

describe('dashedTurnsAlternate', () => {
  it('should want dashed questions followed by dashed answers', () => {
    expect(dashedTurnsAlternate([true, true, true, true], [true, false, true, false], false)).toBe(true);
    expect(dashedTurnsAlternate([true, true], [true, false], true)).toBe(true);
    expect(dashedTurnsAlternate([true, true], [true, false], false)).toBe(false);
    expect(dashedTurnsAlternate([true, true, true], [false, false, false], true)).toBe(false);
  });
});

describe('dashedTurnKinds', () => {
  const all = (n: number) => Array.from({ length: n }, () => true);

  it('should carry a dash over the undashed paragraphs after it, as a question up to its "?" and as an answer after', () => {
    // intro | – remark | question? | – answer | answer | – question? | answer
    expect(dashedTurnKinds([false, true, false, true, false, true, false], [false, false, true, false, false, true, false], all(7))).toEqual([
      null,
      'question',
      'question',
      'answer',
      'answer',
      'question',
      'answer',
    ]);
  });

  it('should read the run after a question that closed its run as the answer, even when it ends in "?"', () => {
    expect(dashedTurnKinds([true, true], [true, true], all(2))).toEqual(['question', 'answer']);
  });

  it('should read a long paragraph with a "?" as no question', () => {
    expect(dashedTurnKinds([true, false], [false, true], [true, false])).toEqual(['answer', 'answer']);
  });

  it('should read a short request between dashed answers as a question only where answers are dashed twice or more', () => {
    const dashed = all(6);
    const question = [true, false, false, false, true, false];
    expect(dashedTurnKinds(dashed, question, all(6), [30, 200, 40, 120, 30, 80])).toEqual(['question', 'answer', 'question', 'answer', 'question', 'answer']);
    expect(dashedTurnKinds(all(4), [true, false, false, false], all(4), [30, 200, 40, 120])).toEqual(['question', 'answer', 'answer', 'answer']);
  });
});

describe('dashMarkerEnd with other dashes', () => {
  it('should read a horizontal bar, a figure dash and a minus sign before a word as turn markers, not a minus before a digit', () => {
    expect(dashMarkerEnd('― Why?', [0, 6])).toBe(2);
    expect(dashMarkerEnd('‒ Yes.', [0, 6])).toBe(2);
    expect(dashMarkerEnd('− No.', [0, 5])).toBe(2);
    expect(dashMarkerEnd('−5 degrees', [0, 10])).toBeNull();
  });
});
