import { dashedTurnsAlternate, dashMarkerEnd } from '../../src/read/find-turn-marker';

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
