/**
 * Turns `--param key=value` strings into typed Cypher parameters, checked against the query's
 * header: unknown and missing parameters are usage errors that name the query and the parameter.
 */
import neo4j from 'neo4j-driver';
import { KgError } from '../errors/kg-error';
import type { NamedQuery, ParamType, QueryParam } from './query-file';

/** Split "key=value" (the value may itself contain "="). */
export function parseParamArg(arg: string): [string, string] {
  const at = arg.indexOf('=');
  if (at <= 0) throw new KgError('E_USAGE', 'query', `expected --param key=value, got "${arg}"`);
  return [arg.slice(0, at), arg.slice(at + 1)];
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

function convert(query: string, param: QueryParam, raw: string): unknown {
  const bad = (expected: string) => new KgError('E_USAGE', `query ${query}`, `parameter "${param.name}" must be ${expected}, got "${raw}"`);
  const type: ParamType = param.type;
  switch (type) {
    case 'string':
      return raw;
    case 'integer': {
      if (!/^[-+]?\d+$/.test(raw.trim())) throw bad('an integer');
      // neo4j.int wraps what does not fit in 64 bits to another number without a word: refuse it instead.
      const value = BigInt(raw.trim());
      if (value < INT64_MIN || value > INT64_MAX) throw bad(`an integer between ${INT64_MIN} and ${INT64_MAX} (Neo4j's 64-bit range)`);
      return neo4j.int(value.toString());
    }
    case 'float': {
      const value = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(value)) throw bad('a number');
      return value;
    }
    case 'boolean':
      if (!/^(true|false)$/i.test(raw.trim())) throw bad('true or false');
      return raw.trim().toLowerCase() === 'true';
  }
}

/** Typed parameters for the query, defaults filled in. */
export function bindParams(query: NamedQuery, given: Readonly<Record<string, string>>): Record<string, unknown> {
  for (const name of Object.keys(given)) {
    if (!query.params.some((p) => p.name === name)) {
      const known = query.params.map((p) => p.name).join(', ') || 'none';
      throw new KgError('E_USAGE', `query ${query.name}`, `unknown parameter "${name}"; this query takes: ${known}`);
    }
  }
  const params: Record<string, unknown> = {};
  for (const param of query.params) {
    const raw = given[param.name] ?? param.default;
    if (raw === undefined) throw new KgError('E_USAGE', `query ${query.name}`, `missing --param ${param.name}=<${param.type}> (${param.help})`);
    params[param.name] = convert(query.name, param, raw);
  }
  return params;
}
