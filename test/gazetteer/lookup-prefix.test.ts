import { loadGazetteer } from '../../src/gazetteer/load-gazetteer';

const g = loadGazetteer();
/** Split on spaces, as a simple tokenizer with punctuation as separate tokens would. */
const tokens = (text: string) => text.split(' ');
const matchAt = (text: string, start = 0) => {
  const m = g.lookupPrefix(tokens(text), start);
  return m && { label: m.entry.label, length: m.length, via: m.via, ...(m.suffix ? { suffix: m.suffix } : {}) };
};

/** Every gazetteer name found in a text by a left-to-right longest-match scan. */
function scan(text: string): string[] {
  const toks = tokens(text);
  const found: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const m = g.lookupPrefix(toks, i);
    if (!m) continue;
    found.push(`${toks.slice(i, i + m.length).join(' ')} => ${m.entry.label}`);
    i += m.length - 1;
  }
  return found;
}

describe('lookupPrefix', () => {
  it("should prefer the longest name: 'OSCE Representative for Freedom of the Media' beats 'OSCE'", () => {
    expect(matchAt('OSCE Representative for Freedom of the Media said')).toEqual({
      label: 'OSCE Representative on Freedom of the Media',
      length: 7,
      via: 'alias',
    });
    expect(matchAt('OSCE said')).toMatchObject({ label: 'Organization for Security and Co-operation in Europe', length: 1, via: 'acronym' });
  });

  it('should prefer a government name over the demonym inside it', () => {
    expect(matchAt('Kazakh authorities said')).toMatchObject({ label: 'Government of Kazakhstan', length: 2 });
    expect(matchAt('Kazakh human rights expert')).toMatchObject({ label: 'Kazakhstan', length: 1, via: 'demonym' });
  });

  it('should not start a match at a lower-case article but find the name after it', () => {
    expect(matchAt('the Norwegian Helsinki Committee')).toBeUndefined();
    expect(matchAt('the Norwegian Helsinki Committee', 1)).toMatchObject({ label: 'Norwegian Helsinki Committee', length: 3 });
  });

  it('should match acronyms only in their exact case in running text', () => {
    expect(matchAt('UN experts')).toMatchObject({ label: 'UN Special Rapporteurs', length: 2 });
    expect(matchAt('UN officials')).toMatchObject({ label: 'United Nations', length: 1, via: 'acronym' });
    expect(matchAt('un officials')).toBeUndefined();
    expect(matchAt('let us go')).toBeUndefined();
    expect(matchAt('us', 0)).toBeUndefined();
  });

  it('should require capitals where the name has them, except in head words', () => {
    expect(matchAt('turkey')).toBeUndefined();
    expect(matchAt('Turkey')).toMatchObject({ label: 'Turkey' });
    expect(matchAt('human rights watch')).toBeUndefined();
    expect(matchAt('The diplomat said')).toBeUndefined();
    expect(matchAt('The Diplomat reported')).toMatchObject({ label: 'The Diplomat', length: 2 });
    expect(matchAt('Norwegian Helsinki committee')).toMatchObject({ label: 'Norwegian Helsinki Committee', length: 3 });
    expect(matchAt('government of Kazakhstan')).toMatchObject({ label: 'Government of Kazakhstan', length: 3 });
  });

  it('should accept names written in capitals', () => {
    expect(matchAt('KAZAKHSTAN')).toMatchObject({ label: 'Kazakhstan' });
  });

  it('should skip hyphens, slashes and possessives between the words of a name', () => {
    expect(matchAt('Nur - Sultan')).toMatchObject({ label: 'Astana', length: 3 });
    expect(matchAt('RFE / RL')).toMatchObject({ label: 'Radio Free Europe/Radio Liberty', length: 3 });
    expect(matchAt("Kazakhstan 's authorities")).toMatchObject({ label: 'Government of Kazakhstan', length: 3 });
    expect(matchAt('Tokayev ’s speech')).toMatchObject({ label: 'Kassym-Jomart Tokayev', length: 1 });
  });

  it('should read tokens that carry their punctuation', () => {
    expect(matchAt('(CSTO), which')).toMatchObject({ label: 'Collective Security Treaty Organization', length: 1 });
    expect(matchAt('“Bloody January”')).toMatchObject({ label: 'January 2022 unrest in Kazakhstan', length: 2 });
    expect(matchAt('Tokayev’s speech')).toMatchObject({ label: 'Kassym-Jomart Tokayev', length: 1 });
  });

  it("should resolve 'Moscow-based' to Moscow and say how it was compounded", () => {
    expect(matchAt('Moscow-based news outlet')).toEqual({ label: 'Moscow', length: 1, via: 'name', suffix: 'based' });
    expect(matchAt('Russia-led alliance')).toMatchObject({ label: 'Russia', suffix: 'led' });
    expect(matchAt('Kremlin-backed media')).toMatchObject({ label: 'Government of Russia', suffix: 'backed' });
  });

  it('should match a media name with a domain ending as one token', () => {
    expect(matchAt('CABAR.asia analytical platform')).toMatchObject({ label: 'CABAR.asia', length: 1 });
    expect(matchAt('Orda.kz reported')).toMatchObject({ label: 'Orda.kz', length: 1 });
  });

  it('should read a web name that the tokenizer split at its dot', () => {
    expect(matchAt('CABAR . asia spoke with')).toMatchObject({ label: 'CABAR.asia', length: 3 });
    expect(matchAt('24 . kg reported')).toMatchObject({ label: '24.kg', length: 3 });
    expect(matchAt('Vlast . kz reported')).toMatchObject({ label: 'Vlast.kz', length: 3 });
    expect(matchAt('Fergana . ru reported')).toMatchObject({ label: 'Fergana News', length: 3 });
  });

  it('should read a web name whose dot the tokenizer replaced by a one-dot leader (U+2024)', () => {
    expect(matchAt('CABAR\u2024asia spoke with')).toMatchObject({ label: 'CABAR.asia', length: 1 });
    expect(matchAt('24\u2024kg reported')).toMatchObject({ label: '24.kg', length: 1 });
  });

  it('should not glue a sentence end to the next word', () => {
    expect(matchAt('Kazakhstan . No one')).toMatchObject({ label: 'Kazakhstan', length: 1 });
    expect(matchAt('Moscow . media')).toMatchObject({ label: 'Moscow', length: 1 });
  });

  it("should report the suffix of 'Moscow - based' split into three tokens", () => {
    expect(matchAt('Moscow - based outlet')).toEqual({ label: 'Moscow', length: 1, via: 'name', suffix: 'based' });
    expect(matchAt('Nur - Sultan - based')).toMatchObject({ label: 'Astana', length: 3, suffix: 'based' });
  });

  it('should not return a shared name without a preferred entry', () => {
    expect(matchAt('Berdimuhamedow said')).toBeUndefined();
    expect(matchAt('Serdar Berdimuhamedow said')).toMatchObject({ label: 'Serdar Berdimuhamedow', length: 2 });
  });

  it('should find every known name in a short news paragraph', () => {
    const text =
      'In Almaty , the Kazakh government thanked CSTO forces , while Human Rights Watch and Amnesty International urged the UN Human Rights Council and the European Parliament to act . Moscow-based Fergana News and RFE/RL reported that President Tokayev met Putin in the Kremlin .';
    expect(scan(text)).toEqual([
      'Almaty => Almaty',
      'Kazakh government => Government of Kazakhstan',
      'CSTO forces => CSTO peacekeeping forces',
      'Human Rights Watch => Human Rights Watch',
      'Amnesty International => Amnesty International',
      'UN Human Rights Council => United Nations Human Rights Council',
      'European Parliament => European Parliament',
      'Moscow-based => Moscow',
      'Fergana News => Fergana News',
      'RFE/RL => Radio Free Europe/Radio Liberty',
      'Tokayev => Kassym-Jomart Tokayev',
      'Putin => Vladimir Putin',
      'Kremlin => Government of Russia',
    ]);
  });

  it('should return nothing at the end of the tokens or on punctuation', () => {
    expect(g.lookupPrefix(['Kazakhstan'], 1)).toBeUndefined();
    expect(g.lookupPrefix([',', 'Kazakhstan'], 0)).toBeUndefined();
    expect(g.lookupPrefix(['-', 'Kazakhstan'], 0)).toBeUndefined();
  });
});

