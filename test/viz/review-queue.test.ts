import type { SerializedGraph } from '../../schema/graph-json';
import { reviewQueue } from '../../viz/src/review-queue';

const stance = (key: string, confidence: number, reviewed?: 'confirmed') => ({
  key,
  attributes: {
    kind: 'Stance' as const,
    label: key,
    aliases: [],
    polarity: 'oppose' as const,
    code: '111' as const,
    quote: 'condemned the ban',
    span: [0, 17] as [number, number],
    source: 'source:a',
    confidence,
    holder: 'n:aida',
    target: 'n:ministry',
    ...(reviewed ? { reviewed, reviewedBy: 'ana' } : {}),
  },
});

describe('the review queue', () => {
  it('should list unreviewed stances only, least confident first, with the names of holder and target', () => {
    const data = {
      options: { type: 'directed', multi: true, allowSelfLoops: false },
      nodes: [
        { key: 'n:aida', attributes: { kind: 'Person', label: 'Aida Bekova', aliases: [], mentions: 1 } },
        { key: 'n:ministry', attributes: { kind: 'Organisation', label: 'Ministry of Culture', aliases: [], mentions: 1 } },
        stance('stance:b', 0.9),
        stance('stance:a', 0.4),
        stance('stance:c', 0.4),
        stance('stance:d', 0.1, 'confirmed'),
      ],
      edges: [],
    } as unknown as SerializedGraph;
    const queue = reviewQueue(data);
    expect(queue.map((i) => i.key)).toEqual(['stance:a', 'stance:c', 'stance:b']);
    expect(queue[0]).toMatchObject({ holder: 'Aida Bekova', target: 'Ministry of Culture' });
  });
});
