/** Connection faults against the real local server (and a port where nothing listens). */
import net from 'node:net';
import { connectionFromEnv } from '../../src/db/connection-config';
import { openDriver } from '../../src/db/open-driver';
import { KgError } from '../../src/errors/kg-error';

/** A loopback port nobody listens on: bind one, note it, close it. */
function unusedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function failure(promise: Promise<unknown>): Promise<KgError> {
  try {
    await promise;
  } catch (error) {
    return error as KgError;
  }
  throw new Error('expected a failure');
}

describe('openDriver', () => {
  it('should open a verified driver to the configured server', async () => {
    const config = connectionFromEnv();
    const driver = await openDriver(config);
    const result = await driver.executeQuery('RETURN 1 AS one', {}, { database: config.database });
    expect(result.records[0]!.get('one').toNumber()).toBe(1);
    await driver.close();
  });

  it('should report a server that is down as E_DB_UNAVAILABLE naming the URI within 10 s', async () => {
    const port = await unusedPort();
    const started = Date.now();
    const error = await failure(openDriver({ ...connectionFromEnv(), uri: `bolt://127.0.0.1:${port}` }, { operation: 'import' }));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(error).toBeInstanceOf(KgError);
    expect(error.code).toBe('E_DB_UNAVAILABLE');
    expect(error.message).toContain(`bolt://127.0.0.1:${port}`);
  });

  it('should report a wrong password as E_DB_AUTH', async () => {
    const config = connectionFromEnv();
    const error = await failure(openDriver({ ...config, password: 'not-the-password' }, { operation: 'import' }));
    expect(error).toBeInstanceOf(KgError);
    expect(error.code).toBe('E_DB_AUTH');
    expect(error.message).toBe(`import: Neo4j at ${config.uri} refused user "${config.user}": wrong user name or password (set NEO4J_USER / NEO4J_PASSWORD)`);
  });
});
