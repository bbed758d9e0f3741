/**
 * `kg import` applies the decisions beside the sources without being asked, warns about stale
 * ones by line, refuses a decisions file that does not parse, and `kg review list|undo` show and
 * take back decisions, all through the real CLI and the real pipeline.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { SerializedGraph, StanceNodeAttributes } from '../../schema/graph-json';
import { stanceRefOfNode } from '../../src/review/stance-ref';
import { AT } from '../review/fixtures';

const KG = resolve(__dirname, '../../bin/kg.js');

function kg(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [KG, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NEO4J_URI: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const REPORT = `Parliament debate in Bishkek

BISHKEK, March 3 (Reuters) - Kyrgyz opposition leader Temir Asanov criticised President Sadyr Japarov on Tuesday, saying the new media law would silence independent reporters.

Aigul Nurlanova, a lawyer with the Adilet legal clinic, condemned the Interior Ministry for detaining journalists in Osh.
`;

const stances = (graph: SerializedGraph) => graph.nodes.filter((n) => n.attributes.kind === 'Stance').map((n) => n.attributes as StanceNodeAttributes);

describe('kg import with review decisions, and kg review', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-review-cli-'));
  const sources = join(dir, 'import');
  const out = join(dir, 'out', 'graph.json');
  const decisions = join(sources, 'review', 'decisions.jsonl');
  mkdirSync(join(sources, 'review'), { recursive: true });
  writeFileSync(join(sources, 'bishkek.txt'), REPORT);
  const first = kg(['import', sources, '--out', out, '--jobs', '1'], dir);
  const graph = JSON.parse(readFileSync(out, 'utf8')) as SerializedGraph;
  const [rejected, corrected] = stances(graph);

  it('should find stances to decide on in the report', () => {
    expect(first.status).toBe(0);
    expect(stances(graph).length).toBeGreaterThanOrEqual(2);
  });

  it('should apply the decisions beside the sources on the next import and warn about a stale one by its line', () => {
    const lines = [
      { action: 'stance.reject', stance: stanceRefOfNode(rejected!), by: 'ana', at: AT },
      { action: 'stance.correct', stance: stanceRefOfNode(corrected!), polarity: 'mixed', by: 'bo', at: AT },
      { action: 'entity.rename', entity: 'n:nobody-at-all', label: 'Somebody', by: 'bo', at: AT },
    ];
    writeFileSync(decisions, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    const again = kg(['import', sources, '--out', out, '--jobs', '1'], dir);
    expect(again.status).toBe(0);
    expect(again.stderr).toContain(`kg: import: warning: ${decisions}:3: stale decision, not applied: no entity "n:nobody-at-all" in the graph`);
    expect(again.stdout).toContain('Review: 2 decisions applied, 1 stale');
    const after = stances(JSON.parse(readFileSync(out, 'utf8')));
    expect(after.find((s) => s.quote === rejected!.quote && s.target === rejected!.target)).toBeUndefined();
    expect(after.find((s) => s.quote === corrected!.quote && s.target === corrected!.target)).toMatchObject({ polarity: 'mixed', reviewed: 'corrected', reviewedBy: 'bo' });
  });

  it('should list the decisions with their lines, and with --stale only the stale one', () => {
    const all = kg(['review', 'list', '--out', out], dir);
    expect(all.status).toBe(0);
    expect(all.stdout).toMatch(/^ {3}1 {2}stance\.reject /m);
    expect(all.stdout).toContain('3 decisions, 1 stale');
    const stale = kg(['review', 'list', '--stale', '--out', out, '--json'], dir);
    expect(JSON.parse(stale.stdout).map((r: { line: number }) => r.line)).toEqual([3]);
  });

  it('should undo a decision by its line and rewrite the graph at once', () => {
    const undo = kg(['review', 'undo', '1', '--out', out], dir);
    expect(undo.status).toBe(0);
    expect(undo.stdout).toContain('Undid line 1');
    const after = stances(JSON.parse(readFileSync(out, 'utf8')));
    expect(after.find((s) => s.quote === rejected!.quote && s.target === rejected!.target)).toBeDefined();
    expect(kg(['review', 'undo', '1', '--out', out], dir).stderr).toContain('line 1 of');
  });

  it('should report the decisions of a changed sentence stale on the next import, and apply them to no other sentence', () => {
    const text = readFileSync(join(sources, 'bishkek.txt'), 'utf8');
    writeFileSync(join(sources, 'bishkek.txt'), text.replace(corrected!.quote, `Earlier this year, ${corrected!.quote}`));
    const changed = kg(['import', sources, '--out', out, '--jobs', '1'], dir);
    expect(changed.status).toBe(0);
    expect(changed.stderr).toContain(`${decisions}:2: stale decision, not applied: no stance of`);
    expect(stances(JSON.parse(readFileSync(out, 'utf8'))).filter((s) => s.reviewed)).toEqual([]);
  });

  it('should refuse a decisions file that does not parse with one line naming the file and line, and write nothing', () => {
    const before = statSync(out).mtimeMs;
    writeFileSync(decisions, `${readFileSync(decisions, 'utf8')}{"action": "stance.confirm"}\n`);
    const broken = kg(['import', sources, '--out', out, '--jobs', '1'], dir);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(`${decisions}:4: not a decision`);
    expect(statSync(out).mtimeMs).toBe(before);
  });

  it('should not read the decisions file as a source, and print its usage for --help', () => {
    expect(existsSync(join(dir, 'out', 'graph.sources'))).toBe(true);
    const graphNow = JSON.parse(readFileSync(out, 'utf8')) as SerializedGraph;
    expect(graphNow.nodes.filter((n) => n.attributes.kind === 'Source')).toHaveLength(1);
    expect(kg(['review', '--help'], dir).stdout).toMatch(/^Usage: kg review list/);
  });
});
