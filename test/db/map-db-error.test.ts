import { Neo4jError } from 'neo4j-driver';
import { KgError } from '../../src/errors/kg-error';
import { mapDbError } from '../../src/db/map-db-error';

/** A driver error as the driver builds it (the GQL status fields do not matter here). */
const driverError = (message: string, code: string) => new Neo4jError(message, code, '50N42', 'error: general processing exception');

const config = { uri: 'bolt://127.0.0.1:7999', database: 'neo4j', user: 'neo4j' };

describe('mapDbError', () => {
  it('should turn ServiceUnavailable into E_DB_UNAVAILABLE naming the URI', () => {
    const error = mapDbError(driverError('Failed to connect', 'ServiceUnavailable'), 'import', config);
    expect(error.code).toBe('E_DB_UNAVAILABLE');
    expect(error.message).toBe('import: no Neo4j server answers at bolt://127.0.0.1:7999: start the local one with "kg db start" or set NEO4J_URI');
  });

  it("should point at NEO4J_URI, not at kg db start, when the server is the user's own", () => {
    const error = mapDbError(driverError('Failed to connect', 'ServiceUnavailable'), 'import', { ...config, local: false });
    expect(error.message).toBe('import: no Neo4j server answers at bolt://127.0.0.1:7999 (NEO4J_URI): check the address and that the server is running');
  });

  it('should count a pool that never got a connection as a server that does not answer', () => {
    // What the driver throws, without a code, for a port that accepts TCP but never speaks Bolt.
    const error = mapDbError(new Error('Connection acquisition timed out in 8000 ms. Pool status: Active conn count = 0, Idle conn count = 0.'), 'import', {
      ...config,
      local: false,
    });
    expect(error.code).toBe('E_DB_UNAVAILABLE');
    expect(error.message).toBe('import: no Neo4j server answers at bolt://127.0.0.1:7999 (NEO4J_URI): check the address and that the server is running');
  });

  it('should turn an authentication failure into E_DB_AUTH naming the user', () => {
    const error = mapDbError(driverError('unauthorized', 'Neo.ClientError.Security.Unauthorized'), 'query', config);
    expect(error.code).toBe('E_DB_AUTH');
    expect(error.message).toContain('refused user "neo4j"');
  });

  it('should turn a Cypher error into E_QUERY with its first line only', () => {
    const error = mapDbError(driverError('Invalid input\n  "MATCH"\n  ^', 'Neo.ClientError.Statement.SyntaxError'), 'query x', config);
    expect(error.code).toBe('E_QUERY');
    expect(error.message).toBe('query x: bolt://127.0.0.1:7999 (database "neo4j") rejected the statement: Invalid input');
  });

  it('should name a database that does not exist', () => {
    expect(mapDbError(driverError('no db', 'Neo.ClientError.Database.DatabaseNotFound'), 'import', config).message).toContain('database "neo4j") does not exist');
  });

  it('should keep a KgError as it is and use the fallback code for anything else', () => {
    const original = new KgError('E_USAGE', 'x', 'y');
    expect(mapDbError(original, 'import', config)).toBe(original);
    expect(mapDbError(new Error('disk full'), 'neo4j write', config, 'E_DB_WRITE').code).toBe('E_DB_WRITE');
  });
});
