/**
 * `kg db import <dir>`: loads a `kg export --format neo4j-admin` folder into the local server's
 * data folder with Neo4j's own import tool (`neo4j-admin database import full`). The tool is
 * already on the launcher's classpath (org.neo4j:neo4j brings neo4j-import-tool and
 * neo4j-command-line from Maven Central), so its entry point, org.neo4j.cli.AdminTool, runs from
 * the same jars as the server, with NEO4J_HOME at the data folder the launcher uses; no separate
 * Neo4j installation is needed. The server must be stopped, and the database absent or empty.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { KgError } from '../errors/kg-error';
import { ensureLauncherBuilt } from './build-launcher';
import { NEO4J_MODULE_FLAGS } from './launcher-command';
import { localServerStatus } from './local-server';
import { localServerPaths, type LocalServerPaths } from './local-server-paths';

export const ADMIN_TOOL_MAIN_CLASS = 'org.neo4j.cli.AdminTool';
/** Memory the import tool may use besides its heap; small, as the machine is shared. */
export const ADMIN_IMPORT_MEMORY = { heap: '1g', offHeap: '1g' } as const;

const Manifest = z.object({ args: z.array(z.string()).min(4), nodes: z.number().int(), relationships: z.number().int(), graph: z.string() });

type Env = Readonly<Record<string, string | undefined>>;

/** The java command line of the import tool for an export's arguments. */
export function adminToolArgs(paths: LocalServerPaths, importArgs: readonly string[]): string[] {
  const [database, ...rest] = [...importArgs].reverse();
  return [
    `-Xmx${ADMIN_IMPORT_MEMORY.heap}`,
    ...NEO4J_MODULE_FLAGS,
    '-cp',
    `${paths.jar}${path.delimiter}${path.join(paths.libDir, '*')}`,
    ADMIN_TOOL_MAIN_CLASS,
    ...rest.reverse(),
    `--max-off-heap-memory=${ADMIN_IMPORT_MEMORY.offHeap}`,
    database!,
  ];
}

export interface AdminImportResult {
  nodes: number;
  relationships: number;
  seconds: number;
  dataDir: string;
}

/** Run the import of `dir` into the local data folder; the tool's output goes to `log`. */
export async function importIntoLocalServer(dir: string, options: { env?: Env; log?: (line: string) => void } = {}): Promise<AdminImportResult> {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => undefined);
  const paths = localServerPaths(undefined, env);
  const manifestPath = path.join(dir, 'neo4j-admin-import.json');
  if (!fs.existsSync(manifestPath))
    throw new KgError('E_NOT_FOUND', 'db import', `"${dir}" has no neo4j-admin-import.json; write the folder with kg export --format neo4j-admin <dir>`);
  const parsed = Manifest.safeParse(JSON.parse(fs.readFileSync(manifestPath, 'utf8')));
  if (!parsed.success) throw new KgError('E_USAGE', 'db import', `"${manifestPath}" is not an export manifest: ${parsed.error.issues[0]?.message}`);
  const status = await localServerStatus({ env, paths });
  if (status.state === 'running')
    throw new KgError('E_DB_SERVER', 'db import', `the local server is running (pid ${status.pid}, data ${status.dataDir}); stop it first with kg db stop`);
  ensureLauncherBuilt(paths, log);
  // The tool reads its settings from NEO4J_CONF; none are needed, but the folder must exist.
  fs.mkdirSync(path.join(paths.dataDir, 'conf'), { recursive: true });
  const started = Date.now();
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('java', adminToolArgs(paths, parsed.data.args), {
      cwd: path.resolve(dir),
      env: { ...process.env, NEO4J_HOME: paths.dataDir, NEO4J_CONF: path.join(paths.dataDir, 'conf') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const take = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        output.push(line);
        log(line);
      }
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', (error) => reject(new KgError('E_DB_SERVER', 'db import', `cannot run java: ${error.message}`, { cause: error })));
    child.on('exit', resolve);
  });
  if (code !== 0) {
    const tail = output.filter((line) => /error|exception|fail|exist/i.test(line)).slice(-3);
    throw new KgError('E_DB_SERVER', 'db import', `neo4j-admin database import full exited ${code}: ${(tail.length ? tail : output.slice(-3)).join(' | ')}`);
  }
  return { nodes: parsed.data.nodes, relationships: parsed.data.relationships, seconds: (Date.now() - started) / 1000, dataDir: paths.dataDir };
}
