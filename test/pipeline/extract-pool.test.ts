import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtractJob } from '../../src/pipeline/extract-one';
import { extractInPool } from '../../src/pipeline/extract-pool';

const TEXTS = [
  'Tajik lawyer criticises court ruling\n\nDUSHANBE – Farrukh Nazarov, a lawyer with the Dushanbe-based group Huquq, said on Tuesday that the ruling was unfair. "The court ignored every witness," Nazarov said.',
  'Uzbek ministry praises new water deal\n\nThe Uzbek foreign ministry welcomed the agreement with Kazakhstan and said it would help farmers in both countries.',
  'Kazakh activists call for release of blogger\n\nActivists in Almaty called on the authorities to release the blogger Marat Seitov, who was detained last week.',
  '   \n',
  'Kyrgyz parliament debates media law\n\nDeputies in Bishkek debated the draft law on Wednesday. The journalist union condemned the draft as an attack on free speech.',
];

function writeJobs(): ExtractJob[] {
  const dir = mkdtempSync(join(tmpdir(), 'kg-pool-'));
  return TEXTS.map((text, index) => {
    const path = join(dir, `doc-${index}.txt`);
    writeFileSync(path, text);
    return { index, path };
  });
}

describe('extractInPool', () => {
  const jobs = writeJobs();

  it('should give the same outcomes, in job order, with one worker and with two', async () => {
    const one = await extractInPool(jobs, { jobs: 1 });
    const two = await extractInPool(jobs, { jobs: 2 });
    expect(one.map((o) => o.index)).toEqual([0, 1, 2, 3, 4]);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });

  it('should return a bad document as a user error and still extract the others', async () => {
    const outcomes = await extractInPool(jobs, { jobs: 2 });
    expect(outcomes.filter((o) => o.ok).length).toBe(4);
    const empty = outcomes[3]!;
    expect(empty.ok).toBe(false);
    expect(!empty.ok && 'userError' in empty && empty.userError.code).toBe('E_EMPTY');
  });

  it('should fail only the document whose worker died and give the rest to a new worker', async () => {
    // A worker that dies on doc-2 and otherwise answers like the real one (without extracting).
    const dying = `
      const { parentPort } = require('node:worker_threads');
      parentPort.on('message', (job) => {
        if (job.path.endsWith('doc-2.txt')) process.exit(3);
        parentPort.postMessage({ index: job.index, path: job.path, ok: false, userError: { code: 'E_TEST', message: 'answered' } });
      });
      parentPort.postMessage({ ready: true });`;
    const outcomes = await extractInPool(jobs, { jobs: 2, workerSource: dying });
    expect(outcomes.map((o) => o.index)).toEqual([0, 1, 2, 3, 4]);
    const died = outcomes[2]!;
    expect(!died.ok && 'internal' in died && died.internal.name).toBe('WorkerDied');
    expect(outcomes.filter((o) => !o.ok && 'userError' in o).length).toBe(4);
  });

  it('should run the jobs in this thread when no worker can start', async () => {
    const outcomes = await extractInPool(jobs, { jobs: 2, workerSource: 'throw new Error("no tsx here")' });
    expect(outcomes.filter((o) => o.ok).length).toBe(4);
  });
});
