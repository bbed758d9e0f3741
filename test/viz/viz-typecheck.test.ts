/**
 * The viewer (viz/) is outside the root tsconfig (it is a browser app with its own settings), so
 * the root type-check does not see it: this runs its own strict type-check.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

it('should type-check the viewer with viz/tsconfig.json', () => {
  const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
  const result = spawnSync(process.execPath, [tsc, '--noEmit', '-p', path.join(ROOT, 'viz', 'tsconfig.json')], { encoding: 'utf8' });
  expect(`${result.stdout}${result.stderr}`.trim()).toBe('');
  expect(result.status).toBe(0);
});
