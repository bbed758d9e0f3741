/**
 * `npx tsx scripts/count-rule-firings.ts [--count 300] [--dir import] [--json]`: how often each
 * stance-lexicon entry fires over a neutral corpus (the benchmark's generated articles plus the
 * texts under the given folders, `import/` by default), and which entries fire in one text only or
 * never. Never reads the evaluation corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../bench/generate-corpus';
import { parseCommandArgs } from '../src/cli/parse-args';
import { countRuleFirings } from '../src/eval/count-rule-firings';
import { STANCE_ENTRIES } from '../src/extract/stance-lexicon';

const { values } = parseCommandArgs(
  'count-rule-firings',
  process.argv.slice(2),
  { count: { type: 'string' }, dir: { type: 'string' }, json: { type: 'boolean' } },
  { maxPositionals: 0 },
);
const dir = values.dir ?? 'import';
const texts = [
  ...generateCorpus({ count: Number(values.count ?? 300) }).map((a) => ({ name: a.name, text: a.text })),
  ...readdirSync(dir)
    .filter((f) => /\.(txt|md)$/u.test(f))
    .map((f) => ({ name: join(dir, f), text: readFileSync(join(dir, f), 'utf8') })),
];
const firings = countRuleFirings(texts, STANCE_ENTRIES);
if (values.json) process.stdout.write(`${JSON.stringify({ texts: texts.length, firings }, null, 2)}\n`);
else {
  const once = firings.filter((f) => f.texts === 1);
  const never = firings.filter((f) => f.texts === 0);
  const lines = [`${texts.length} texts, ${firings.length} stance-lexicon entries`, '', 'hits  texts  entry'];
  for (const f of firings.filter((x) => x.hits > 0)) lines.push(`${String(f.hits).padStart(4)}  ${String(f.texts).padStart(5)}  ${f.rule}`);
  lines.push('', `fires in one text only (${once.length}):`, ...once.map((f) => `  ${f.rule}: ${f.firstText}`));
  lines.push('', `never fires (${never.length}): ${never.map((f) => f.rule).join('; ')}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}
