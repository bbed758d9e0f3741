import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeStaleTempFiles, writeFileAtomic } from '../../src/write/write-file-atomic';

/** The pid of a process that has exited, so certainly not running any more. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('writeFileAtomic', () => {
  it('should remove the temporary files a killed writer left, on the next write into the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-atomic-'));
    const dead = deadPid();
    const stale = [`.graph.json.${dead}.1700000000000.tmp`, `.a%20b.json.${dead}.1700000000001.tmp`];
    for (const name of stale) writeFileSync(join(dir, name), '');
    const live = `.graph.json.${process.ppid}.1700000000002.tmp`;
    writeFileSync(join(dir, live), '');
    writeFileSync(join(dir, 'notes.tmp'), 'not ours');
    writeFileAtomic(join(dir, 'graph.json'), '{}\n');
    expect(readFileSync(join(dir, 'graph.json'), 'utf8')).toBe('{}\n');
    expect(readdirSync(dir).sort()).toEqual([live, 'graph.json', 'notes.tmp'].sort());
  });

  it('should leave the temporary file of a writer that still runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-atomic-'));
    const running = `.x.json.${process.pid}.1.tmp`;
    writeFileSync(join(dir, running), '');
    expect(removeStaleTempFiles(dir)).toEqual([]);
    expect(existsSync(join(dir, running))).toBe(true);
  });
});
