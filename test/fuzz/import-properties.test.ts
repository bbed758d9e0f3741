/**
 * The bounded sample of `npm run fuzz`: generated articles and mutated real texts through the
 * real pipeline, every invariant checked. The full run (10,000 documents or more) is
 * `npm run fuzz`; this one keeps a fixed seed so a failure here replays there with
 * `npm run fuzz -- --seed 7 --case N`.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sourceKey } from '../../schema/keys';
import type { DocumentExtraction } from '../../schema/records';
import { loadKnowledge } from '../../src/extract/knowledge-from-gazetteer';
import type { Knowledge } from '../../src/extract/knowledge';
import { checkBatch } from '../../src/fuzz/check-batch';
import { checkExtraction, checkGraphExport } from '../../src/fuzz/check-properties';
import { DEFAULT_FUZZ_CASE_OPTIONS, fuzzCase, loadSeedTexts } from '../../src/fuzz/fuzz-cases';
import { MUTATIONS } from '../../src/fuzz/mutations';
import { DEFAULT_FUZZ_OPTIONS, formatFuzzSummary, runFuzz } from '../../src/fuzz/run-fuzz';
import { importSources } from '../../src/pipeline/import-sources';
import { docFromText } from '../helpers/doc-from-text';
import { extractDocument } from '../../src/extract/extract-document';

const ROOT = resolve(__dirname, '../..');
const SAMPLE = 150;
const SEED = 7;
/** Shorter generated articles than the full run: the sample is about variety, not length. */
const SAMPLE_CASES = { ...DEFAULT_FUZZ_CASE_OPTIONS, maxWords: 300 };

describe('the import on generated and mutated documents', () => {
  const knowledge = loadKnowledge();
  const seeds = loadSeedTexts([join(ROOT, 'import'), join(ROOT, 'test/fixtures/read')]);

  it(`should import or refuse with a clear KgError each of ${SAMPLE} documents, keeping every invariant`, () => {
    const summary = runFuzz({ ...DEFAULT_FUZZ_OPTIONS, count: SAMPLE, seed: SEED, cases: SAMPLE_CASES }, { knowledge, root: ROOT, seeds });
    const unknown = [...summary.classes.values()].filter((c) => !c.known);
    // The summary names each class with a case number to replay; print it when anything broke.
    expect(unknown.length === 0 ? 'no failures' : formatFuzzSummary(summary).join('\n')).toBe('no failures');
    expect(summary.documents).toBe(SAMPLE);
    // Most documents must get through: a sample that is all refusals tests nothing.
    expect(summary.imported).toBeGreaterThan(SAMPLE * 0.7);
    expect(summary.checked.stances).toBeGreaterThan(SAMPLE);
    expect(summary.checked.relations).toBeGreaterThan(SAMPLE);
    // About 15 s on an idle core; the margin is for a suite sharing two cores.
  }, 180_000);

  it('should import a sample written to disk through importSources with every quote at its span', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-fuzz-'));
    const cases = Array.from({ length: 24 }, (_, i) => fuzzCase(1000 + i, seeds, { ...DEFAULT_FUZZ_CASE_OPTIONS, seed: SEED }));
    for (const c of cases) writeFileSync(join(dir, c.doc.name), c.doc.text);
    const result = await importSources([dir], { knowledge });
    for (const failure of result.failures) expect(failure.message).toContain(dir);
    expect(result.imported.length + result.failures.length).toBe(cases.length);
    // The file as a user has it, decoded as UTF-8 without its BOM: spans must point into that, not into what the reader made of it.
    const texts = new Map(result.extractions.map((x) => [sourceKey(x.source.id), readFileSync(x.source.path, 'utf8').replace(/^\uFEFF/, '')]));
    const problems = checkGraphExport(result.graph.export(), (key) => texts.get(key));
    expect([...problems.values()].flat()).toEqual([]);
    expect(result.graph.filterNodes((_, a) => a.kind === 'Stance').length).toBeGreaterThan(0);
  });

  it('should draw every mutation at least once in the sample', () => {
    const used = new Set(Array.from({ length: SAMPLE }, (_, i) => fuzzCase(i, seeds, { ...SAMPLE_CASES, seed: SEED }).mutations).flat());
    expect(MUTATIONS.map((m) => m.name).filter((name) => !used.has(name))).toEqual([]);
  });
});

describe('the fuzz checks themselves', () => {
  const knowledge = loadKnowledge();
  const text = 'Rights group criticises water deal\n\nThe Bureau of Water Policy criticised Tajikistan over the new water deal, Zarina Kulova said.\n';

  it('should report a quote that is not at its span and a stance whose holder is its target', () => {
    const x: DocumentExtraction = extractDocument(docFromText(text, 'inline/water.txt'), knowledge);
    const entity = x.entities[0]!.id;
    const broken: DocumentExtraction = {
      ...x,
      stances: [{ id: 's1', holder: entity, target: entity, polarity: 'oppose', code: '111', confidence: 0.5, source: x.source.id, span: [0, 6], quote: 'Bureau' }],
    };
    const classes = checkExtraction(broken).map((f) => f.class);
    expect(classes).toContain('property: stance-holder-is-not-target');
    expect(classes).toContain('property: quote-at-span (stance)');
  });

  it('should classify an error that is not a KgError as internal, by its name and first frame in src/', () => {
    const failing = new Proxy(knowledge, {
      get(target, prop, receiver) {
        if (prop === 'matchAt')
          return () => {
            throw new TypeError('broken gazetteer');
          };
        return Reflect.get(target, prop, receiver);
      },
    }) as Knowledge;
    const [result] = checkBatch([{ index: 0, origin: 'inline', mutations: [], doc: { name: 'water.txt', text } }], { knowledge: failing, root: ROOT });
    expect(result!.outcome).toBe('failed');
    expect(result!.failures[0]!.class).toMatch(/^TypeError at src\/[\w/-]+\.ts:\d+$/);
  });

  it('should count a refused document as a clear error naming the file, not as a failure', () => {
    const [result] = checkBatch([{ index: 0, origin: 'inline', mutations: [], doc: { name: 'blank.txt', text: ' \n\u200b\n' } }], { knowledge, root: ROOT });
    expect(result!.outcome).toBe('refused');
    expect(result!.refusal).toBe('E_EMPTY');
    expect(result!.failures).toEqual([]);
  });
});
