import { nameKey, piecesOf, tokenPieces } from '../../src/gazetteer/normalise-surface';

describe('nameKey', () => {
  it('should fold case, accents, dashes and apostrophes to one key', () => {
    expect(nameKey('Recep Tayyip Erdoğan')).toBe('recep tayyip erdogan');
    expect(nameKey('Nur–Sultan')).toBe('nur sultan');
    expect(nameKey('Kyrgyzstan—Tajikistan')).toBe('kyrgyzstan tajikistan');
    expect(nameKey('Tokayev’s')).toBe('tokayev');
    expect(nameKey("Qo'qon")).toBe('qoqon');
    expect(nameKey('U.S.')).toBe('us');
    expect(nameKey('  “Bloody January”  ')).toBe('bloody january');
  });

  it('should keep a web domain as part of the name', () => {
    expect(nameKey('CABAR.asia')).toBe('cabarasia');
    expect(nameKey('24.kg')).toBe('24kg');
  });
});

describe('piecesOf', () => {
  it('should keep the written case of each piece for acronym checks', () => {
    expect(piecesOf('RFE/RL').map((p) => p.exact)).toEqual(['RFE', 'RL']);
    expect(piecesOf('the Kremlin').map((p) => p.capitalised)).toEqual([false, true]);
  });
});

describe('tokenPieces', () => {
  it('should mark hyphens, slashes and possessives as joiners', () => {
    for (const t of ['-', '–', '/', "'s", '’s', '’']) expect(tokenPieces(t).joiner).toBe(true);
    expect(tokenPieces(',').joiner).toBe(false);
    expect(tokenPieces(',').pieces).toEqual([]);
  });

  it('should cut a compound suffix and keep the name', () => {
    const t = tokenPieces('Moscow-based');
    expect(t.pieces.map((p) => p.key)).toEqual(['moscow']);
    expect(t.suffix).toBe('based');
    expect(tokenPieces('Nur-Sultan').suffix).toBeUndefined();
  });

  it('should offer the name without its web domain as an alternative', () => {
    expect(tokenPieces('Vlast.kz').withoutDomain?.map((p) => p.key)).toEqual(['vlast']);
    expect(tokenPieces('24.kg').withoutDomain).toBeUndefined();
    expect(tokenPieces('Kazakhstan').withoutDomain).toBeUndefined();
  });

  it('should say when punctuation closes a name', () => {
    expect(tokenPieces('Kazakhstan;').closesName).toBe(true);
    expect(tokenPieces('Kazakhstan)').closesName).toBe(true);
    expect(tokenPieces('Kazakhstan,').closesName).toBe(false);
  });
});
