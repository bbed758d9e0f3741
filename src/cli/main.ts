/**
 * CLI entry point. Each sub-command lives in its own file under `commands/` and is loaded only
 * when used, so `kg import` does not pay for the viewer's dependencies. User errors (KgError)
 * print one line and exit non-zero; anything else is a bug and prints its stack.
 */
import { isKgError, KgError } from '../errors/kg-error';

export type CommandRunner = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => CommandRunner }> = {
  import: { summary: 'import <file|dir>... [--out out/graph.json] [--neo4j] [--quiet] [--fresh] [--max-size 10MB]', load: () => require('./commands/import').run },
  eval: { summary: 'eval <gold.json> <graph.json> [--json]', load: () => require('./commands/eval').run },
  db: { summary: 'db start|stop|status', load: () => require('./commands/db').run },
  query: { summary: 'query <name> [--param key=value]... [--json]', load: () => require('./commands/query').run },
  serve: { summary: 'serve [--port 5173] [--host 127.0.0.1] [--file out/graph.json]', load: () => require('./commands/serve').run },
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

export async function main(argv: string[]): Promise<void> {
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
}
