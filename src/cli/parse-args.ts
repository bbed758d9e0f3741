/**
 * The one argument parser of every command (`kg import`, `kg eval`, `kg db`, `kg query`,
 * `kg serve`, `kg viz export`, `npm run fuzz`, `npm run eval:all`): node's own `parseArgs` in
 * strict mode, so `--key value`, `--key=value`, `-k value`, `--` and repeated options behave
 * the same everywhere, with its errors turned into one KgError line that names the option and
 * lists the ones the command knows:
 *
 *   kg: import: unknown option "--frsh"; expected one of --out <value>, --max-size <value>, --neo4j, ...
 *
 * A command declares its options once, as data (`OptionSpecs`); adding a flag or a command is
 * one more entry, and its usage line can be printed from the same declaration.
 */
import { parseArgs as parseNodeArgs } from 'node:util';
import { KgError } from '../errors/kg-error';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** Collect every occurrence, in order (`--param a=1 --param b=2`). */
  multiple?: boolean;
  /** One-letter alias (`-p`). */
  short?: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

type ValueOf<S extends OptionSpec> = S['type'] extends 'string' ? (S['multiple'] extends true ? string[] : string) : S['multiple'] extends true ? boolean[] : boolean;

export interface ParsedArgs<O extends OptionSpecs> {
  /** Options given, by name; absent ones are undefined. */
  values: { [K in keyof O]?: ValueOf<O[K]> };
  positionals: string[];
}

export interface ParseSettings {
  /** How many positional arguments the command takes at most (default: any number). */
  maxPositionals?: number;
  /** Shown after the error, e.g. the command's usage line. */
  usage?: string;
}

/** `--out <value>`, `--neo4j`: the options as a user types them, in declaration order. */
export function describeOptions(options: OptionSpecs): string {
  const names = Object.entries(options).map(([name, spec]) => `--${name}${spec.type === 'string' ? ' <value>' : ''}`);
  return names.length > 0 ? names.join(', ') : 'no options';
}

/** The option named in one of node's parseArgs messages ("Unknown option '--frsh'. ..."). */
function quotedIn(message: string): string | undefined {
  return /'([^']+)'/.exec(message)?.[1];
}

function usageError(command: string, problem: string, settings: ParseSettings): KgError {
  return new KgError('E_USAGE', command, `${problem}${settings.usage ? `; usage: ${settings.usage}` : ''}`);
}

/**
 * Parses a command's arguments. Every problem is a KgError (E_USAGE) of one line naming the
 * command and the offending argument.
 * @example parseCommandArgs('serve', ['--port', '8080'], { port: { type: 'string' } }).values.port // '8080'
 */
export function parseCommandArgs<const O extends OptionSpecs>(command: string, args: readonly string[], options: O, settings: ParseSettings = {}): ParsedArgs<O> {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseNodeArgs({ args: [...args], options, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = (error as Error).message;
    const named = quotedIn(message);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const known = Object.keys(options).length > 0 ? `expected one of ${describeOptions(options)}` : 'it takes no options';
      throw usageError(command, `unknown option "${named ?? message}"; ${known}`, settings);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const option = (named ?? '').replace(/ <value>$/, '').replace(/^-\w, /, '');
      const name = option.replace(/^--/, '');
      const problem =
        options[name]?.type === 'boolean'
          ? `option "${option}" takes no value`
          : `option "${option}" needs a value (${option} <value>, or ${option}=<value> for a value that starts with "-")`;
      throw usageError(command, problem, settings);
    }
    throw error;
  }
  const max = settings.maxPositionals ?? Infinity;
  if (parsed.positionals.length > max) {
    const extra = parsed.positionals[max]!;
    const expected = max === 0 ? (Object.keys(options).length > 0 ? `expected only options: ${describeOptions(options)}` : 'it takes no arguments') : `expected at most ${max}`;
    throw usageError(command, `unexpected argument "${extra}"; ${expected}`, settings);
  }
  return parsed as ParsedArgs<O>;
}
