/**
 * One very large text (issue 9, part 3): work must stay linear in the size of the text. Imports,
 * each with `kg import` in a process of its own (wall time and peak memory are that import's):
 * a generated report of 2 MB and one of 20 MB (and how the cost grows per 10x: 10x is linear),
 * 5 MB with no line breaks (one paragraph), 5 MB with no spaces, and the 20 MB text under the
 * default size limit, which must be refused at once (`--max-size` raises it).
 * Targets: the 20 MB text in under 60 s and 1 GiB; the shapeless texts no slower per byte than
 * the 2 MB report.
 *
 *   npx tsx bench/large-text.bench.ts [--mb 20] [--shapeless-mb 5]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRandom, generateArticle, type Genre } from './generate-corpus';
import { type KgRun, runKg } from './run-kg';

const MB = 1_000_000;

/**
 * A report of about `bytes` characters: news, interview and analysis paragraphs in turn, each
 * part a generated article of its genre, so the text has one title and reads as one long piece.
 */
export function longReport(bytes: number, seed = 11): string {
  const rnd = createRandom(seed);
  const genres: Genre[] = ['news', 'interview', 'analysis'];
  const parts: string[] = [];
  let size = 0;
  for (let k = 0; size < bytes; k++) {
    const article = generateArticle(rnd, k, genres[k % genres.length]!, 2000).text;
    // Every article but the first loses its title line: one document, one headline.
    const body = k === 0 ? article : article.slice(article.indexOf('\n') + 1).replace(/^# .*\n/, '');
    parts.push(body.trim());
    size += body.length + 2;
  }
  return `${parts.join('\n\n').slice(0, bytes)}\n`;
}

interface Case {
  name: string;
  text: string;
  flags: string[];
  /** Expected to be refused (the size limit). */
  refused?: boolean;
}

function argValue(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

function main(): void {
  const argv = process.argv.slice(2);
  const large = Number(argValue(argv, '--mb') ?? 20);
  const shapeless = Number(argValue(argv, '--shapeless-mb') ?? 5);
  const small = large / 10;
  const raised = ['--max-size', `${Math.ceil(large * 1.5)}MB`];
  const base = longReport(large * MB);
  const cases: Case[] = [
    { name: `report ${small} MB`, text: base.slice(0, small * MB), flags: raised },
    { name: `report ${large} MB`, text: base, flags: raised },
    { name: `${shapeless} MB, no line breaks`, text: base.slice(0, shapeless * MB).replace(/\s*\n\s*/g, ' '), flags: raised },
    { name: `${shapeless} MB, no spaces`, text: base.slice(0, shapeless * MB).replace(/[ \t]+/g, ''), flags: raised },
    { name: `${large} MB, default limit`, text: base, flags: [], refused: true },
  ];
  const root = mkdtempSync(join(tmpdir(), 'kg-bench-large-'));
  const results: { c: Case; run: KgRun; bytes: number }[] = [];
  try {
    for (const [k, c] of cases.entries()) {
      const dir = join(root, `case-${k}`);
      mkdirSync(dir);
      const file = join(dir, 'large-text.txt');
      writeFileSync(file, c.text);
      process.stderr.write(`large-text.bench: ${c.name}\n`);
      const run = runKg(['import', file, '--out', join(dir, 'out', 'graph.json'), '--no-neo4j', '--jobs', '1', ...c.flags], {
        label: 'large-text.bench',
        expectFailure: c.refused || c.name.includes('no spaces'),
      });
      results.push({ c, run, bytes: Buffer.byteLength(c.text) });
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  const lines = ['large-text.bench: one text per import, --jobs 1'];
  lines.push('  case                          MB      time       s/MB     peak memory   outcome');
  for (const { c, run, bytes } of results) {
    const summary = run.stdout.trim().split('\n')[0] ?? '';
    const refusal = run.stderr.split('\n').find((l) => l.startsWith('kg: ')) ?? '';
    const outcome = run.status === 0 ? summary.replace(/\. Graph written to .*$/, '') : `exit ${run.status}: ${refusal.slice(0, 110)}`;
    lines.push(
      `  ${c.name.padEnd(28)}  ${(bytes / MB).toFixed(1).padStart(5)}  ${run.seconds.toFixed(1).padStart(7)} s  ${(run.seconds / (bytes / MB)).toFixed(2).padStart(7)}  ${run.peakMiB.toFixed(0).padStart(8)} MiB   ${outcome}`,
    );
  }
  const [two, twenty] = [results[0]!, results[1]!];
  const growth = (twenty.run.seconds / two.run.seconds) ** (Math.log(10) / Math.log(twenty.bytes / two.bytes));
  lines.push(`  growth ${small} MB -> ${large} MB: time ${growth.toFixed(1)}x per 10x (10x is linear)`);
  lines.push(
    `  targets: ${large} MB in < 60 s ${twenty.run.status === 0 && twenty.run.seconds < 60 ? 'met' : 'NOT met'}; < 1024 MiB ${twenty.run.peakMiB < 1024 ? 'met' : 'NOT met'}; default limit refuses it ${results[4]!.run.status === 1 ? 'met' : 'NOT met'}`,
  );
  console.log(lines.join('\n'));
}

if (require.main === module) main();
