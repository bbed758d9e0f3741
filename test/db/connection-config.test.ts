import { connectionFromEnv, describeConnection, localServerPort } from '../../src/db/connection-config';

describe('connectionFromEnv', () => {
  it('should point at the local server with the project defaults when nothing is set', () => {
    expect(connectionFromEnv({})).toEqual({ uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: 'kg-local-password', database: 'neo4j', local: true });
  });

  it('should follow KG_NEO4J_PORT and KG_NEO4J_PASSWORD for the local server', () => {
    expect(connectionFromEnv({ KG_NEO4J_PORT: '7701', KG_NEO4J_PASSWORD: 'another-secret' })).toMatchObject({
      uri: 'bolt://127.0.0.1:7701',
      password: 'another-secret',
      local: true,
    });
  });

  it('should let NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE override everything', () => {
    const env = { NEO4J_URI: 'neo4j+s://example.databases.neo4j.io', NEO4J_USER: 'reader', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'kg', KG_NEO4J_PORT: '7701' };
    expect(connectionFromEnv(env)).toEqual({ uri: 'neo4j+s://example.databases.neo4j.io', user: 'reader', password: 'pw', database: 'kg', local: false });
  });

  it('should treat empty variables as unset', () => {
    expect(connectionFromEnv({ NEO4J_URI: '', NEO4J_USER: ' ' }).local).toBe(true);
  });

  it('should reject a port that is not a port', () => {
    expect(() => localServerPort({ KG_NEO4J_PORT: '70000' })).toThrow('KG_NEO4J_PORT must be a port number between 1 and 65535, got "70000"');
    expect(() => connectionFromEnv({ KG_NEO4J_PASSWORD: 'short' })).toThrow(/at least 8 characters/);
  });

  it('should describe a connection without its password', () => {
    const config = connectionFromEnv({ NEO4J_PASSWORD: 'secret-value' });
    expect(describeConnection(config)).toBe('bolt://127.0.0.1:7687 (database "neo4j")');
  });
});
