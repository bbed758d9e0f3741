/**
 * `kg db start | stop | status`: the local Neo4j server. Users with their own Neo4j set
 * NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) and never need this command.
 */
import path from 'node:path';
import { KgError } from '../../errors/kg-error';
import { LOCAL_SERVER_DEFAULTS } from '../../db/connection-config';
import { localServerStatus, startLocalServer, stopLocalServer } from '../../db/local-server';
import { parseCommandArgs } from '../parse-args';

const USAGE = 'kg db start|stop|status|import <dir>';

function show(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : file;
}

/** `kg db import <dir>`: a `kg export --format neo4j-admin` folder into the stopped local server's data folder. */
async function importFolder(rest: readonly string[]): Promise<number> {
  if (rest.length !== 1) throw new KgError('E_USAGE', 'db', `expected one folder, usage: ${USAGE}`);
  const { importIntoLocalServer } = require('../../db/admin-import') as typeof import('../../db/admin-import');
  const { finishAdminImport } = require('../../export/after-import') as typeof import('../../export/after-import');
  const { openDriver } = require('../../db/open-driver') as typeof import('../../db/open-driver');
  const { connectionFromEnv } = require('../../db/connection-config') as typeof import('../../db/connection-config');
  const note = (line: string) => process.stderr.write(`${line}\n`);
  const done = await importIntoLocalServer(rest[0]!, { log: note });
  process.stdout.write(`Imported ${done.nodes} nodes and ${done.relationships} relationships into ${show(done.dataDir)} in ${done.seconds.toFixed(1)} s\n`);
  // Then the server, and what the CSV files cannot carry: constraints, indexes, empty alias lists.
  const started = await startLocalServer({ log: note });
  const config = connectionFromEnv();
  const driver = await openDriver(config, { operation: 'db import' });
  try {
    await finishAdminImport(driver, config.database);
  } finally {
    await driver.close();
  }
  process.stdout.write(`Neo4j is running at ${started.uri} with the imported graph (constraints and indexes created)\n`);
  return 0;
}

export async function run(args: string[]): Promise<number> {
  // No options yet; parsing still turns "kg db start --force" into a clear line.
  const [action, ...rest] = parseCommandArgs('db', args, {}, { usage: USAGE }).positionals;
  if (action === 'import') return importFolder(rest);
  if (rest.length > 0 || !action) throw new KgError('E_USAGE', 'db', `expected one action, usage: ${USAGE}`);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const note = (line: string) => process.stderr.write(`${line}\n`);
  if (process.env.NEO4J_URI && action !== 'status') {
    note(`note: NEO4J_URI is set (${process.env.NEO4J_URI}), so the project talks to that server, not to this local one`);
  }
  switch (action) {
    case 'start': {
      const started = await startLocalServer({ log: note });
      if (started.alreadyRunning) {
        out(`Neo4j is already running at ${started.uri} (pid ${started.pid}, data ${show(started.dataDir)})`);
      } else {
        out(`Neo4j is running at ${started.uri} (user ${LOCAL_SERVER_DEFAULTS.user}, pid ${started.pid}, data ${show(started.dataDir)}, log ${show(started.logFile)})`);
      }
      return 0;
    }
    case 'stop': {
      const stopped = await stopLocalServer();
      out(stopped.wasRunning ? `Neo4j stopped (pid ${stopped.pid}, ${stopped.seconds!.toFixed(1)} s)` : 'Neo4j is not running');
      return 0;
    }
    case 'status': {
      const status = await localServerStatus();
      if (status.state === 'running') out(`running at ${status.uri} (pid ${status.pid}, data ${show(status.dataDir)}, log ${show(status.logFile)})`);
      else out(`stopped (would listen on ${status.uri}, data ${show(status.dataDir)})`);
      if (process.env.NEO4J_URI) out(`NEO4J_URI is set: the project uses ${process.env.NEO4J_URI}`);
      // Like service managers: 0 running, 3 stopped, so scripts can test it.
      return status.state === 'running' ? 0 : 3;
    }
    default:
      throw new KgError('E_USAGE', 'db', `unknown action "${action}", usage: ${USAGE}`);
  }
}
