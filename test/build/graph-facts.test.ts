import type { DocumentExtraction } from '../../schema/records';
import { documentFacts, mergeFacts } from '../../src/build/graph-facts';
import { extractionWithStance } from '../helpers/extraction-fixture';

const osce = (label: string, aliases: string[], extra: { wikidata?: string; description?: string } = {}) => ({
  id: 'n:osce',
  kind: 'Organisation' as const,
  label,
  aliases,
  ...extra,
});
const rustam = { id: 'n:rustam-nazarov', kind: 'Person' as const, label: 'Rustam Nazarov', aliases: [] };
const doc = (id: string, entity: ReturnType<typeof osce>): DocumentExtraction => extractionWithStance(id, `Rustam Nazarov criticised the ${entity.label}.`, rustam, entity);

describe('documentFacts and mergeFacts', () => {
  it('should take kind and label from the first source by id, and every other name any source uses as an alias', () => {
    const b = doc('b-later', osce('Organization for Security and Co-operation in Europe', ['OSCE'], { wikidata: 'Q81299' }));
    const a = doc('a-earlier', osce('OSCE', ['the Organisation'], { description: 'security body' }));
    for (const order of [
      [a, b],
      [b, a],
    ]) {
      const [entity] = mergeFacts(order.map(documentFacts)).entities.filter((e) => e.id === 'n:osce');
      expect(entity).toEqual({
        id: 'n:osce',
        kind: 'Organisation',
        label: 'OSCE',
        aliases: ['Organization for Security and Co-operation in Europe', 'the Organisation'],
        wikidata: 'Q81299',
        description: 'security body',
      });
    }
  });

  it('should lose the names only a left-out source used', () => {
    const a = doc('a-earlier', osce('OSCE', []));
    const b = doc('b-later', osce('OSCE', ['ОБСЕ']));
    expect(mergeFacts([a, b].map(documentFacts)).entities.find((e) => e.id === 'n:osce')!.aliases).toEqual(['ОБСЕ']);
    expect(mergeFacts([documentFacts(a)]).entities.find((e) => e.id === 'n:osce')!.aliases).toEqual([]);
  });

  it('should skip and count relations and stances whose ends are not among the document entities', () => {
    const x = doc('c', osce('OSCE', []));
    x.relations.push({ type: 'WORKS_FOR', from: rustam.id, to: 'n:nowhere', confidence: 0.7, evidence: { source: 'c', span: [0, 6], quote: 'Rustam' } });
    x.relations.push({ type: 'MEMBER_OF', from: rustam.id, to: 'n:osce', confidence: 0.6, via: 'gazetteer', source: 'c' });
    x.stances.push({ ...x.stances[0]!, id: 'stance:self', target: rustam.id });
    const facts = documentFacts(x);
    expect(facts.skipped).toEqual({ relations: 1, stances: 1 });
    expect(facts.relations).toEqual([expect.objectContaining({ type: 'MEMBER_OF', via: 'gazetteer', span: null, quote: null, source: 'c' })]);
  });

  it('should give the same fingerprint for the same document and another when it changes', () => {
    const base = documentFacts(doc('d', osce('OSCE', []))).fingerprint;
    expect(documentFacts(doc('d', osce('OSCE', []))).fingerprint).toBe(base);
    expect(documentFacts(doc('d', osce('OSCE', ['ОБСЕ']))).fingerprint).not.toBe(base);
  });
});
