import { evaluateGraph } from '../../src/eval/evaluate-graph';
import { checkGold } from '../../src/eval/check-gold';
import { samePathTail, type ExportedGraph } from '../../src/eval/predicted-graph';
import { scoreCounts } from '../../src/eval/prf';
import type { GoldAnnotation } from '../../schema/gold';
import { isKgError } from '../../src/errors/kg-error';

const TEXT = 'Aida Bekova, head of Adilet, said the authorities of Kyrgyzstan must free the journalists. She praised the OSCE.';
const quoteAt = (quote: string): [number, number] => {
  const at = TEXT.indexOf(quote);
  return [at, at + quote.length];
};

const GOLD: GoldAnnotation = {
  source: 'import/bishkek-report.txt',
  entities: [
    { label: 'Aida Bekova', kind: 'Person', aliases: ['Bekova'] },
    { label: 'Adilet', kind: 'Organisation' },
    { label: 'Kyrgyzstan', kind: 'Country' },
    { label: 'Organization for Security and Co-operation in Europe', kind: 'Organisation', aliases: ['OSCE'] },
  ],
  relations: [{ type: 'LEADS', from: 'Aida Bekova', to: 'Adilet' }],
  stances: [
    { holder: 'Aida Bekova', target: 'Kyrgyzstan', polarity: 'oppose', code: '100', quote: 'the authorities of Kyrgyzstan must free the journalists' },
    { holder: 'Aida Bekova', target: 'Organization for Security and Co-operation in Europe', polarity: 'support', code: '051', quote: 'She praised the OSCE.' },
  ],
};

type Node = ExportedGraph['nodes'][number];
type Edge = ExportedGraph['edges'][number];
const SRC = 'source:bishkek-report';

function entity(key: string, kind: string, label: string, aliases: string[] = []): Node {
  return { key, attributes: { kind, label, aliases, mentions: 1 } };
}
function stance(key: string, holder: string, target: string, polarity: string, quote: string, source = SRC): Node {
  return { key, attributes: { kind: 'Stance', label: quote, aliases: [], polarity, code: '010', quote, span: quoteAt(quote), source, confidence: 0.9, holder, target } };
}
function relation(type: string, from: string, to: string, source = SRC): Edge {
  return {
    key: `${type}:${from}->${to}`,
    source: from,
    target: to,
    attributes: { type, confidence: 1, source, span: [0, 1], quote: 'A', evidence: [{ source, span: [0, 1], quote: 'A' }] },
  };
}

/** A graph with one source, the given entities (all MENTIONED_IN it), relations and stances. */
function graphOf(nodes: Node[], edges: Edge[] = [], path = '/tmp/x/import/bishkek-report.txt'): ExportedGraph {
  const source: Node = { key: SRC, attributes: { kind: 'Source', label: 't', aliases: [], path, title: 't', publisher: null, date: null, url: null, sha256: '0'.repeat(64) } };
  const mentions: Edge[] = nodes
    .filter((n) => n.attributes?.kind !== 'Stance')
    .map((n) => ({ key: `MENTIONED_IN:${n.key}->${SRC}`, source: n.key, target: SRC, attributes: { type: 'MENTIONED_IN', count: 1 } }));
  return { nodes: [source, ...nodes], edges: [...mentions, ...edges] };
}

const PERFECT_ENTITIES = [
  entity('n:aida-bekova', 'Person', 'Aida Bekova', ['Bekova']),
  entity('n:adilet', 'Organisation', 'Adilet'),
  entity('Q813', 'Country', 'Kyrgyzstan', ['Kyrgyz']),
  entity('Q81299', 'Organisation', 'OSCE', ['Organization for Security and Co-operation in Europe']),
];
const PERFECT_STANCES = [
  stance('stance:1', 'n:aida-bekova', 'Q813', 'oppose', 'Aida Bekova, head of Adilet, said the authorities of Kyrgyzstan must free the journalists.'),
  stance('stance:2', 'n:aida-bekova', 'Q81299', 'support', 'She praised the OSCE.'),
];

