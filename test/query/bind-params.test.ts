import neo4j from 'neo4j-driver';
import { bindParams, parseParamArg } from '../../src/query/bind-params';
import { parseQueryFile } from '../../src/query/query-file';

const query = parseQueryFile(
  'top',
  [
    '// Top things.',
    '// @param kind string = any  kind',
    '// @param limit integer = 20  how many',
    '// @param min float = 0.5  threshold',
    '// @param strict boolean = false  strict',
    '// @param name string  who',
    'MATCH (n) WHERE n.kind = $kind AND n.name = $name AND n.x > $min AND $strict RETURN n LIMIT $limit',
  ].join('\n'),
);

describe('bindParams', () => {
  it('should fill defaults and convert integers to Neo4j integers', () => {
    const params = bindParams(query, { name: 'Ivar Dale' });
    expect(params).toEqual({ kind: 'any', limit: neo4j.int(20), min: 0.5, strict: false, name: 'Ivar Dale' });
    expect(neo4j.isInt(params.limit)).toBe(true);
  });

  it('should say which parameter is missing and what it is for', () => {
    expect(() => bindParams(query, {})).toThrow('query top: missing --param name=<string> (who)');
  });

  it('should reject an unknown parameter and list the known ones', () => {
    expect(() => bindParams(query, { name: 'x', nmae: 'y' })).toThrow('unknown parameter "nmae"; this query takes: kind, limit, min, strict, name');
  });

  it('should reject a value of the wrong type', () => {
    expect(() => bindParams(query, { name: 'x', limit: 'ten' })).toThrow('parameter "limit" must be an integer, got "ten"');
    expect(() => bindParams(query, { name: 'x', strict: 'yes' })).toThrow(/true or false/);
  });

  it('should refuse an integer outside 64 bits instead of wrapping it to another number', () => {
    expect(() => bindParams(query, { name: 'x', limit: '99999999999999999999999' })).toThrow(
      /parameter "limit" must be an integer between -9223372036854775808 and 9223372036854775807/,
    );
    expect(() => bindParams(query, { name: 'x', limit: '-9223372036854775809' })).toThrow(/64-bit range/);
    expect(bindParams(query, { name: 'x', limit: '9223372036854775807' }).limit).toEqual(neo4j.int('9223372036854775807'));
  });

  it('should keep a value with "=" and Cypher syntax in it as it is', () => {
    expect(parseParamArg("name=a=b' RETURN 1 //")).toEqual(['name', "a=b' RETURN 1 //"]);
    expect(() => parseParamArg('=x')).toThrow(/key=value/);
  });
});
