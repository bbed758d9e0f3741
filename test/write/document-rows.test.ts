import { relationSupportId as relationEvidenceId } from '../../schema/keys';
import { countRows, documentRows } from '../../src/write/document-rows';
import { makeExtraction } from './helpers/make-extraction';

const TEXT = 'Dale criticised the CSTO. Dale works for the NHC. Dale met Dale.';

const extraction = () =>
  makeExtraction({
    id: 'doc',
    text: TEXT,
    entities: [
      { id: 'dale', kind: 'Person', label: 'Ivar Dale', aliases: ['Dale', 'Ivar Dale', 'Dale'], mentions: 2 },
      { id: 'csto', kind: 'Organisation', label: 'CSTO', mentions: 1 },
      { id: 'nhc', kind: 'Organisation', label: 'NHC', mentions: 0 },
    ],
    stances: [{ holder: 'dale', target: 'csto', polarity: 'oppose', code: '111', quote: 'Dale criticised the CSTO' }],
    relations: [
      { type: 'WORKS_FOR', from: 'dale', to: 'nhc', quote: 'Dale works for the NHC' },
      { type: 'MEMBER_OF', from: 'dale', to: 'dale', quote: 'Dale met Dale' },
    ],
  });

describe('documentRows', () => {
  it('should give each entity its kind, without the name among the aliases and without repeated aliases', () => {
    const rows = documentRows(extraction());
    expect(rows.entities.map((e) => [e.id, e.kind])).toEqual([
      ['csto', 'Organisation'],
      ['dale', 'Person'],
      ['nhc', 'Organisation'],
    ]);
    expect(rows.entities.find((e) => e.id === 'dale')).toEqual({
      id: 'dale',
      kind: 'Person',
      name: 'Ivar Dale',
      aliases: ['Dale'],
      wikidata: null,
      description: null,
      reviewed: null,
      reviewedBy: null,
    });
  });

  it('should tie every listed entity to the source, with a count of zero when it has no mention', () => {
    expect(documentRows(extraction()).mentions).toEqual([
      { entity: 'csto', count: 1 },
      { entity: 'dale', count: 2 },
      { entity: 'nhc', count: 0 },
    ]);
  });

  it('should skip a relation from an entity to itself and count it as skipped', () => {
    const rows = documentRows(extraction());
    expect(rows.relations.map((r) => r.type)).toEqual(['WORKS_FOR']);
    expect(rows.skipped).toEqual({ relations: 1, stances: 0 });
  });

  it('should skip a stance whose holder is not among the document entities', () => {
    const doc = extraction();
    doc.stances.push({ ...doc.stances[0]!, id: 'other', holder: 'nobody' });
    expect(documentRows(doc).skipped.stances).toBe(1);
    expect(documentRows(doc).stances.map((s) => s.id)).toEqual([doc.stances[0]!.id]);
  });

  it('should carry the evidence offsets and the quote cut from the text', () => {
    const [row] = documentRows(extraction()).relations;
    expect(TEXT.slice(row!.start!, row!.end!)).toBe(row!.quote);
    expect(row!.source).toBe('doc');
  });

  it('should give the same relation id for the same evidence and a different one when the quote changes', () => {
    const a = relationEvidenceId('WORKS_FOR', 'x', 'y', 'doc', [1, 5], 'abcd');
    expect(relationEvidenceId('WORKS_FOR', 'x', 'y', 'doc', [1, 5], 'abcd')).toBe(a);
    expect(relationEvidenceId('WORKS_FOR', 'x', 'y', 'doc', [1, 5], 'abce')).not.toBe(a);
    expect(relationEvidenceId('LEADS', 'x', 'y', 'doc', [1, 5], 'abcd')).not.toBe(a);
  });

  it('should merge an entity listed twice into one row', () => {
    const doc = extraction();
    doc.entities.push({ id: 'csto', kind: 'Organisation', label: 'Collective Security Treaty Organization', aliases: ['ODKB'] });
    const csto = documentRows(doc).entities.find((row) => row.id === 'csto')!;
    expect(csto.aliases).toEqual(['Collective Security Treaty Organization', 'ODKB']);
  });

  it('should give the same fingerprint for the same extraction and another when anything written changes', () => {
    const base = documentRows(extraction()).fingerprint;
    expect(documentRows(extraction()).fingerprint).toBe(base);
    const changed = extraction();
    changed.stances[0]!.polarity = 'support';
    expect(documentRows(changed).fingerprint).not.toBe(base);
    const renamed = extraction();
    renamed.source.title = 'Another title';
    expect(documentRows(renamed).fingerprint).not.toBe(base);
  });

  it('should count the rows every statement will send', () => {
    expect(countRows(documentRows(extraction()))).toBe(1 + 3 + 3 + 1 + 1);
  });
});
