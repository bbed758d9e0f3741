import { EntityKind, RelationType } from '../../schema/enums';
import { KgError } from '../../src/errors/kg-error';
import { CREATE_MENTIONS, CREATE_STANCES, upsertEntities, UPSERT_MENTIONS, UPSERT_SOURCE, UPSERT_STANCES, writeRelations } from '../../src/write/cypher-statements';

describe('cypher statements', () => {
  it('should splice every entity kind of the schema as a quoted label', () => {
    for (const kind of EntityKind.options) expect(upsertEntities(kind)).toContain(`ON CREATE SET e:\`${kind}\``);
  });

  it('should splice every relation type of the schema as a quoted type, for first imports and for merges', () => {
    for (const type of RelationType.options) {
      expect(writeRelations('create', type)).toContain(`CREATE (a)-[:\`${type}\` {`);
      expect(writeRelations('merge', type)).toContain(`MERGE (a)-[r:\`${type}\` {id: row.id}]->(b)`);
    }
  });

  it('should refuse a label that is not in the schema, even one that looks harmless', () => {
    for (const bad of ['Person`) DETACH DELETE e //', 'person', 'Source', '']) {
      expect(() => upsertEntities(bad as EntityKind)).toThrow(KgError);
    }
  });

  it('should refuse a relationship type that is not in the schema', () => {
    expect(() => writeRelations('create', 'WORKS_FOR]->() DELETE r //' as RelationType)).toThrow(/not in the schema/);
    expect(() => writeRelations('merge', 'HOLDS' as RelationType)).toThrow(KgError);
  });

  it('should take every value from parameters: no string literal in any statement', () => {
    const statements = [
      UPSERT_SOURCE,
      UPSERT_MENTIONS,
      UPSERT_STANCES,
      CREATE_MENTIONS,
      CREATE_STANCES,
      ...EntityKind.options.map((kind) => upsertEntities(kind)),
      ...RelationType.options.flatMap((type) => [writeRelations('create', type), writeRelations('merge', type)]),
    ];
    for (const statement of statements) expect(statement).not.toMatch(/['"]/);
  });
});
