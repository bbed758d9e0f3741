/**
 * Where the project's Neo4j is. Users with their own server (Docker `neo4j:5`, Desktop, Aura) set
 * NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE; everyone else gets the local server
 * that `kg db start` runs, whose port and password come from KG_NEO4J_PORT and KG_NEO4J_PASSWORD.
 */
import { KgError } from '../errors/kg-error';

export interface ConnectionConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** True when no NEO4J_URI is set, so the config points at the server `kg db start` runs. */
  local: boolean;
}

export const LOCAL_SERVER_DEFAULTS = {
  host: '127.0.0.1',
  port: 7687,
  user: 'neo4j',
  password: 'kg-local-password',
  database: 'neo4j',
} as const;

type Env = Readonly<Record<string, string | undefined>>;

const nonEmpty = (value: string | undefined): string | undefined => (value && value.trim() !== '' ? value : undefined);

/** The local server's Bolt port: KG_NEO4J_PORT or 7687. */
export function localServerPort(env: Env = process.env): number {
  const raw = nonEmpty(env.KG_NEO4J_PORT);
  if (raw === undefined) return LOCAL_SERVER_DEFAULTS.port;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new KgError('E_USAGE', 'db', `KG_NEO4J_PORT must be a port number between 1 and 65535, got "${raw}"`);
  }
  return port;
}

/** The local server's password for user neo4j: KG_NEO4J_PASSWORD or the project default. */
export function localServerPassword(env: Env = process.env): string {
  const password = nonEmpty(env.KG_NEO4J_PASSWORD) ?? LOCAL_SERVER_DEFAULTS.password;
  // Neo4j refuses passwords shorter than 8 characters; say so before the server does.
  if (password.length < 8) throw new KgError('E_USAGE', 'db', 'KG_NEO4J_PASSWORD must be at least 8 characters long');
  return password;
}

export function localServerUri(env: Env = process.env): string {
  return `bolt://${LOCAL_SERVER_DEFAULTS.host}:${localServerPort(env)}`;
}

/**
 * The connection everything in the project uses: NEO4J_* variables first, the local server's
 * defaults for whatever they leave out.
 * @example const driver = await openDriver(connectionFromEnv());
 */
export function connectionFromEnv(env: Env = process.env): ConnectionConfig {
  const uri = nonEmpty(env.NEO4J_URI);
  const local = uri === undefined;
  return {
    uri: uri ?? localServerUri(env),
    user: nonEmpty(env.NEO4J_USER) ?? LOCAL_SERVER_DEFAULTS.user,
    password: nonEmpty(env.NEO4J_PASSWORD) ?? (local ? localServerPassword(env) : ''),
    database: nonEmpty(env.NEO4J_DATABASE) ?? LOCAL_SERVER_DEFAULTS.database,
    local,
  };
}

/** For messages: the URI and database, never the password. */
export function describeConnection(config: Pick<ConnectionConfig, 'uri' | 'database'>): string {
  return `${config.uri} (database "${config.database}")`;
}
