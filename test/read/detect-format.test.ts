import { detectFormat } from '../../src/read/detect-format';
import { errorOf } from './helpers';

describe('detectFormat', () => {
  it.each([
    ['a.txt', 'text'],
    ['a.TEXT', 'text'],
    ['dir/a.md', 'markdown'],
    ['a.markdown', 'markdown'],
    ['a.html', 'html'],
    ['a.HTM', 'html'],
  ])('should read %s as %s', (path, format) => {
    expect(detectFormat(path)).toBe(format);
  });

  it('should refuse an unknown extension with E_UNSUPPORTED_FORMAT and list the supported ones', () => {
    const error = errorOf(() => detectFormat('notes.pdf'));
    expect(error.code).toBe('E_UNSUPPORTED_FORMAT');
    expect(error.message).toBe('read: cannot import "notes.pdf": unsupported file type .pdf; expected .txt, .md or .html');
  });

  it('should refuse a file without an extension', () => {
    expect(errorOf(() => detectFormat('README')).message).toContain('no extension');
  });
});
