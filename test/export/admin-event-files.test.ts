import { extractDocument } from '../../src/extract/extract-document';
import { adminEventFiles } from '../../src/export/admin-event-files';
import { adminFiles } from '../../src/export/admin-files';
import { graphRows } from '../../src/write/graph-rows';
import { docFromText } from '../helpers/doc-from-text';

const rows = (text: string) => graphRows([extractDocument(docFromText(text, 'inline/report.txt', { id: 'report' }))]);

describe('adminEventFiles', () => {
  it('should write a reported event as a ReportedEvent node with its edges to actor, target, place and source', () => {
    const files = adminEventFiles(rows('Police detained five activists in Almaty on Monday.'));
    expect(files.map((f) => [f.stem, f.count])).toEqual([
      ['nodes-ReportedEvent', 1],
      ['relationships-CARRIED_OUT-ReportedEvent', 1],
      ['relationships-AGAINST-ReportedEvent', 1],
      ['relationships-LOCATED_IN-ReportedEvent', 1],
      ['relationships-STATED_IN-ReportedEvent', 1],
    ]);
    const [node] = [...files[0]!.rows()];
    expect(node).toEqual([
      expect.stringMatching(/^event:/),
      '173',
      'Arrest, detain, or charge with legal action',
      'detained',
      'Police detained five activists in Almaty on Monday',
      0,
      50,
      0.7,
      'report',
      'on Monday',
      'n:police',
      'n:activists',
      'Q35493',
      ['ReportedEvent'],
    ]);
    expect([...files[1]!.rows()]).toEqual([['n:police', node![0], 'CARRIED_OUT']]);
  });

  it('should leave out the file of an edge no event has, and every event file when there are no events', () => {
    expect(adminEventFiles(rows('Several bloggers were jailed last year.')).map((f) => f.stem)).not.toContain('relationships-CARRIED_OUT-ReportedEvent');
    const none = rows('The minister opened a school.');
    expect(adminEventFiles(none)).toEqual([]);
    expect(adminFiles(none, 'g').some((f) => f.stem.includes('ReportedEvent'))).toBe(false);
  });
});