describe('lookupTitlePrefix and lookupGroupNounPrefix', () => {
  it('should find the longest person title in any case', () => {
    const t = g.lookupTitlePrefix(tokens('senior policy adviser at the Committee'), 0);
    expect(t).toMatchObject({ length: 3, value: { title: 'Adviser', relation: 'works-for' } });
    expect(g.lookupTitlePrefix(tokens('Prime Minister Smailov'), 0)).toMatchObject({ length: 2, value: { title: 'Prime Minister' } });
    expect(g.lookupTitlePrefix(tokens('Foreign Minister Lavrov'), 0)).toMatchObject({ length: 2, value: { title: 'Foreign Minister' } });
  });

  it('should map group-noun variants to their canonical group', () => {
    expect(g.lookupGroupNounPrefix(tokens('human rights defenders and journalists'), 0)).toMatchObject({
      length: 3,
      value: { label: 'human rights defenders' },
    });
    expect(g.lookupGroupNounPrefix(tokens('the demonstrators'), 1)).toMatchObject({ length: 1, value: { label: 'protesters' } });
    expect(g.lookupGroupNounPrefix(tokens('foreign troops should withdraw'), 0)).toMatchObject({ length: 2, value: { label: 'foreign troops' } });
    expect(g.lookupGroupNounPrefix(tokens('the weather'), 1)).toBeUndefined();
    expect(g.lookupGroupNounPrefix(tokens('human rights activists'), 0)).toMatchObject({ value: { label: 'human rights defenders' } });
    expect(g.lookupGroupNounPrefix(tokens('human rights organizations'), 0)).toMatchObject({ value: { label: 'NGOs' } });
    expect(g.lookupGroupNounPrefix(tokens('the international community'), 0)).toBeUndefined();
    expect(g.lookupGroupNounPrefix(tokens('the international community'), 1)).toMatchObject({ length: 2, value: { label: 'international community' } });
  });
});

