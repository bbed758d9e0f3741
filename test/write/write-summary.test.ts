import { addCounters, changedAnything, emptySummary, formatSummary } from '../../src/write/write-summary';

describe('write summary', () => {
  it('should add the driver counters it knows and ignore the others', () => {
    const summary = emptySummary();
    addCounters(summary, { nodesCreated: 2, relationshipsCreated: 3, propertiesSet: 7 });
    addCounters(summary, { nodesCreated: 1, systemUpdates: 4 } as never);
    expect(summary).toMatchObject({ nodesCreated: 3, relationshipsCreated: 3, propertiesSet: 7 });
  });

  it('should tell an unchanged write from a changed one', () => {
    const summary = emptySummary();
    expect(changedAnything(summary)).toBe(false);
    addCounters(summary, { relationshipsDeleted: 1 });
    expect(changedAnything(summary)).toBe(true);
  });

  it('should print one line with what was created and deleted', () => {
    const summary = { ...emptySummary(), documents: 2, unchangedDocuments: 1, nodesCreated: 5, relationshipsCreated: 9, propertiesSet: 30, milliseconds: 1500 };
    expect(formatSummary(summary)).toBe('2 documents (1 unchanged), +5 nodes, +9 relationships, 30 properties set, -0 nodes, -0 relationships in 1.5 s');
  });
});
