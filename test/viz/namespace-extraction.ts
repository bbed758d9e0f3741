/**
 * Puts every id of an extraction under a prefix, so a test can write a real document to the
 * shared Neo4j without meeting anyone else's nodes (see test/db/test-database.ts).
 */
import type { DocumentExtraction } from '../../schema/records';

export function namespaceExtraction(extraction: DocumentExtraction, prefix: string): DocumentExtraction {
  const id = (value: string) => `${prefix}${value}`;
  const source = id(extraction.source.id);
  return {
    source: { ...extraction.source, id: source },
    entities: extraction.entities.map((entity) => ({ ...entity, id: id(entity.id) })),
    mentions: extraction.mentions.map((mention) => ({ ...mention, entity: id(mention.entity), source })),
    relations: extraction.relations.map((relation) =>
      relation.via === 'gazetteer'
        ? { ...relation, from: id(relation.from), to: id(relation.to), source }
        : { ...relation, from: id(relation.from), to: id(relation.to), evidence: { ...relation.evidence, source } },
    ),
    stances: extraction.stances.map((stance) => ({ ...stance, id: id(stance.id), holder: id(stance.holder), target: id(stance.target), source })),
  };
}
