import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listCorpusGolds, listGoldFilesUnder, shapeFromNotes, UNKNOWN_SHAPE } from '../../src/eval/list-corpus-golds';

/** A repository root with files written from a {path: content} map. */
function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kg-corpus-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}
const gold = (source: string, notes?: string) => JSON.stringify({ source, ...(notes ? { notes } : {}), entities: [], relations: [], stances: [] });

describe('listCorpusGolds', () => {
  it('should give no texts for a split whose folder does not exist', () => {
    expect(listCorpusGolds(repo({ 'README.md': 'x' }), 'test')).toEqual([]);
  });

  it('should take the shape from the sources.json next to the text', () => {
    const root = repo({
      'eval/corpus/dev/a.txt': 'The mayor praised the council.',
      'eval/corpus/dev/a.gold.json': gold('eval/corpus/dev/a.txt'),
      'eval/corpus/dev/sources.json': JSON.stringify([{ file: 'a.txt', shape: 'news-wire' }]),
    });
    expect(listCorpusGolds(root, 'dev').map((g) => [g.split, g.shape])).toEqual([['dev', 'news-wire']]);
  });

  it('should fall back to a "shape: <id>" line in the gold notes, then to unknown', () => {
    const root = repo({
      'eval/test/x/b.txt': 'Q: Why? A: Because.',
      'eval/test/x/b.gold.json': gold('eval/test/x/b.txt', 'Interview with labels. shape: interview-labels'),
      'eval/test/c.txt': 'A text.',
      'eval/test/c.gold.json': gold('eval/test/c.txt', 'shape: gossip'),
    });
    expect(listCorpusGolds(root, 'test').map((g) => [g.goldPath.slice(root.length), g.shape])).toEqual([
      ['/eval/test/c.gold.json', UNKNOWN_SHAPE],
      ['/eval/test/x/b.gold.json', 'interview-labels'],
    ]);
  });

  it('should still list a text whose sources.json does not validate, its shape from the notes', () => {
    const root = repo({
      'eval/test/d.txt': 'A text.',
      'eval/test/d.gold.json': gold('eval/test/d.txt', 'shape: column'),
      'eval/test/sources.json': '[{"file": "d.txt", "colour": "red"}]',
    });
    expect(listCorpusGolds(root, 'test').map((g) => g.shape)).toEqual(['column']);
  });
});

describe('listGoldFilesUnder', () => {
  it('should walk folders recursively in sorted order and keep only gold files', () => {
    const root = repo({ 'g/b.gold.json': '{}', 'g/a/z.gold.json': '{}', 'g/a.txt': 'x', 'g/sources.json': '[]' });
    expect(listGoldFilesUnder(join(root, 'g')).map((p) => p.slice(root.length))).toEqual(['/g/a/z.gold.json', '/g/b.gold.json']);
  });
});

describe('shapeFromNotes', () => {
  it('should read one of the fixed shape ids and nothing else', () => {
    expect(shapeFromNotes('Transcript. Shape: press-conference; two speakers')).toBe('press-conference');
    expect(shapeFromNotes('shape: interview')).toBeNull();
    expect(shapeFromNotes(undefined)).toBeNull();
  });
});
