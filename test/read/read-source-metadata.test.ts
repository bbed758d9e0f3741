import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findSourceMeta, parseSourceMetadata, readSourceMetadata } from '../../src/read/read-source-metadata';
import { errorOf } from './helpers';

describe('readSourceMetadata', () => {
  it('should read a sources.json saved with a byte-order mark', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-meta-bom-'));
    const file = join(dir, 'sources.json');
    writeFileSync(file, `\ufeff${JSON.stringify([{ file: 'harvest.txt', title: 'A late harvest' }])}`);
    expect(readSourceMetadata(file)).toEqual([{ file: 'harvest.txt', title: 'A late harvest' }]);
  });

  it('should accept only http(s) links, never javascript: or data: URLs', () => {
    const entries = (url: string) => JSON.stringify([{ file: 'a.txt', url }]);
    expect(parseSourceMetadata('s.json', entries('https://news.example.org/a'))[0]!.url).toBe('https://news.example.org/a');
    for (const url of ['javascript:alert(document.cookie)', 'JavaScript://x.org/%0aalert(1)', 'data:text/html,<script>1</script>', 'file:///etc/passwd']) {
      const error = errorOf(() => parseSourceMetadata('s.json', entries(url)));
      expect(error.code).toBe('E_METADATA');
      expect(error.message).toContain('[0].url: expected an http:// or https:// URL');
    }
  });

  it('should read the project’s own import/sources.json', () => {
    const entries = readSourceMetadata(join(__dirname, '..', '..', 'import', 'sources.json'));
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => typeof e.file === 'string')).toBe(true);
  });

  it('should report every problem at once as path: message in one E_METADATA naming the file', () => {
    const error = errorOf(() =>
      parseSourceMetadata('import/sources.json', JSON.stringify([{ file: 'a.txt', date: '12/01/2022', url: 'cabar', extra: 1 }, { title: 'no file' }, { file: 'a.txt' }])),
    );
    expect(error.code).toBe('E_METADATA');
    expect(error.message).toMatch(/^read: invalid metadata in "import\/sources.json": /);
    for (const part of ['[0].date: expected an ISO date', '[0].url:', '[0]: Unrecognized key', '[1].file:', '[2].file: duplicate file "a.txt"']) {
      expect(error.message).toContain(part);
    }
    expect(error.message).not.toContain('\n');
  });

  it('should report invalid JSON and a missing file with E_METADATA', () => {
    expect(errorOf(() => parseSourceMetadata('s.json', '[{')).message).toContain('not valid JSON');
    expect(errorOf(() => readSourceMetadata('/no/sources.json')).code).toBe('E_METADATA');
  });

  it('should accept a corpus shape from the fixed list and refuse any other', () => {
    expect(parseSourceMetadata('s.json', JSON.stringify([{ file: 'a.txt', shape: 'interview-dashes' }]))[0].shape).toBe('interview-dashes');
    const error = errorOf(() => parseSourceMetadata('s.json', JSON.stringify([{ file: 'a.txt', shape: 'interview' }])));
    expect(error.code).toBe('E_METADATA');
    expect(error.message).toContain('[0].shape:');
  });

  it('should treat an empty string as an unknown value', () => {
    expect(parseSourceMetadata('s.json', JSON.stringify([{ file: 'a.txt', url: '' }]))[0]).toEqual({ file: 'a.txt' });
  });
});

describe('findSourceMeta', () => {
  it('should find an entry by the path relative to the metadata file, else by unique file name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-meta-'));
    const file = join(dir, 'sources.json');
    writeFileSync(
      file,
      JSON.stringify([
        { file: 'sub/a.txt', id: 'a' },
        { file: 'b.txt', id: 'b' },
      ]),
    );
    const entries = readSourceMetadata(file);
    expect(findSourceMeta(entries, file, join(dir, 'sub', 'a.txt'))?.id).toBe('a');
    expect(findSourceMeta(entries, file, '/elsewhere/b.txt')?.id).toBe('b');
    expect(findSourceMeta(entries, file, join(dir, 'c.txt'))).toBeUndefined();
  });
});
