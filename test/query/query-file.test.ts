import { RelationType } from '../../schema/enums';
import { KgError } from '../../src/errors/kg-error';
import { loadQueries, queryNames } from '../../src/query/load-queries';
import { parseQueryFile } from '../../src/query/query-file';

const VALID = [
  '// Stances about a target.',
  '// @param target string  who the stances are about',
  '// @param limit integer = 10  how many',
  'MATCH (n {id: $target}) RETURN n LIMIT $limit',
].join('\n');

describe('parseQueryFile', () => {
  it('should read the description, the typed parameters with their defaults, and the Cypher', () => {
    expect(parseQueryFile('q', VALID)).toEqual({
      name: 'q',
      description: 'Stances about a target.',
      params: [
        { name: 'target', type: 'string', help: 'who the stances are about' },
        { name: 'limit', type: 'integer', default: '10', help: 'how many' },
      ],
      cypher: 'MATCH (n {id: $target}) RETURN n LIMIT $limit',
    });
  });

  it('should reject a file without a description line, naming the file and line', () => {
    expect(() => parseQueryFile('q', 'MATCH (n) RETURN n')).toThrow('queries/q.cypher:1: expected a first line');
  });

  it('should reject Cypher that uses a parameter the header does not declare', () => {
    expect(() => parseQueryFile('q', '// d\nMATCH (n {id: $who}) RETURN n')).toThrow(/uses \$who but the header does not declare it/);
  });

  it('should reject a declared parameter the Cypher never uses', () => {
    expect(() => parseQueryFile('q', '// d\n// @param who string  x\nMATCH (n) RETURN n')).toThrow(/never uses \$who/);
  });

  it('should reject an unknown parameter type', () => {
    let error: unknown;
    try {
      parseQueryFile('q', '// d\n// @param who text  x\nMATCH (n {id: $who}) RETURN n');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KgError);
    expect((error as KgError).code).toBe('E_QUERY');
    expect((error as KgError).message).toContain(':2:');
  });
});

describe('the queries in queries/', () => {
  it('should include the questions users ask', () => {
    expect(queryNames()).toEqual(expect.arrayContaining(['stances-about', 'opposing-holders', 'source-says', 'shared-entities', 'shortest-path', 'top-entities', 'sources']));
  });

  it('should all parse, each with a description', () => {
    for (const query of loadQueries()) expect(query.description.length).toBeGreaterThan(20);
  });

  it('should follow every relation type of the schema where they walk or count relations', () => {
    for (const name of ['shortest-path', 'top-entities']) {
      const query = loadQueries().find((q) => q.name === name)!;
      for (const type of RelationType.options) expect(query.cypher).toContain(type);
    }
  });
});
