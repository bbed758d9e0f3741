import { EntityKind, RelationType } from '../../schema/enums';
import { KgError } from '../../src/errors/kg-error';
import { CREATE_STANCES, UPSERT_ENTITIES, upsertEntities, UPSERT_STANCES, writeRelations } from '../../src/write/cypher-statements';

/** Every quoted literal in a statement. */
const literals = (statement: string) => [...statement.matchAll(/'([^']*)'/g)].map((m) => m[1]!);

describe('cypher statements', () => {
  it('should give every entity kind of the schema its own label branch', () => {
    for (const kind of EntityKind.options) expect(UPSERT_ENTITIES).toContain(`SET e:\`${kind}\``);
  });

  it('should give every relation type of the schema its own branch, for first imports and for merges', () => {
    for (const mode of ['create', 'merge'] as const) {
      for (const type of RelationType.options) expect(writeRelations(mode)).toContain(`row.type = '${type}'`);
    }
  });

  it('should refuse a label that is not in the schema, even one that looks harmless', () => {
    for (const bad of ['Person`) DETACH DELETE e //', 'person', 'Source', '']) {
      expect(() => upsertEntities([bad as EntityKind])).toThrow(KgError);
    }
  });

  it('should refuse a relationship type that is not in the schema', () => {
    expect(() => writeRelations('create', ["WORKS_FOR]->() DELETE r //" as RelationType])).toThrow(/not in the schema/);
    expect(() => writeRelations('merge', ['HOLDS' as RelationType])).toThrow(KgError);
  });

  it('should take every value from parameters: the only literals are schema names', () => {
    const allowed = new Set<string>([...EntityKind.options, ...RelationType.options, 'Entity']);
    for (const statement of [UPSERT_ENTITIES, writeRelations('create'), writeRelations('merge'), UPSERT_STANCES, CREATE_STANCES]) {
      for (const literal of literals(statement)) expect(allowed).toContain(literal);
    }
  });
});
