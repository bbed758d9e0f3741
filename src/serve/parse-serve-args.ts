/**
 * Argument parsing for `kg serve` and `kg viz export`: typed options, defaults, one KgError
 * naming the bad flag. Kept apart from the commands so it is tested without starting anything.
 */
import { KgError } from '../errors/kg-error';
import { DEFAULT_SERVE_OPTIONS } from './viewer-server';

export interface ServeArgs {
  host: string;
  port: number;
  file: string | null;
}

export interface ExportArgs {
  out: string;
  file: string | null;
}

function flagValues(args: readonly string[], operation: string, allowed: readonly string[]): Map<string, string> {
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!name.startsWith('--') || !allowed.includes(name)) {
      throw new KgError('E_USAGE', operation, `unknown argument "${arg}"; expected ${allowed.map((a) => `${a} <value>`).join(', ')}`);
    }
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === '') throw new KgError('E_USAGE', operation, `${name} needs a value`);
    values.set(name, value);
  }
  return values;
}

export function parseServeArgs(args: readonly string[]): ServeArgs {
  const values = flagValues(args, 'serve', ['--port', '--host', '--file']);
  const rawPort = values.get('--port');
  const port = rawPort === undefined ? DEFAULT_SERVE_OPTIONS.port : Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new KgError('E_USAGE', 'serve', `--port must be a number between 0 and 65535, got "${rawPort}"`);
  }
  return { host: values.get('--host') ?? DEFAULT_SERVE_OPTIONS.host, port, file: values.get('--file') ?? null };
}

export function parseExportArgs(args: readonly string[]): ExportArgs {
  const [sub, ...rest] = args;
  if (sub !== 'export') throw new KgError('E_USAGE', 'viz', `unknown sub-command "${sub ?? ''}"; expected "kg viz export --out <dir> [--file graph.json]"`);
  const values = flagValues(rest, 'viz export', ['--out', '--file']);
  const out = values.get('--out');
  if (!out) throw new KgError('E_USAGE', 'viz export', '--out <dir> is required');
  return { out, file: values.get('--file') ?? null };
}