describe('evaluateGraph', () => {
  it('should score a perfect prediction 1.0 on every measure', () => {
    const report = evaluateGraph(GOLD, graphOf([...PERFECT_ENTITIES, ...PERFECT_STANCES], [relation('LEADS', 'n:aida-bekova', 'n:adilet')]), TEXT);
    for (const s of Object.values(report.scores)) expect([s.precision, s.recall, s.f1]).toEqual([1, 1, 1]);
    expect(report.entities.missed).toEqual([]);
    expect(report.stances.spurious).toEqual([]);
  });

  it('should lower entity recall, not precision, when a gold entity is missing', () => {
    const report = evaluateGraph(GOLD, graphOf(PERFECT_ENTITIES.slice(0, 3)), TEXT);
    expect(report.scores.entities.recall).toBeCloseTo(3 / 4);
    expect(report.scores.entities.precision).toBe(1);
    expect(report.entities.missed.map((e) => e.label)).toEqual(['Organization for Security and Co-operation in Europe']);
  });

  it('should not match an entity of the wrong kind, and say why in the spurious list', () => {
    const report = evaluateGraph(GOLD, graphOf([entity('n:kyrgyzstan', 'Region', 'Kyrgyzstan')]), TEXT);
    expect(report.scores.entities.matched).toBe(0);
    expect(report.entities.spurious[0].hint).toContain('Country');
  });

  it('should lower precision for a spurious node and count an unresolved duplicate as spurious', () => {
    const extra = [entity('n:bekova', 'Person', 'Bekova'), entity('n:the-journalists', 'Group', 'the journalists')];
    const report = evaluateGraph(GOLD, graphOf([...PERFECT_ENTITIES, ...extra]), TEXT);
    expect(report.scores.entities.recall).toBe(1);
    expect(report.scores.entities.precision).toBeCloseTo(4 / 6);
    expect(report.entities.spurious.find((e) => e.key === 'n:bekova')?.hint).toContain('duplicate');
  });

  it('should match a relation only in the gold direction', () => {
    const report = evaluateGraph(GOLD, graphOf(PERFECT_ENTITIES, [relation('LEADS', 'n:adilet', 'n:aida-bekova')]), TEXT);
    expect(report.scores.relations.matched).toBe(0);
    expect(report.relations.spurious[0]).toMatchObject({ fromGold: 'Adilet', toGold: 'Aida Bekova' });
  });

  it('should not match a stance whose holder is wrong even at the right place', () => {
    const wrong = stance('stance:1', 'n:adilet', 'Q813', 'oppose', 'the authorities of Kyrgyzstan must free the journalists');
    const report = evaluateGraph(GOLD, graphOf([...PERFECT_ENTITIES, wrong]), TEXT);
    expect(report.scores.stances.matched).toBe(0);
    expect(report.stances.missed[0].nearest).toBe('Adilet -> Kyrgyzstan');
  });

  it('should match a stance whose span only overlaps the gold quote', () => {
    const partial = stance('stance:1', 'n:aida-bekova', 'Q813', 'oppose', 'must free the journalists. She');
    const report = evaluateGraph(GOLD, graphOf([...PERFECT_ENTITIES, partial]), TEXT);
    expect(report.scores.stances.matched).toBe(1);
  });

  it('should not match a stance that is elsewhere in the text', () => {
    const elsewhere = stance('stance:1', 'n:aida-bekova', 'Q813', 'oppose', 'Aida Bekova, head of Adilet,');
    expect(evaluateGraph(GOLD, graphOf([...PERFECT_ENTITIES, elsewhere]), TEXT).scores.stances.matched).toBe(0);
  });

  it('should report polarity disagreement in the stricter figure only', () => {
    const flipped = [PERFECT_STANCES[0], stance('stance:2', 'n:aida-bekova', 'Q81299', 'oppose', 'She praised the OSCE.')];
    const report = evaluateGraph(GOLD, graphOf([...PERFECT_ENTITIES, ...flipped]), TEXT);
    expect(report.scores.stances.f1).toBe(1);
    expect(report.scores.stancesWithPolarity.recall).toBe(0.5);
  });

  it('should ignore nodes and stances that belong to another source', () => {
    const other: Node = {
      key: 'source:other',
      attributes: { kind: 'Source', label: 'o', aliases: [], path: 'import/other.txt', title: 'o', publisher: null, date: null, url: null, sha256: '1'.repeat(64) },
    };
    const stray = entity('n:tashkent', 'City', 'Tashkent');
    const graph = graphOf([...PERFECT_ENTITIES, stance('stance:9', 'n:aida-bekova', 'Q813', 'oppose', 'She praised the OSCE.', 'source:other')]);
    graph.nodes.push(other, stray);
    graph.edges.push({ source: 'n:tashkent', target: 'source:other', attributes: { type: 'MENTIONED_IN', count: 1 } });
    const report = evaluateGraph(GOLD, graph, TEXT);
    expect(report.scores.entities.precision).toBe(1);
    expect(report.scores.stances.predicted).toBe(0);
  });

  it('should throw E_INVALID_GRAPH when the graph has no Source for the gold text', () => {
    expect.assertions(2);
    try {
      evaluateGraph(GOLD, graphOf([], [], 'import/elsewhere.txt'), TEXT);
    } catch (error) {
      expect(isKgError(error)).toBe(true);
      expect((error as { code: string }).code).toBe('E_INVALID_GRAPH');
    }
  });
});

