/**
 * CLI entry point. Each sub-command lives in its own file under `commands/` and is loaded only
 * when used, so `kg import` does not pay for the viewer's dependencies. User errors (KgError)
 * print one line and exit non-zero; anything else is a bug and prints its stack.
 */
import { isKgError, KgError } from '../errors/kg-error';

export type CommandRunner = (args: string[]) => Promise<number>;

/**
 * Once a command has finished and said what it had to say, the process ends, even if something
 * it gave up on still holds a socket open (a Neo4j server that accepted a connection and never
 * answered keeps the driver's socket, and so the process, alive for ever). The timer does not
 * itself keep the process alive: normally the process ends at once, as before.
 */
const EXIT_GRACE_MS = 500;

const COMMANDS: Record<string, { summary: string; load: () => CommandRunner }> = {
  import: {
    summary: 'import <file|dir>... [--out out/graph.json] [--neo4j] [--quiet] [--fresh] [--max-size 10MB] [--wait 600] [--jobs N] [--decisions <dir>/review/decisions.jsonl]',
    load: () => require('./commands/import').run,
  },
  forget: { summary: 'forget <source-id>... [--out graph.json] [--neo4j] [--decisions file]', load: () => require('./commands/forget').run },
  export: { summary: 'export --format neo4j-admin <dir> [--file out/graph.json] [--database neo4j]', load: () => require('./commands/export').run },
  review: {
    summary: 'review list [--stale] [--json] [--out out/graph.json] [--decisions file] | review undo <line> [--out out/graph.json] [--decisions file]',
    load: () => require('./commands/review').run,
  },
  eval: { summary: 'eval <gold.json> <graph.json> [--json]', load: () => require('./commands/eval').run },
  db: { summary: 'db start|stop|status|import <dir>', load: () => require('./commands/db').run },
  query: { summary: 'query <name> [--param key=value]... [--json]', load: () => require('./commands/query').run },
  serve: { summary: 'serve [--port 5173] [--host 127.0.0.1] [--file out/graph.json] [--read-only] [--decisions file]', load: () => require('./commands/serve').run },
  viz: { summary: 'viz export --out <dir> [--file graph.json]', load: () => require('./commands/viz').run },
};

export function usage(): string {
  return ['Usage: kg <command> [options]', '', ...Object.values(COMMANDS).map((c) => `  kg ${c.summary}`)].join('\n');
}

/** `kg import --help`: any command's usage line, asked for before a `--` that ends the options. */
function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/**
 * Run one command. `exitWhenDone` (bin/kg.js) ends the process shortly after the command has
 * reported, whatever sockets are still open; callers in-process (tests) leave it off.
 */
export async function main(argv: string[], options: { exitWhenDone?: boolean } = {}): Promise<void> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return;
  }
  try {
    const command = COMMANDS[name];
    if (!command) throw new KgError('E_USAGE', 'kg', `unknown command "${name}"; expected one of ${Object.keys(COMMANDS).join(', ')}`);
    if (wantsHelp(rest)) {
      process.stdout.write(`Usage: kg ${command.summary}\n`);
      return;
    }
    process.exitCode = await command.load()(rest);
  } catch (error) {
    if (isKgError(error)) {
      process.stderr.write(`kg: ${error.message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`kg: internal error, please report it with the command you ran:\n${(error as Error)?.stack ?? error}\n`);
      process.exitCode = 70;
    }
  }
  if (options.exitWhenDone) setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
}
