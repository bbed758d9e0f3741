/**
 * Builds the Java launcher with Maven when it is missing or older than its sources, so
 * `kg db start` works on a fresh clone with one command.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { KgError } from '../errors/kg-error';
import type { LocalServerPaths } from './local-server-paths';

function newestMtime(file: string): number {
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(file)) newest = Math.max(newest, newestMtime(path.join(file, entry)));
  return newest;
}

/** True when target/launcher.jar or target/lib is missing, or pom.xml or src/ changed after the jar was built. */
export function launcherIsStale(paths: LocalServerPaths): boolean {
  if (!fs.existsSync(paths.jar) || !fs.existsSync(paths.libDir)) return true;
  if (fs.readdirSync(paths.libDir).filter((name) => name.endsWith('.jar')).length === 0) return true;
  const sources = newestMtime(path.join(paths.launcherDir, 'pom.xml'));
  const code = newestMtime(path.join(paths.launcherDir, 'src'));
  return Math.max(sources, code) > fs.statSync(paths.jar).mtimeMs;
}

/** Run `mvn -q -B package` in neo4j/launcher; throws E_DB_SERVER with Maven's last lines on failure. */
export function buildLauncher(paths: LocalServerPaths, log: (line: string) => void = () => undefined): void {
  log(`building the Neo4j launcher with Maven in ${path.relative(paths.root, paths.launcherDir) || '.'} (the first build downloads Neo4j from Maven Central)`);
  const result = spawnSync('mvn', ['-q', '-B', 'package'], { cwd: paths.launcherDir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) {
    const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new KgError(
      'E_DB_SERVER',
      'db start',
      missing ? 'Maven ("mvn") is not on PATH; it is needed to build the local Neo4j launcher (Java 17+ too)' : `cannot run Maven: ${result.error.message}`,
      { cause: result.error },
    );
  }
  if (result.status !== 0) {
    const tail = `${result.stdout}\n${result.stderr}`
      .replace(/\u001b\[[0-9;]*m/g, '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.startsWith('[ERROR]') || line.length > 0)
      .slice(-3)
      .join(' | ');
    throw new KgError('E_DB_SERVER', 'db start', `building ${paths.launcherDir} with Maven failed (exit ${result.status}): ${tail}`);
  }
  // Maven keeps the jar's mtime when nothing was recompiled; touch it so the staleness check settles.
  const now = new Date();
  fs.utimesSync(paths.jar, now, now);
}

/** Build when needed; returns whether a build ran. */
export function ensureLauncherBuilt(paths: LocalServerPaths, log?: (line: string) => void): boolean {
  if (!launcherIsStale(paths)) return false;
  buildLauncher(paths, log);
  return true;
}
