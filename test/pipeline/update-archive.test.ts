/**
 * Incremental import: adding, replacing and forgetting documents through the archive cache gives
 * the graph a full rebuild gives, byte for byte, and re-resolves only the documents it must.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentExtraction } from '../../schema/records';
import { documentFacts } from '../../src/build/graph-facts';
import { extractSources, graphOfExtractions } from '../../src/pipeline/import-sources';
import { updateArchive, writeArchiveGraph } from '../../src/pipeline/update-archive';
import { cacheDirFor } from '../../src/write/archive-cache';

// Texts written for this test: the second names in full a lawyer the first names by surname only.
const TEXTS: Record<string, string> = {
  'b-court-ruling.txt':
    'Court in Osh upholds sentence of blogger\n\nThe regional court in Osh upheld the sentence of a local blogger on Tuesday. Bekova, who works at the Osh Legal Aid Centre, said the ruling ignored the evidence. "The court did not hear a single witness for the defence," Bekova said.\n',
  'a-lawyer-interview.txt':
    'Lawyers in Osh say courts ignore the defence\n\nAida Bekova, a lawyer at the Osh Legal Aid Centre, criticised the regional court for refusing to hear defence witnesses. The Osh Legal Aid Centre has called on the Supreme Court of Kyrgyzstan to review the case.\n',
  'c-water-talks.txt':
    'Water talks resume in Tashkent\n\nOfficials from Uzbekistan and Tajikistan met in Tashkent on Monday to discuss the sharing of water from the Amu Darya. The Uzbek foreign ministry welcomed the talks.\n',
  'd-rail-link.txt':
    'Rail link to Kashgar delayed again\n\nThe railway from Andijan to Kashgar will open a year later than planned, the transport ministry of Kyrgyzstan said on Friday. Traders in Osh criticised the delay.\n',
};

let dir: string;
const extracted = new Map<string, DocumentExtraction>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-archive-'));
  for (const [name, text] of Object.entries(TEXTS)) writeFileSync(join(dir, name), text);
  const { imported, failures } = await extractSources(Object.keys(TEXTS).map((name) => join(dir, name)));
  expect(failures).toEqual([]);
  for (const x of imported) extracted.set(x.source.id, x);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const doc = (id: string) => extracted.get(id)!;
/** graph.json as a full rebuild writes it. */
const rebuilt = (ids: string[]) => `${JSON.stringify(graphOfExtractions(ids.map(doc)).graph.export(), null, 1)}\n`;
const factsOfRebuild = (ids: string[]) => graphOfExtractions(ids.map(doc)).extractions.map(documentFacts);

function archive(): string {
  return join(mkdtempSync(join(dir, 'out-')), 'graph.json');
}

function apply(out: string, change: Parameters<typeof updateArchive>[1]) {
  const state = updateArchive(out, change);
  writeArchiveGraph(out, state.graph);
  return state;
}

describe('updateArchive', () => {
  it('should give the same graph.json bytes and the same facts for Neo4j importing one document then another as importing both at once', () => {
    const out = archive();
    apply(out, { put: [doc('b-court-ruling')] });
    const state = apply(out, { put: [doc('a-lawyer-interview')] });
    expect(readFileSync(out, 'utf8')).toBe(rebuilt(['a-lawyer-interview', 'b-court-ruling']));
    expect(state.facts).toEqual(factsOfRebuild(['a-lawyer-interview', 'b-court-ruling']));
  });

  it('should resolve again an earlier document whose surname the new one names in full, then only what it adds', () => {
    const out = archive();
    apply(out, { put: [doc('b-court-ruling'), doc('c-water-talks')] });
    const joined = apply(out, { put: [doc('a-lawyer-interview')] });
    expect(joined.changed).toEqual(expect.arrayContaining(['a-lawyer-interview', 'b-court-ruling']));
    const bekova = joined.graph.nodes.filter((n) => /bekova/i.test(String(n.attributes.label)));
    expect(bekova.map((n) => n.attributes.label)).toEqual(['Aida Bekova']);
    const added = apply(out, { put: [doc('d-rail-link')] });
    expect(added.changed).toEqual(['d-rail-link']);
    expect(readFileSync(out, 'utf8')).toBe(rebuilt(['a-lawyer-interview', 'b-court-ruling', 'c-water-talks', 'd-rail-link']));
  });

  it('should change nothing when a document is imported again, and touch only that document', () => {
    const out = archive();
    apply(out, { put: [doc('a-lawyer-interview'), doc('b-court-ruling'), doc('c-water-talks')] });
    const before = readFileSync(out, 'utf8');
    const state = apply(out, { put: [doc('c-water-talks')] });
    expect(readFileSync(out, 'utf8')).toBe(before);
    expect(state.changed).toEqual(['c-water-talks']);
  });

  it('should give the graph of the documents that stay when one is forgotten', () => {
    const out = archive();
    apply(out, { put: [doc('a-lawyer-interview'), doc('b-court-ruling'), doc('c-water-talks')] });
    const state = apply(out, { put: [], remove: ['a-lawyer-interview'] });
    expect(readFileSync(out, 'utf8')).toBe(rebuilt(['b-court-ruling', 'c-water-talks']));
    expect(state.facts).toEqual(factsOfRebuild(['b-court-ruling', 'c-water-talks']));
  });

  it('should make a deleted or damaged cache again from the store, with the same graph', () => {
    const out = archive();
    apply(out, { put: [doc('a-lawyer-interview'), doc('b-court-ruling')] });
    rmSync(cacheDirFor(out), { recursive: true, force: true });
    const state = apply(out, { put: [] });
    expect(state.changed.sort()).toEqual(['a-lawyer-interview', 'b-court-ruling']);
    expect(readFileSync(out, 'utf8')).toBe(rebuilt(['a-lawyer-interview', 'b-court-ruling']));
  });
});
