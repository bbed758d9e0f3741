/**
 * `kg query <name> [--param key=value]... [--json]` runs one of the named Cypher files in
 * queries/ against the configured Neo4j; `kg query --list` shows them with their parameters.
 */
import { KgError } from '../../errors/kg-error';
import { connectionFromEnv } from '../../db/connection-config';
import { openDriver } from '../../db/open-driver';
import { closeWithin } from '../../db/timeouts';
import { bindParams, parseParamArg } from '../../query/bind-params';
import { formatTable } from '../../query/format-table';
import { loadQueries, loadQuery } from '../../query/load-queries';
import type { NamedQuery } from '../../query/query-file';
import { runQuery } from '../../query/run-query';

const USAGE = 'kg query <name> [--param key=value]... [--json] | kg query --list';

interface QueryArgs {
  list: boolean;
  json: boolean;
  name?: string;
  params: Record<string, string>;
}

export function parseQueryArgs(args: readonly string[]): QueryArgs {
  const parsed: QueryArgs = { list: false, json: false, params: {} };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--list') parsed.list = true;
    else if (arg === '--json') parsed.json = true;
    else if (arg === '--param' || arg === '-p') {
      const value = args[i + 1];
      if (value === undefined) throw new KgError('E_USAGE', 'query', `--param needs key=value; usage: ${USAGE}`);
      const [key, raw] = parseParamArg(value);
      parsed.params[key] = raw;
      i += 1;
    } else if (arg.startsWith('--param=')) {
      const [key, raw] = parseParamArg(arg.slice('--param='.length));
      parsed.params[key] = raw;
    } else if (arg.startsWith('-')) throw new KgError('E_USAGE', 'query', `unknown option "${arg}"; usage: ${USAGE}`);
    else if (parsed.name === undefined) parsed.name = arg;
    else throw new KgError('E_USAGE', 'query', `one query at a time, got "${parsed.name}" and "${arg}"; usage: ${USAGE}`);
  }
  return parsed;
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
