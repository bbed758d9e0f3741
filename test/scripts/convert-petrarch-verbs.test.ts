import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { convert, parseVerbBlocks } from '../../scripts/convert-petrarch-verbs';

const DICTIONARY = `# header
####### VERB PATTERNS #######
---  DENOUNCE   [111]  ---
CRITICIZE
DENOUNCE  # a comment
FLOG {FLOGS FLOGGING FLOGGED } [180]
- * SANCTIONS                                         [053]         # DENOUNCE

---  ARREST   [173]  ---
DETAIN
+CRACK_DOWN

---  CONSULT   [040]  ---
DISCUSS

---  DEMAND   [100]  ---
PRESS
DEMAND
`;

describe('convert-petrarch-verbs', () => {
  it('should read verb blocks with their codes and skip the phrase patterns', () => {
    const verbs = parseVerbBlocks(DICTIONARY);
    expect(verbs.map((v) => [v.lemma, v.code])).toEqual([
      ['criticize', '111'],
      ['denounce', '111'],
      ['flog', '180'],
      ['detain', '173'],
      ['crack down', '173'],
      ['discuss', '040'],
      ['press', '100'],
      ['demand', '100'],
    ]);
    expect(verbs.find((v) => v.lemma === 'flog')?.irregular).toEqual(['flogs', 'flogging', 'flogged']);
  });

  it('should make stances of verbal codes and events of physical ones, leaving out consultations and ambiguous verbs', () => {
    const { file } = convert(DICTIONARY);
    const byLemma = new Map(file.entries.map((e) => [e.lemma, e]));
    expect(byLemma.get('criticize')).toMatchObject({ kind: 'evaluative', polarity: 'oppose', code: '111', subjectHolds: true });
    expect(byLemma.get('detain')).toMatchObject({ kind: 'event', code: '173' });
    expect(byLemma.get('detain')?.polarity).toBeUndefined();
    expect(byLemma.get('demand')).toMatchObject({ kind: 'appeal', code: '100' });
    expect(byLemma.has('discuss')).toBe(false);
    expect(byLemma.has('press')).toBe(false);
    expect(byLemma.has('flog')).toBe(false);
  });

  it('should give every kept verb an example in which wink-nlp finds it', () => {
    const { file } = convert(DICTIONARY);
    expect(file.entries.find((e) => e.lemma === 'crack down')?.example).toMatch(/cracked down/);
  });

  const vendored = '/work/shared/vendor/petrarch2/CAMEO.2.0.txt';
  const committed = path.resolve(__dirname, '../../gazetteer/lexicon/cameo-verbs.json');
  (existsSync(vendored) ? it : it.skip)('should match the committed cameo-verbs.json (rerun npx tsx scripts/convert-petrarch-verbs.ts)', () => {
    const { file } = convert(readFileSync(vendored, 'utf8'));
    expect(JSON.parse(readFileSync(committed, 'utf8'))).toEqual(file);
  });
});