describe('every name in the data', () => {
  const shared = new Set(g.entries.flatMap((e) => [e.label, ...e.aliases]).filter((name) => g.lookupCandidates(name).length > 1));

  it('should be found again by lookupName, as written', () => {
    const lost: string[] = [];
    for (const entry of g.entries) {
      const names = [...entry.aliases, ...entry.acronyms, ...(entry.acronyms.includes(entry.label) ? [] : [entry.label])];
      for (const name of names) {
        if (shared.has(name)) continue;
        if (g.lookupName(name) !== entry) lost.push(`${name} -> ${g.lookupName(name)?.label ?? 'nothing'} (expected ${entry.label})`);
      }
    }
    expect(lost).toEqual([]);
  });

  it('should be found whole by lookupPrefix when written as space-separated tokens', () => {
    const lost: string[] = [];
    for (const entry of g.entries) {
      for (const name of [entry.label, ...entry.aliases, ...entry.acronyms]) {
        const bare = name.replace(/^the\s+/, '');
        if (shared.has(name) || (bare === entry.label && entry.acronyms.includes(entry.label) && name !== entry.label)) continue;
        const toks = bare.split(' ');
        const m = g.lookupPrefix(toks, 0);
        if (m?.entry !== entry || m.length !== toks.length) lost.push(`${bare} -> ${m ? `${m.entry.label} (${m.length})` : 'nothing'}`);
      }
    }
    expect(lost).toEqual([]);
  });
});
