/**
 * All entries the gazetteer holds: those in the data files, one government per country, and the
 * templated state bodies. Checking and indexing both start from this one list.
 */
import type { GazetteerEntry } from '../../schema/gazetteer';
import { withGovernments } from './expand-governments';
import { withStateBodies } from './expand-state-bodies';
import type { GazetteerData } from './read-gazetteer-files';

/** Expansions already made, per data object: loading checks and then indexes the same data. */
const expanded = new WeakMap<GazetteerData, readonly GazetteerEntry[]>();

export function expandEntries(data: GazetteerData): readonly GazetteerEntry[] {
  let entries = expanded.get(data);
  if (!entries) {
    entries = withStateBodies(
      withGovernments(
        data.files.flatMap((f) => f.data.entries),
        data.governmentPatterns,
      ),
      data.stateBodies,
    );
    expanded.set(data, entries);
  }
  return entries;
}
