/**
 * A small argument parser for the sub-commands: positional arguments, `--flag`, `--key value`
 * and `--key=value`. Unknown options are user errors naming the option.
 */
import { KgError } from '../errors/kg-error';

export interface ArgSpec {
  /** Options that take a value. */
  values?: readonly string[];
  /** Options that are on/off. */
  flags?: readonly string[];
  /** Options that may repeat (values collected in order). */
  repeatable?: readonly string[];
}

export interface ParsedArgs {
  positional: string[];
  values: Map<string, string>;
  lists: Map<string, string[]>;
  flags: Set<string>;
}

export function parseArgs(command: string, args: readonly string[], spec: ArgSpec): ParsedArgs {
  const out: ParsedArgs = { positional: [], values: new Map(), lists: new Map(), flags: new Set() };
  const takesValue = new Set([...(spec.values ?? []), ...(spec.repeatable ?? [])]);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--') || arg === '--') {
      out.positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq >= 0 ? arg.slice(2, eq) : arg.slice(2)).trim();
    if (spec.flags?.includes(name)) {
      out.flags.add(name);
      continue;
    }
    if (!takesValue.has(name)) {
      const known = [...(spec.flags ?? []), ...takesValue].map((n) => `--${n}`).join(', ') || 'none';
      throw new KgError('E_USAGE', command, `unknown option "--${name}"; known options: ${known}`);
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined) throw new KgError('E_USAGE', command, `option "--${name}" needs a value`);
    if (spec.repeatable?.includes(name)) out.lists.set(name, [...(out.lists.get(name) ?? []), value]);
    else out.values.set(name, value);
  }
  return out;
}
