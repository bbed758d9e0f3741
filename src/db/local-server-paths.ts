/**
 * Where the local server's pieces live: the Java launcher under neo4j/launcher, its Maven output
 * under neo4j/launcher/target, and the data folder, pid file and log under .neo4j/ (git-ignored).
 */
import path from 'node:path';

export interface LocalServerPaths {
  root: string;
  launcherDir: string;
  jar: string;
  libDir: string;
  dataDir: string;
  /** JSON `{ pid, port, startedAt }` of the running launcher. */
  pidFile: string;
  /** The launcher's stdout and stderr (Neo4j's own logs go to .neo4j/logs/). */
  logFile: string;
}

/** The project root: two levels up from src/db. */
export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

export function localServerPaths(root: string = PROJECT_ROOT, env: Readonly<Record<string, string | undefined>> = process.env): LocalServerPaths {
  const launcherDir = path.join(root, 'neo4j', 'launcher');
  const dataDir = env.KG_NEO4J_HOME ? path.resolve(root, env.KG_NEO4J_HOME) : path.join(root, '.neo4j');
  return {
    root,
    launcherDir,
    jar: path.join(launcherDir, 'target', 'launcher.jar'),
    libDir: path.join(launcherDir, 'target', 'lib'),
    dataDir,
    pidFile: path.join(dataDir, 'server.pid.json'),
    logFile: path.join(dataDir, 'neo4j.log'),
  };
}
