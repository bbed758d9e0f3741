/**
 * `npm run fuzz [-- --count 10000] [--seed 1] [--batch 25] [--case N]... [--out out/fuzz] [--quiet]`
 *
 * A property test of the whole import over generated articles and mutated real texts (see
 * src/fuzz/): every document imports or gets a clear KgError, the graph matches its schema, no
 * stance has the same holder and target, every quote is at its span. Prints progress and
 * documents/s, then the failures grouped by class; writes one shortest reproducing sample per
 * class to `<out>/<class>/docs/` (with a README.txt on how to replay it) and exits 1 when
 * anything failed.
 * `--case N` (repeatable) replays single cases of a run with the same seed.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCommandArgs } from '../src/cli/parse-args';
import { isKgError, KgError } from '../src/errors/kg-error';
import { loadKnowledge } from '../src/extract/knowledge-from-gazetteer';
import { loadSeedTexts } from '../src/fuzz/fuzz-cases';
import { DEFAULT_FUZZ_OPTIONS, formatFuzzSummary, runFuzz, type FuzzSummary } from '../src/fuzz/run-fuzz';

const ROOT = resolve(__dirname, '..');
const USAGE = 'npm run fuzz [-- --count 10000] [--seed 1] [--batch 25] [--case N]... [--out out/fuzz] [--quiet]';
/** Real texts to mutate: the sources to import, the seed interview, and the reader's own fixtures. */
const SEED_DIRS = ['import', 'test/fixtures/read'];

const OPTIONS = {
  count: { type: 'string' },
  seed: { type: 'string' },
  batch: { type: 'string' },
  case: { type: 'string', multiple: true },
  out: { type: 'string' },
  quiet: { type: 'boolean' },
} as const;

function positiveInteger(name: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new KgError('E_USAGE', 'fuzz', `--${name} must be a whole number of at least ${min}, got "${value}"; usage: ${USAGE}`);
  return n;
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 90);

/** One folder per failure class: the shortest document that shows it and a note on replaying it. */
function writeSamples(summary: FuzzSummary, outDir: string): string[] {
  // Samples of an earlier run go (each folder with our README.txt); nothing else is touched.
  if (existsSync(outDir)) for (const entry of readdirSync(outDir)) if (existsSync(join(outDir, entry, 'README.txt'))) rmSync(join(outDir, entry), { recursive: true, force: true });
  const written: string[] = [];
  for (const c of summary.classes.values()) {
    const dir = join(outDir, slug(c.name));
    // The documents in a folder of their own, so `kg import <dir>/docs` reads them and not the note.
    const docs = join(dir, 'docs');
    mkdirSync(docs, { recursive: true });
    const s = c.sample.fuzzCase;
    // A failure of a batch as a whole needs every document of it; otherwise the one is enough.
    for (const member of c.sample.batch ?? [s]) writeFileSync(join(docs, member.doc.name), member.doc.text);
    const note = [
      `class: ${c.name}${c.known ? ' (known)' : ''}`,
      `documents: ${c.count}`,
      `detail: ${c.detail}`,
      `case: ${s.index} of seed ${summary.seed}, from ${s.origin}${s.mutations.length ? ` + ${s.mutations.join(' + ')}` : ''}`,
      c.sample.batch
        ? `replay: npm run fuzz -- --seed ${summary.seed} ${c.sample.batch.map((m) => `--case ${m.index}`).join(' ')}`
        : `replay: npm run fuzz -- --seed ${summary.seed} --case ${s.index}`,
      `or import it: node bin/kg.js import ${c.sample.batch ? docs : join(docs, s.doc.name)} --out /tmp/fuzz-graph.json`,
      '',
    ].join('\n');
    writeFileSync(join(dir, 'README.txt'), note);
    written.push(join(docs, s.doc.name));
  }
  return written;
}

function main(argv: string[]): number {
  const { values } = parseCommandArgs('fuzz', argv, OPTIONS, { maxPositionals: 0, usage: USAGE });
  const options = {
    ...DEFAULT_FUZZ_OPTIONS,
    count: positiveInteger('count', values.count, DEFAULT_FUZZ_OPTIONS.count),
    seed: positiveInteger('seed', values.seed, DEFAULT_FUZZ_OPTIONS.seed, 0),
    batchSize: positiveInteger('batch', values.batch, DEFAULT_FUZZ_OPTIONS.batchSize),
    only: (values.case ?? []).map((c) => positiveInteger('case', c, 0, 0)),
  };
  const outDir = resolve(values.out ?? join(ROOT, 'out', 'fuzz'));
  const seeds = loadSeedTexts(SEED_DIRS.map((d) => join(ROOT, d)));
  const log = (line: string) => process.stderr.write(line);
  let lastReport = 0;
  const summary = runFuzz(options, {
    knowledge: loadKnowledge(),
    root: ROOT,
    seeds,
    onBatch: (done, total, s) => {
      if (values.quiet || (s.seconds - lastReport < 2 && done < total)) return;
      lastReport = s.seconds;
      const line = `fuzz: ${done}/${total} documents, ${(done / Math.max(s.seconds, 1e-9)).toFixed(0)}/s, ${s.failed} failed, ${s.classes.size} classes`;
      log(process.stderr.isTTY ? `\r${line}\x1b[K` : `${line}\n`);
    },
  });
  if (!values.quiet && process.stderr.isTTY) log('\n');
  process.stdout.write(`${formatFuzzSummary(summary).join('\n')}\n`);
  if (summary.classes.size > 0) {
    const written = writeSamples(summary, outDir);
    process.stdout.write(`samples (one per class, the shortest): ${written.length} under ${outDir}\n`);
  }
  return summary.failed > 0 ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(isKgError(error) ? `${error.message}\n` : `fuzz: internal error\n${(error as Error).stack}\n`);
  process.exitCode = isKgError(error) ? 1 : 70;
}
