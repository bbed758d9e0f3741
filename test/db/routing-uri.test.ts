/**
 * A cluster or Aura is reached through the driver's routing (`neo4j://` / `neo4j+s://`): the
 * same server answered through a routing URI must take the import's writes and the viewer's and
 * the queries' reads, so a user who points NEO4J_URI at a cluster changes nothing else.
 */
import { connectionFromEnv } from '../../src/db/connection-config';
import { openDriver } from '../../src/db/open-driver';
import { readGraphFromNeo4j } from '../../src/serve/neo4j-graph-source';
import { writeExtractions } from '../../src/write/write-extractions';
import { deleteNamespace } from './test-database';
import { makeExtraction } from '../write/helpers/make-extraction';

const PREFIX = 'kgtest-routing-';
const TEXT = 'The routing fixture says Aigerim Nurlanova criticised the Ministry of Routing.';

describe('a neo4j:// routing URI', () => {
  const direct = connectionFromEnv();
  const routed = { ...direct, uri: direct.uri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:') };

  it('should carry the import writes and the viewer reads through the routing table', async () => {
    expect(routed.uri.startsWith('neo4j')).toBe(true);
    const driver = await openDriver(routed, { operation: 'test' });
    const db = { driver, config: routed };
    try {
      await deleteNamespace(db, PREFIX);
      const extraction = makeExtraction({
        id: `${PREFIX}source`,
        text: TEXT,
        entities: [
          { id: `${PREFIX}nurlanova`, kind: 'Person', label: 'Aigerim Nurlanova' },
          { id: `${PREFIX}ministry`, kind: 'Organisation', label: 'Ministry of Routing' },
        ],
        stances: [{ holder: `${PREFIX}nurlanova`, target: `${PREFIX}ministry`, polarity: 'oppose', code: '111', quote: 'Aigerim Nurlanova criticised the Ministry of Routing' }],
      });
      const summary = await writeExtractions(driver, [extraction], { database: routed.database });
      expect(summary.documents).toBeGreaterThan(0);
      const graph = await readGraphFromNeo4j(driver, routed);
      const keys = graph.nodes.map((n) => n.key);
      expect(keys).toEqual(expect.arrayContaining([`${PREFIX}nurlanova`, `${PREFIX}ministry`, `source:${PREFIX}source`]));
    } finally {
      await deleteNamespace(db, PREFIX);
      await driver.close();
    }
  });
});
