/**
 * Reported events in the viewer: a node with its own colour and legend entry, and a panel that
 * gives the code, the name, who did it to whom, where and when, and the clause. Built from real
 * extraction of sentences of our own.
 */
import { SerializedGraph } from '../../schema/graph-json';
import { buildGraph } from '../../src/build/build-graph';
import { extractDocument } from '../../src/extract/extract-document';
import { KIND_ORDER, KIND_STYLE } from '../../viz/src/kind-style';
import { countLegend } from '../../viz/src/legend-counts';
import { describeNode } from '../../viz/src/node-details';
import { createViewGraph } from '../../viz/src/view-graph';
import { docFromText } from '../helpers/doc-from-text';

const TEXT = 'Police detained five activists in Almaty on Monday. The activists criticised the police.';
const view = createViewGraph(SerializedGraph.parse(buildGraph([extractDocument(docFromText(TEXT, 'inline/report.txt', { id: 'report', title: 'A report' }))]).export()));
const eventKey = view.findNode((_key, attrs) => attrs.kind === 'ReportedEvent')!;

describe('reported events in the viewer', () => {
  it('should draw a reported event in its own colour, listed in the legend apart from named events', () => {
    expect(view.getNodeAttribute(eventKey, 'color')).toBe(KIND_STYLE.ReportedEvent.color);
    expect(KIND_STYLE.ReportedEvent.color).not.toBe(KIND_STYLE.Event.color);
    expect(KIND_ORDER).toContain('ReportedEvent');
    expect(countLegend(view).kinds.ReportedEvent).toBe(1);
  });

  it('should show the code, the name, the actor, the target, the place, the date and the quote in its panel', () => {
    const details = describeNode(view, eventKey)!;
    expect(details.kind).toBe('ReportedEvent');
    expect(details.event).toMatchObject({
      code: '173',
      name: 'Arrest, detain, or charge with legal action',
      actor: { key: 'n:police', label: 'police' },
      target: { key: 'n:activists', label: 'activists' },
      place: { label: 'Almaty' },
      date: 'on Monday',
      quote: 'Police detained five activists in Almaty on Monday',
      source: expect.objectContaining({ title: 'A report' }),
    });
    expect(details.mentions).toBeNull();
    expect(details.relations).toEqual([]);
  });

  it('should list the event under what the actor carried out and what was done against the target', () => {
    expect(describeNode(view, 'n:police')!.carriedOut.map((e) => e.code)).toEqual(['173']);
    expect(describeNode(view, 'n:activists')!.against.map((e) => e.actor?.label)).toEqual(['police']);
  });

  it('should give the event and its edges the source that states it, so a source filter hides them together', () => {
    expect(view.getNodeAttribute(eventKey, 'sources')).toEqual(['source:report']);
    for (const edge of view.edges(eventKey)) expect(view.getEdgeAttribute(edge, 'sources')).toEqual(['source:report']);
  });
});
