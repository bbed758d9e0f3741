import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/cli/commands/export';

describe('kg export', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-export-cli-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('should refuse a missing or unknown format and a missing folder with the usage line', async () => {
    await expect(run([path.join(dir, 'x')])).rejects.toThrow(/expected neo4j-admin; usage: kg export --format neo4j-admin <dir>/);
    await expect(run(['--format', 'csv', path.join(dir, 'x')])).rejects.toMatchObject({ code: 'E_USAGE' });
    await expect(run(['--format', 'neo4j-admin'])).rejects.toThrow(/no folder given/);
  });

  it('should say there is nothing to export when the graph file has no stored sources', async () => {
    await expect(run(['--format', 'neo4j-admin', path.join(dir, 'x'), '--file', path.join(dir, 'none', 'graph.json')])).rejects.toMatchObject({ code: 'E_NOT_FOUND' });
  });
});
