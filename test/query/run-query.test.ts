import type { Driver } from 'neo4j-driver';
import { parseQueryFile } from '../../src/query/query-file';
import { runQuery } from '../../src/query/run-query';

describe('runQuery', () => {
  it('should give up on a server that never answers, a little after the query timeout, naming the server', async () => {
    // A hand-written driver whose query never settles: what a frozen server looks like from here.
    const frozen = { executeQuery: () => new Promise(() => undefined) } as unknown as Driver;
    const query = parseQueryFile('slow', '// Slow.\nRETURN 1');
    const started = Date.now();
    await expect(runQuery(frozen, query, {}, { uri: 'bolt://127.0.0.1:7999', timeoutMs: 100 })).rejects.toMatchObject({
      code: 'E_DB_UNAVAILABLE',
      message: 'query slow: the Neo4j server at bolt://127.0.0.1:7999 did not answer the query within 2.1 s',
    });
    expect(Date.now() - started).toBeLessThan(4_000);
  });
});
