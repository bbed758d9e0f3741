/**
 * Argument parsing for `kg serve` and `kg viz export` (through the shared src/cli/parse-args):
 * typed options, defaults, one KgError naming the bad flag. Kept apart from the commands so it
 * is tested without starting anything.
 */
import { parseCommandArgs, type OptionSpecs } from '../cli/parse-args';
import { KgError } from '../errors/kg-error';
import { DEFAULT_SERVE_OPTIONS } from './viewer-server';

export interface ServeArgs {
  host: string;
  port: number;
  file: string | null;
  /** No review write API, no write controls on the page. */
  readOnly: boolean;
  /** The decisions file the review writes (default: the one the graph's last import used). */
  decisions: string | null;
}

export interface ExportArgs {
  out: string;
  file: string | null;
}

export const SERVE_OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  file: { type: 'string' },
  'read-only': { type: 'boolean' },
  decisions: { type: 'string' },
} as const satisfies OptionSpecs;

export const EXPORT_OPTIONS = {
  out: { type: 'string' },
  file: { type: 'string' },
} as const satisfies OptionSpecs;

/** `--file=` is as good as no value: an empty path or host is never meant. */
function nonEmpty(operation: string, name: string, value: string | undefined): string | undefined {
  if (value === '') throw new KgError('E_USAGE', operation, `option "--${name}" needs a value`);
  return value;
}

export function parseServeArgs(args: readonly string[]): ServeArgs {
  const { values } = parseCommandArgs('serve', args, SERVE_OPTIONS, { maxPositionals: 0 });
  const rawPort = nonEmpty('serve', 'port', values.port);
  const port = rawPort === undefined ? DEFAULT_SERVE_OPTIONS.port : Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new KgError('E_USAGE', 'serve', `--port must be a number between 0 and 65535, got "${rawPort}"`);
  }
  return {
    host: nonEmpty('serve', 'host', values.host) ?? DEFAULT_SERVE_OPTIONS.host,
    port,
    file: nonEmpty('serve', 'file', values.file) ?? null,
    readOnly: values['read-only'] ?? false,
    decisions: nonEmpty('serve', 'decisions', values.decisions) ?? null,
  };
}

export function parseExportArgs(args: readonly string[]): ExportArgs {
  const [sub, ...rest] = args;
  if (sub !== 'export') throw new KgError('E_USAGE', 'viz', `unknown sub-command "${sub ?? ''}"; expected "kg viz export --out <dir> [--file graph.json]"`);
  const { values } = parseCommandArgs('viz export', rest, EXPORT_OPTIONS, { maxPositionals: 0 });
  const out = values.out;
  if (!out) throw new KgError('E_USAGE', 'viz export', '--out <dir> is required');
  return { out, file: nonEmpty('viz export', 'file', values.file) ?? null };
}
