/**
 * Runs `kg` as a user does, in a process of its own, so the figures (wall time, peak memory) are
 * that command's alone. Shared by the benchmarks that time whole imports.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const KG = resolve(__dirname, '..', 'bin', 'kg.js');
// Prints the child's peak RSS and CPU time (all its threads) on exit, so each import's figures are its own.
const WITH_PEAK = `process.on('exit', () => { const u = process.resourceUsage(); require('node:fs').writeSync(2, '\\nkg-bench-peak-rss-kib ' + u.maxRSS + ' cpu-us ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });`;

export interface KgRun {
  seconds: number;
  /** CPU time of the child, user + system, every thread (on a shared machine, steadier than wall time). */
  cpuSeconds: number;
  peakMiB: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `kg <args>`; a non-zero exit is reported on stderr unless it was expected. */
export function runKg(args: readonly string[], options: { expectFailure?: boolean; label?: string; nodeArgs?: readonly string[] } = {}): KgRun {
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    [...(options.nodeArgs ?? []), '-e', `${WITH_PEAK} process.argv.splice(1, 0, ${JSON.stringify(KG)}); require(${JSON.stringify(KG)});`, '--', ...args],
    {
      encoding: 'utf8',
      env: { ...process.env },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const seconds = (performance.now() - t0) / 1000;
  const stderr = r.stderr ?? '';
  const peak = /kg-bench-peak-rss-kib (\d+) cpu-us (\d+)/.exec(stderr);
  if (r.status !== 0 && !options.expectFailure)
    process.stderr.write(`${options.label ?? 'bench'}: kg ${args.join(' ')} exited ${r.status}: ${stderr.split('\n').slice(0, 3).join(' | ')}\n`);
  return {
    seconds,
    cpuSeconds: peak ? Number(peak[2]) / 1e6 : Number.NaN,
    peakMiB: peak ? Number(peak[1]) / 1024 : Number.NaN,
    status: r.status,
    stdout: r.stdout ?? '',
    stderr: stderr.replace(/\n?kg-bench-peak-rss-kib \d+ cpu-us \d+\n/, ''),
  };
}
