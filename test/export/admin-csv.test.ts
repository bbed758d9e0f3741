import { ARRAY_DELIMITER, field } from '../../src/export/admin-csv';
import { adminFiles, dataLine, headerLine } from '../../src/export/admin-files';
import { adminImportArgs, importScript, shellWord } from '../../src/export/admin-import-args';
import { graphRows } from '../../src/write/graph-rows';
import { makeExtraction } from '../write/helpers/make-extraction';

describe('neo4j-admin CSV fields', () => {
  it('should quote every string and double its quotes, so commas, quotes, backslashes and line breaks stay data', () => {
    expect(field('string', 'Kaz,Data "said" \\ no\nmore', 'quote')).toBe('"Kaz,Data ""said"" \\ no\nmore"');
  });

  it('should leave a missing value empty and write an empty string as two quotes', () => {
    expect(field('string', null, 'role')).toBe('');
    expect(field('long', undefined, 'start')).toBe('');
    expect(field('string', '', 'role')).toBe('""');
  });

  it('should join array elements with the unit separator and refuse an element that holds it', () => {
    expect(field('string[]', ['A, B', 'C;D'], 'aliases')).toBe(`"A, B${ARRAY_DELIMITER}C;D"`);
    expect(() => field('string[]', [`bad${ARRAY_DELIMITER}alias`], 'aliases')).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
  });

  it('should write whole numbers as longs and refuse a fraction there', () => {
    expect(field('long', 42, 'count')).toBe('42');
    expect(field('double', 0.75, 'confidence')).toBe('0.75');
    expect(() => field('long', 1.5, 'start')).toThrow(/not a whole number/);
  });
});

describe('the neo4j-admin files of a graph', () => {
  const text = 'Aigul Bekova of Kaz,Data criticised the ministry. Bekova works for Kaz,Data.';
  const rows = graphRows([
    makeExtraction({
      id: 'doc-1',
      text,
      entities: [
        { id: 'bekova', kind: 'Person', label: 'Aigul Bekova', aliases: ['Bekova'], mentions: 2 },
        { id: 'kazdata', kind: 'Organisation', label: 'Kaz,Data', mentions: 2 },
        { id: 'ministry', kind: 'Organisation', label: 'the ministry' },
      ],
      stances: [{ holder: 'bekova', target: 'ministry', polarity: 'oppose', code: '111', quote: 'criticised the ministry' }],
      relations: [{ type: 'WORKS_FOR', from: 'bekova', to: 'kazdata', quote: 'Bekova works for Kaz,Data' }],
    }),
  ]);
  const files = adminFiles(rows, '/data/graph.json');
  const byStem = new Map(files.map((f) => [f.stem, f]));

  it('should give each label and relationship type its own file, with id spaces and typed columns in the header', () => {
    expect(files.map((f) => f.stem)).toEqual([
      'nodes-Source',
      'nodes-Organisation',
      'nodes-Person',
      'nodes-Stance',
      'relationships-MENTIONED_IN',
      'relationships-HOLDS',
      'relationships-ABOUT',
      'relationships-STATED_IN',
      'relationships-WORKS_FOR',
    ]);
    expect(headerLine(byStem.get('nodes-Person')!)).toBe('id:ID(Entity),name,aliases:string[],wikidata,description,:LABEL');
    expect(headerLine(byStem.get('relationships-WORKS_FOR')!)).toBe(':START_ID(Entity),:END_ID(Entity),id,via,source,start:long,end:long,quote,role,confidence:double,:TYPE');
    expect(headerLine(byStem.get('relationships-MENTIONED_IN')!)).toBe(':START_ID(Entity),:END_ID(Source),count:long,:TYPE');
  });

  it('should write each entity with both its labels and each source with the graph it belongs to', () => {
    const person = byStem.get('nodes-Person')!;
    expect([...person.rows()].map((values) => dataLine(person, values))).toEqual([`"bekova","Aigul Bekova","Bekova",,,"Entity${ARRAY_DELIMITER}Person"`]);
    const source = byStem.get('nodes-Source')!;
    const [line] = [...source.rows()].map((values) => dataLine(source, values));
    expect(line).toMatch(/^"doc-1",.*,"\/data\/graph\.json","Source"$/);
    expect(byStem.get('relationships-MENTIONED_IN')!.count).toBe(3);
  });

  it('should give the command every file once, with the options the files are written for, quoted for the shell', () => {
    const args = adminImportArgs(files, 'archive');
    expect(args.slice(0, 6)).toEqual(['database', 'import', 'full', '--id-type=string', '--array-delimiter=U+001F', '--multiline-fields=true']);
    expect(args.filter((a) => a.startsWith('--nodes=') || a.startsWith('--relationships='))).toHaveLength(files.length);
    expect(args.at(-1)).toBe('archive');
    expect(importScript(args)).toMatch(/exec \$\{NEO4J_ADMIN:-neo4j-admin\} database import full/);
    expect(shellWord("it's here")).toBe("'it'\\''s here'");
  });
});
