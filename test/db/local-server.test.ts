/**
 * The whole life of a local server, on a second instance (its own data folder in a temp dir and
 * its own free port) so the suites' main server is left alone: start, start again, status,
 * queries with the local password, stop, status.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { connectionFromEnv } from '../../src/db/connection-config';
import { localServerPaths } from '../../src/db/local-server-paths';
import { localServerStatus, startLocalServer, stopLocalServer } from '../../src/db/local-server';
import { openDriver } from '../../src/db/open-driver';
import { KgError } from '../../src/errors/kg-error';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe('the local server', () => {
  let home: string;
  let env: Record<string, string | undefined>;

  beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-neo4j-'));
    env = { KG_NEO4J_HOME: home, KG_NEO4J_PORT: String(await freePort()), KG_NEO4J_PASSWORD: 'second-instance-pw', KG_NEO4J_HEAP: '512m', KG_NEO4J_PAGECACHE_MB: '64' };
  });

  afterAll(async () => {
    await stopLocalServer({ env }).catch(() => undefined);
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('should start once when started twice at the same time, say it is already running, answer with its password, and stop cleanly', async () => {
    const options = { env, paths: localServerPaths(undefined, env) };
    expect((await localServerStatus(options)).state).toBe('stopped');

    // Two starts at once: one starts the server, the other waits for it and finds it running.
    const both = await Promise.all([startLocalServer(options), startLocalServer(options)]);
    const started = both.find((result) => !result.alreadyRunning)!;
    expect(started).toMatchObject({ alreadyRunning: false, uri: `bolt://127.0.0.1:${env.KG_NEO4J_PORT}`, dataDir: home });
    expect(both.map((result) => result.pid)).toEqual([started.pid, started.pid]);
    expect(both.filter((result) => result.alreadyRunning)).toHaveLength(1);
    expect(fs.existsSync(path.join(home, 'server.pid.json'))).toBe(true);

    const again = await startLocalServer(options);
    expect(again).toMatchObject({ alreadyRunning: true, pid: started.pid });
    expect(await localServerStatus(options)).toMatchObject({ state: 'running', pid: started.pid });

    const config = connectionFromEnv(env);
    const driver = await openDriver(config);
    const result = await driver.executeQuery('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition', {}, { database: config.database });
    expect(result.records[0]!.get('version')).toMatch(/^5\.26\./);
    expect(result.records[0]!.get('edition')).toBe('community');
    await driver.close();

    const stopped = await stopLocalServer(options);
    expect(stopped).toMatchObject({ wasRunning: true, pid: started.pid });
    expect(stopped.seconds!).toBeLessThan(30);
    expect((await localServerStatus(options)).state).toBe('stopped');
    expect(fs.readFileSync(path.join(home, 'neo4j.log'), 'utf8')).toContain('kg-neo4j: stopped');
    expect(await stopLocalServer(options)).toEqual({ wasRunning: false });
  }, 240_000);

  it('should refuse to start on a port another program holds', async () => {
    const blocker = net.createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    const busy = { ...env, KG_NEO4J_PORT: String(port) };
    try {
      await expect(startLocalServer({ env: busy, paths: localServerPaths(undefined, busy) })).rejects.toThrow(KgError);
      await expect(startLocalServer({ env: busy, paths: localServerPaths(undefined, busy) })).rejects.toThrow(`port ${port} on 127.0.0.1 is already taken by another program`);
    } finally {
      blocker.close();
    }
  });
});
