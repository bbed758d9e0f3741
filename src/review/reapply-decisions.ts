/**
 * Rebuild a graph file from its store with the decisions as they are now: what the viewer's
 * review and `kg review undo` do so the change shows at once, without reading the sources
 * again. Holds the graph file's lock like `kg import`, so it never interleaves with one. Neo4j
 * is not written here; the next `kg import --neo4j` brings it level.
 */
import { KgError } from '../errors/kg-error';
import { storedSources } from '../pipeline/update-archive';
import { writeGraphFiles } from '../pipeline/write-outputs';
import { withOutputLock } from '../write/output-lock';
import type { ReviewOutcome } from './apply-decisions';
import { readDecisionsFile } from './parse-decisions';

export async function reapplyDecisions(graphPath: string, decisionsPath: string, operation: string): Promise<ReviewOutcome> {
  return withOutputLock(graphPath, { command: operation, waitMs: 60_000 }, async () => {
    // An empty store would write an empty graph over one made some other way: refuse instead.
    if (storedSources(graphPath).size === 0) throw new KgError('E_NOT_FOUND', operation, `no imported sources are stored beside "${graphPath}" (run "kg import" into it first)`);
    return writeGraphFiles({ out: graphPath, neo4j: false }, { put: [] }, readDecisionsFile(decisionsPath, operation)).review;
  });
}
