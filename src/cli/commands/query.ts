/**
 * `kg query <name> [--param key=value]... [--json]` runs one of the named Cypher files in
 * queries/ against the configured Neo4j; `kg query --list` shows them with their parameters.
 */
import { isKgError, KgError } from '../../errors/kg-error';
import { connectionFromEnv } from '../../db/connection-config';
import { openDriver } from '../../db/open-driver';
import { closeWithin } from '../../db/timeouts';
import { bindParams, parseParamArg } from '../../query/bind-params';
import { formatTable } from '../../query/format-table';
import { loadQueries, loadQuery } from '../../query/load-queries';
import type { NamedQuery } from '../../query/query-file';
import { runQuery } from '../../query/run-query';
import { parseCommandArgs, type OptionSpecs } from '../parse-args';

const USAGE = 'kg query <name> [--param key=value]... [--json] | kg query --list';

interface QueryArgs {
  list: boolean;
  json: boolean;
  name?: string;
  params: Record<string, string>;
}

export const QUERY_OPTIONS = {
  param: { type: 'string', multiple: true, short: 'p' },
  json: { type: 'boolean' },
  list: { type: 'boolean' },
} as const satisfies OptionSpecs;

export function parseQueryArgs(args: readonly string[]): QueryArgs {
  let parsed;
  try {
    parsed = parseCommandArgs('query', args, QUERY_OPTIONS, { usage: USAGE });
  } catch (error) {
    // "--param" alone: say what the value looks like, not only that one is missing.
    if (isKgError(error) && /"--param" needs a value/.test(error.message)) throw new KgError('E_USAGE', 'query', `--param needs key=value; usage: ${USAGE}`);
    throw error;
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new KgError('E_USAGE', 'query', `one query at a time, got "${positionals[0]}" and "${positionals[1]}"; usage: ${USAGE}`);
  const params: Record<string, string> = {};
  for (const pair of values.param ?? []) {
    const [key, raw] = parseParamArg(pair);
    params[key] = raw;
  }
  return { list: values.list ?? false, json: values.json ?? false, ...(positionals[0] !== undefined ? { name: positionals[0] } : {}), params };
}

function describe(query: NamedQuery): string {
  const params = query.params.map((p) => `    --param ${p.name}=<${p.type}>${p.default !== undefined ? ` (default ${p.default})` : ''}  ${p.help}`);
  return [`  ${query.name}: ${query.description}`, ...params].join('\n');
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseQueryArgs(args);
  if (parsed.list || !parsed.name) {
    if (!parsed.list) throw new KgError('E_USAGE', 'query', `name a query; usage: ${USAGE}; see kg query --list`);
    process.stdout.write(`${loadQueries().map(describe).join('\n')}\n`);
    return 0;
  }
  const query = loadQuery(parsed.name);
  const params = bindParams(query, parsed.params);
  const config = connectionFromEnv();
  const driver = await openDriver(config, { operation: `query ${query.name}` });
  try {
    const result = await runQuery(driver, query, params, { database: config.database, uri: config.uri });
    process.stdout.write(parsed.json ? `${JSON.stringify(result.rows, null, 2)}\n` : `${formatTable(result.columns, result.rows)}\n`);
  } finally {
    // Bounded: a server that stopped answering never acknowledges the close.
    await closeWithin(driver);
  }
  return 0;
}
