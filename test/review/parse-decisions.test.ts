import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendDecision, undoDecision } from '../../src/review/decisions-file';
import { parseDecisions, readDecisionsFile } from '../../src/review/parse-decisions';
import { AT } from './fixtures';

const confirm = (who: string) => ({
  action: 'stance.confirm' as const,
  stance: { source: 'almaty-report', span: [4, 30] as [number, number], holder: 'n:dinara-sultanova', quote: 'q' },
  by: who,
  at: AT,
});

describe('the decisions file', () => {
  it('should read one decision a line, numbered by its line, skipping blank lines', () => {
    const text = `${JSON.stringify(confirm('ana'))}\n\n${JSON.stringify({ action: 'entity.reject', entity: 'n:almaty-hotel', by: 'bo', at: AT })}\n`;
    const { decisions, problems } = parseDecisions(text, 'decisions.jsonl');
    expect(problems).toEqual([]);
    expect(decisions.map((d) => [d.line, d.decision.action])).toEqual([
      [1, 'stance.confirm'],
      [3, 'entity.reject'],
    ]);
  });

  it('should give one problem a line, naming the file, the line and what is wrong', () => {
    const text = [
      '{"action":"stance.confirm"',
      JSON.stringify({ ...confirm('ana'), polarity: 'oppose' }),
      JSON.stringify({ action: 'entity.set-kind', entity: 'n:x', kind: 'Planet', by: 'a', at: AT }),
    ].join('\n');
    const { problems } = parseDecisions(text, 'import/review/decisions.jsonl');
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^import\/review\/decisions\.jsonl:1: not JSON/);
    expect(problems[1]).toMatch(/^import\/review\/decisions\.jsonl:2: not a decision: .*polarity/);
    expect(problems[2]).toMatch(/^import\/review\/decisions\.jsonl:3: not a decision: kind: /);
  });

  it('should refuse a file with a broken line as a whole, listing every problem, and read a missing file as no decisions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-decisions-'));
    const file = join(dir, 'decisions.jsonl');
    expect(readDecisionsFile(file)).toEqual([]);
    writeFileSync(file, `${JSON.stringify(confirm('ana'))}\nnot json\n`);
    expect(() => readDecisionsFile(file)).toThrow(expect.objectContaining({ code: 'E_DECISIONS', message: expect.stringContaining(`${file}:2: not JSON`) }));
  });

  it('should keep every decision of writers appending at once, and blank an undone line so the others keep their numbers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-decisions-'));
    const file = join(dir, 'review', 'decisions.jsonl');
    const lines = await Promise.all(Array.from({ length: 8 }, (_, i) => appendDecision(file, confirm(`analyst-${i}`))));
    expect([...lines].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(
      readDecisionsFile(file)
        .map((d) => d.decision.by)
        .sort(),
    ).toEqual(Array.from({ length: 8 }, (_, i) => `analyst-${i}`));
    const undone = await undoDecision(file, 3);
    expect(readDecisionsFile(file).map((d) => d.line)).toEqual([1, 2, 4, 5, 6, 7, 8]);
    expect(readFileSync(file, 'utf8').split('\n')[2]).toBe('');
    expect(undone.line).toBe(3);
    await expect(undoDecision(file, 3)).rejects.toMatchObject({ code: 'E_NOT_FOUND', message: expect.stringContaining('line 3') });
  });

  it('should refuse to append what is not a decision', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-decisions-'));
    await expect(appendDecision(join(dir, 'd.jsonl'), { ...confirm('ana'), by: '' })).rejects.toThrow();
  });
});
