import { EntityKind, RelationType } from '../../schema/enums';
import { KgError } from '../../src/errors/kg-error';
import { upsertEntities, upsertRelations, UPSERT_STANCES } from '../../src/write/cypher-statements';

describe('cypher statements', () => {
  it('should splice every entity kind of the schema as a quoted label', () => {
    for (const kind of EntityKind.options) expect(upsertEntities(kind)).toContain(`e:\`${kind}\``);
  });

  it('should splice every relation type of the schema as a quoted relationship type', () => {
    for (const type of RelationType.options) expect(upsertRelations(type)).toContain(`[r:\`${type}\` {id: row.id}]`);
  });

  it('should refuse a label that is not in the schema, even one that looks harmless', () => {
    for (const bad of ['Person`) DETACH DELETE e //', 'person', 'Source', '']) {
      expect(() => upsertEntities(bad as EntityKind)).toThrow(KgError);
    }
  });

  it('should refuse a relationship type that is not in the schema', () => {
    expect(() => upsertRelations('WORKS_FOR]->() DELETE r //' as RelationType)).toThrow(/not in the schema/);
    expect(() => upsertRelations('HOLDS' as RelationType)).toThrow(KgError);
  });

  it('should take every value from parameters', () => {
    // No quotes in the statement text at all: nothing from input can have been spliced in.
    expect(UPSERT_STANCES).not.toMatch(/['"]/);
    expect(upsertEntities('Person')).not.toMatch(/['"]/);
  });
});
