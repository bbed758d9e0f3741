/**
 * All entries the gazetteer holds: those in the data files, one government per country, and the
 * templated state bodies. Checking and indexing both start from this one list.
 */
import type { GazetteerEntry } from '../../schema/gazetteer';
import { withGovernments } from './expand-governments';
import { withStateBodies } from './expand-state-bodies';
import type { GazetteerData } from './read-gazetteer-files';

export function expandEntries(data: GazetteerData): GazetteerEntry[] {
  return withStateBodies(
    withGovernments(
      data.files.flatMap((f) => f.data.entries),
      data.governmentPatterns,
    ),
    data.stateBodies,
  );
}
