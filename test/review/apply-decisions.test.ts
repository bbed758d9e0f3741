import type { Decision, NumberedDecision } from '../../schema/decisions';
import type { SerializedGraph, StanceNodeAttributes } from '../../schema/graph-json';
import { buildGraph } from '../../src/build/build-graph';
import { graphOfExtractions } from '../../src/pipeline/import-sources';
import { applyDecisions } from '../../src/review/apply-decisions';
import { by, refAbout, reports } from './fixtures';

const numbered = (...decisions: Decision[]): NumberedDecision[] => decisions.map((decision, i) => ({ line: i + 1, decision }));
const nodes = (extractions: Parameters<typeof buildGraph>[0]) => (buildGraph(extractions).export() as unknown as SerializedGraph).nodes;
const attrs = (node: SerializedGraph['nodes'][number]) => node.attributes as Partial<StanceNodeAttributes>;

describe('applying review decisions', () => {
  it('should remove a rejected stance and mark a corrected one, naming who decided', () => {
    const x = reports();
    const { extractions, review } = applyDecisions(
      x,
      numbered(
        { action: 'stance.reject', stance: refAbout(x, 'n:supreme-court'), ...by('ana'), reason: 'she welcomed a ruling, not the court' },
        { action: 'stance.correct', stance: refAbout(x, 'n:ministry-of-information'), polarity: 'mixed', code: '112', ...by('bo') },
      ),
    );
    expect(review).toEqual({ applied: 2, stale: [] });
    const stances = nodes(extractions).filter((n) => n.attributes.kind === 'Stance');
    expect(stances.map((n) => attrs(n).target).sort()).toEqual(['n:ministry-of-information', 'n:ministry-of-information']);
    const corrected = stances.find((n) => attrs(n).reviewed);
    expect(corrected?.attributes).toMatchObject({ polarity: 'mixed', code: '112', reviewed: 'corrected', reviewedBy: 'bo', holder: 'n:dinara-sultanova' });
  });

  it('should merge two entities into one node that keeps both names, with the stances of both', () => {
    const x = reports();
    const { extractions } = applyDecisions(x, numbered({ action: 'entity.merge', entity: 'n:dina-sultan', into: 'n:dinara-sultanova', ...by('ana') }));
    const all = nodes(extractions);
    expect(all.find((n) => n.key === 'n:dina-sultan')).toBeUndefined();
    const merged = all.find((n) => n.key === 'n:dinara-sultanova')!.attributes;
    expect(merged).toMatchObject({ label: 'Dinara Sultanova', aliases: ['Dina Sultan'], reviewed: 'corrected', reviewedBy: 'ana' });
    expect(all.filter((n) => n.attributes.kind === 'Stance').every((n) => attrs(n).holder === 'n:dinara-sultanova')).toBe(true);
  });

  it('should refuse a merge of two entities a keep-apart decision separates, and report it stale with the line that keeps them apart', () => {
    const x = reports();
    const { review } = applyDecisions(
      x,
      numbered(
        { action: 'entity.keep-apart', entity: 'n:dina-sultan', other: 'n:dinara-sultanova', ...by('ana') },
        { action: 'entity.merge', entity: 'n:dina-sultan', into: 'n:dinara-sultanova', ...by('bo') },
      ),
    );
    expect(review.stale).toEqual([expect.objectContaining({ line: 2, reason: expect.stringContaining('line 1 keeps') })]);
  });

  it('should keep apart what cross-document resolution would join when a decision says so', () => {
    const x = reports();
    // "Sultanova" alone in a third report is joined to the full name by the resolver, unless kept apart.
    const third = {
      ...x[1]!,
      source: { ...x[1]!.source, id: 'third-report' },
      entities: [{ id: 'n:sultanova', kind: 'Person' as const, label: 'Sultanova', aliases: [] }, x[1]!.entities[1]!],
    };
    third.stances = [{ ...x[1]!.stances[0]!, holder: 'n:sultanova', source: 'third-report' }];
    third.mentions = [];
    const joined = graphOfExtractions([...x, third]).graph;
    expect(joined.hasNode('n:sultanova')).toBe(false);
    const apart = graphOfExtractions([...x, third], numbered({ action: 'entity.keep-apart', entity: 'n:sultanova', other: 'n:dinara-sultanova', ...by('ana') })).graph;
    expect(apart.hasNode('n:sultanova')).toBe(true);
    const gone = applyDecisions(x, numbered({ action: 'entity.keep-apart', entity: 'n:sultanova', other: 'n:dinara-sultanova', ...by('ana') }));
    expect(gone.review.stale).toEqual([expect.objectContaining({ line: 1, reason: 'no entity "n:sultanova" in the graph' })]);
  });

  it('should set kind, QID, name and alias of an entity, and drop a rejected entity with its stances and relations', () => {
    const x = reports();
    const { extractions, review } = applyDecisions(
      x,
      numbered(
        { action: 'entity.set-kind', entity: 'n:supreme-court', kind: 'Organisation', ...by('ana') },
        { action: 'entity.set-qid', entity: 'n:ministry-of-information', wikidata: 'Q4294967', ...by('ana') },
        { action: 'entity.rename', entity: 'n:ministry-of-information', label: 'Ministry of Information and Social Development', ...by('ana') },
        { action: 'entity.add-alias', entity: 'n:ministry-of-information', alias: 'MISD', ...by('ana') },
        { action: 'entity.reject', entity: 'n:supreme-court', ...by('bo') },
      ),
    );
    expect(review.stale).toEqual([]);
    const graph = buildGraph(extractions);
    expect(graph.getNodeAttributes('n:ministry-of-information')).toMatchObject({
      label: 'Ministry of Information and Social Development',
      aliases: ['MISD', 'Ministry of Information'],
      wikidata: 'Q4294967',
      reviewed: 'corrected',
    });
    expect(graph.hasNode('n:supreme-court')).toBe(false);
    expect(graph.edges().some((e) => e.startsWith('WORKS_FOR:'))).toBe(false);
  });

  it('should confirm a relation by its edge key and remove a rejected one', () => {
    const x = reports();
    const key = 'WORKS_FOR:n:dinara-sultanova->n:supreme-court';
    const confirmed = buildGraph(applyDecisions(x, numbered({ action: 'relation.confirm', relation: key, ...by('ana') })).extractions);
    expect(confirmed.getEdgeAttributes(key)).toMatchObject({ reviewed: 'confirmed', reviewedBy: 'ana' });
    const rejected = buildGraph(applyDecisions(x, numbered({ action: 'relation.reject', relation: key, ...by('ana') })).extractions);
    expect(rejected.hasEdge(key)).toBe(false);
  });

  it('should report a decision stale, not apply it to another sentence, when the source text changed under its span', () => {
    const x = reports();
    const ref = refAbout(x, 'n:ministry-of-information');
    // The edited report has a sentence of the same holder at the same offsets, saying something else.
    const changed = reports();
    const edited = changed[0]!.source.text.replace('condemned', 'supported');
    changed[0]!.source = { ...changed[0]!.source, text: edited, plain: edited };
    changed[0]!.stances = changed[0]!.stances.map((s) => ({ ...s, quote: edited.slice(s.span[0], s.span[1]) }));
    expect(changed[0]!.stances.some((s) => s.span[0] === ref.span[0] && s.span[1] === ref.span[1] && s.holder === ref.holder)).toBe(true);
    const { extractions, review } = applyDecisions(changed, numbered({ action: 'stance.reject', stance: ref, ...by('ana') }));
    expect(review.applied).toBe(0);
    expect(review.stale).toEqual([expect.objectContaining({ line: 1, reason: expect.stringContaining('the text or its extraction changed') })]);
    expect(extractions[0]!.stances).toHaveLength(2);
  });

  it('should give the same graph bytes for the same extractions and decisions, whatever order the documents come in', () => {
    const x = reports();
    const decisions = numbered(
      { action: 'entity.merge', entity: 'n:dina-sultan', into: 'n:dinara-sultanova', ...by('ana') },
      { action: 'stance.confirm', stance: refAbout(x, 'n:supreme-court'), ...by('bo') },
    );
    const once = JSON.stringify(graphOfExtractions(x, decisions).graph.export());
    const again = JSON.stringify(graphOfExtractions([...x].reverse(), decisions).graph.export());
    expect(again).toBe(once);
  });

  it('should leave the extractions given untouched', () => {
    const x = reports();
    const before = JSON.stringify(x);
    applyDecisions(x, numbered({ action: 'stance.reject', stance: refAbout(x, 'n:supreme-court'), ...by('ana') }));
    expect(JSON.stringify(x)).toBe(before);
  });
});