describe('checkGold', () => {
  it('should accept a consistent gold annotation', () => {
    expect(checkGold(GOLD, TEXT)).toEqual([]);
  });

  it('should report undefined labels and quotes that are not in the text', () => {
    const bad: GoldAnnotation = { ...GOLD, relations: [{ type: 'LEADS', from: 'Nobody', to: 'Adilet' }], stances: [{ ...GOLD.stances[0], quote: 'not in the text' }] };
    const problems = checkGold(bad, TEXT);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('"Nobody" is not a gold entity label');
    expect(problems[1]).toContain('not found verbatim');
  });
});

describe('samePathTail', () => {
  it('should match a path ending at a segment boundary only', () => {
    expect(samePathTail('/work/main/import/a.txt', 'import/a.txt')).toBe(true);
    expect(samePathTail('import/a.txt', './import/a.txt')).toBe(true);
    expect(samePathTail('/work/main/import/xa.txt', 'a.txt')).toBe(false);
  });
});

describe('scoreCounts', () => {
  it('should compute precision, recall and F1 from counts', () => {
    const s = scoreCounts(10, 8, 6);
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.6);
    expect(s.f1).toBeCloseTo(2 / 3);
  });

  it('should score 0 recall when nothing was predicted but gold exists', () => {
    expect(scoreCounts(5, 0, 0)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('entity matching', () => {
  it('should not match two entities that share only a generic alias', () => {
    const gold: GoldAnnotation = { ...GOLD, entities: [{ label: 'Government of Kyrgyzstan', kind: 'Organisation', aliases: ['the authorities'] }], relations: [], stances: [] };
    const report = evaluateGraph(gold, graphOf([entity('n:gov-kz', 'Organisation', 'Government of Kazakhstan', ['the authorities'])]), TEXT);
    expect(report.scores.entities.matched).toBe(0);
  });

  it("should match a node labelled with one of the gold entity's aliases", () => {
    const gold: GoldAnnotation = { ...GOLD, entities: [{ label: 'Kassym-Jomart Tokayev', kind: 'Person', aliases: ['President Tokayev', 'Tokayev'] }], relations: [], stances: [] };
    const report = evaluateGraph(gold, graphOf([entity('n:tokayev', 'Person', 'President Tokayev')]), TEXT);
    expect(report.scores.entities.matched).toBe(1);
  });
});

describe('comparable names', () => {
  it('should match "elite in Kazakhstan" to the gold "the elite in Kazakhstan"', () => {
    const gold: GoldAnnotation = { ...GOLD, entities: [{ label: 'the elite in Kazakhstan', kind: 'Group' }], relations: [], stances: [] };
    expect(evaluateGraph(gold, graphOf([entity('n:elite', 'Group', 'elite in Kazakhstan')]), TEXT).scores.entities.matched).toBe(1);
  });
});
