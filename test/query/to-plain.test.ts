import neo4j from 'neo4j-driver';
import { toPlain } from '../../src/query/to-plain';

describe('toPlain', () => {
  it('should turn Neo4j integers into numbers, and ones beyond 2^53 into strings', () => {
    expect(toPlain({ a: neo4j.int(42), b: [neo4j.int(-1)], c: neo4j.int('9007199254740993') })).toEqual({ a: 42, b: [-1], c: '9007199254740993' });
  });

  it('should give a node its labels and properties and a relationship its type and properties', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Entity', 'Person'], { name: 'Ivar Dale', count: neo4j.int(3) }, '1');
    const rel = new neo4j.types.Relationship(neo4j.int(2), neo4j.int(1), neo4j.int(3), 'WORKS_FOR', { role: 'adviser' }, '2', '1', '3');
    expect(toPlain(node)).toEqual({ labels: ['Entity', 'Person'], name: 'Ivar Dale', count: 3 });
    expect(toPlain(rel)).toEqual({ type: 'WORKS_FOR', role: 'adviser' });
  });

  it('should keep strings, booleans, floats and null as they are', () => {
    expect(toPlain({ s: 'Касым-Жомарт', t: true, f: 0.5, n: null })).toEqual({ s: 'Касым-Жомарт', t: true, f: 0.5, n: null });
  });
});
