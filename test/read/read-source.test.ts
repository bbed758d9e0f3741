import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSource } from '../../src/read/read-source';
import { listSourceFiles, listSourceFilesWithSkipped } from '../../src/read/list-source-files';
import { fixturePath, rejectionOf } from './helpers';

describe('readSource', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-read-'));

  it('should read a fixture from disk', async () => {
    const doc = await readSource(fixturePath('interview-unprefixed.txt'));
    expect(doc.id).toBe('interview-unprefixed');
    expect(doc.format).toBe('text');
  });

  it('should report a missing file with E_NOT_FOUND', async () => {
    const error = await rejectionOf(readSource(join(dir, 'missing.txt')));
    expect(error.code).toBe('E_NOT_FOUND');
    expect(error.message).toContain('missing.txt": no such file');
  });

  it('should refuse a file over the limit from its size, before reading it', async () => {
    const path = join(dir, 'big.txt');
    writeFileSync(path, Buffer.alloc(3 * 1024 * 1024, 'a'));
    const error = await rejectionOf(readSource(path, undefined, { maxBytes: 1024 * 1024 }));
    expect(error.code).toBe('E_TOO_LARGE');
    expect(error.message).toMatch(/big\.txt": file is 3 MiB, larger than the 1 MiB limit; to import it anyway, raise the limit with --max-size \(e\.g\. --max-size 3MB\)$/);
  });

  it('should read a file of 20 MB when the limit is raised', async () => {
    const path = join(dir, 'huge.txt');
    const paragraph = 'The delegation of Kazakhstan met officials of the European Union in Brussels to discuss trade and human rights. ';
    writeFileSync(path, `Huge report\n\n${`${paragraph.repeat(10)}\n\n`.repeat(Math.ceil(20e6 / (paragraph.length * 10 + 2)))}`);
    const doc = await readSource(path, undefined, { maxBytes: 25 * 1024 * 1024 });
    expect(doc.text.length).toBeGreaterThan(20e6);
    expect(doc.body.length).toBeGreaterThan(15_000);
  });

  it('should refuse a FIFO named .txt at once instead of waiting for a writer', async () => {
    const path = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [path]);
    const started = Date.now();
    const error = await rejectionOf(readSource(path));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(error.code).toBe('E_NOT_A_FILE');
    expect(error.message).toBe(`read: cannot import "${path}": a FIFO (named pipe), not a regular file; only regular files are read`);
  });

  it('should refuse /dev/zero behind a .txt link instead of reading it for ever', async () => {
    const path = join(dir, 'zero.txt');
    symlinkSync('/dev/zero', path);
    const error = await rejectionOf(readSource(path));
    expect(error.code).toBe('E_NOT_A_FILE');
    expect(error.message).toContain('a character device, not a regular file');
  });

  it('should refuse up front a file too large for the memory, even when --max-size allows it', async () => {
    const path = join(dir, 'too-big-for-memory.txt');
    writeFileSync(path, 'The harvest came in late this year. '.repeat(30_000));
    const heap = { heap_size_limit: 64 * 1024 * 1024, used_heap_size: 16 * 1024 * 1024 };
    const error = await rejectionOf(readSource(path, undefined, { maxBytes: 100 * 1024 * 1024, heap }));
    expect(error.code).toBe('E_TOO_LARGE');
    expect(error.message).toMatch(
      /reading it takes about 65\.\d MiB of memory .* enough for files up to \d+ KiB; split the file, or give Node\.js more memory \(NODE_OPTIONS=--max-old-space-size=\d+\)$/,
    );
  });

  it('should keep a message on one line when the file name holds a line break', async () => {
    const path = join(dir, 'two\nlines.pdf');
    writeFileSync(path, 'x');
    const error = await rejectionOf(readSource(path));
    expect(error.message).not.toContain('\n');
    expect(error.message).toContain(`"${dir}/two\\nlines.pdf"`);
  });

  it('should refuse a directory with a clear message', async () => {
    expect((await rejectionOf(readSource(dir))).message).toContain('is a directory');
  });

  it('should read every file of a mixed directory, failing only the bad ones, each with its own code', async () => {
    const mixed = join(dir, 'mixed');
    mkdirSync(join(mixed, 'sub'), { recursive: true });
    mkdirSync(join(mixed, 'publishers'));
    writeFileSync(join(mixed, 'good.txt'), 'Border talks\n\nKyrgyzstan and Tajikistan resumed border talks in Batken on Monday, officials said.');
    writeFileSync(join(mixed, 'sub', 'good.md'), '# Water\n\nThe water of the valley is shared by three countries, and the talks are slow.');
    writeFileSync(join(mixed, 'empty.txt'), '');
    writeFileSync(join(mixed, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]));
    writeFileSync(join(mixed, 'latin1.txt'), Buffer.from('Caf\xe9 society in Almaty', 'latin1'));
    writeFileSync(join(mixed, 'notes.pdf'), '%PDF-1.4');
    writeFileSync(join(mixed, 'sources.json'), '[]');
    writeFileSync(join(mixed, '.hidden.txt'), 'hidden');
    writeFileSync(join(mixed, 'publishers', 'x.json'), '{}');
    const files = listSourceFiles([mixed]);
    const results = await Promise.all(
      files.map((f) =>
        readSource(f).then(
          () => 'ok',
          (e: { code: string; message: string }) => {
            expect(e.message).toContain(`"${f}"`);
            expect(e.message).not.toContain('\n');
            return e.code;
          },
        ),
      ),
    );
    expect(Object.fromEntries(files.map((f, i) => [f.slice(mixed.length + 1), results[i]]))).toEqual({
      'binary.txt': 'E_BINARY',
      'empty.txt': 'E_EMPTY',
      'good.txt': 'ok',
      'latin1.txt': 'E_ENCODING',
      'notes.pdf': 'E_UNSUPPORTED_FORMAT',
      'sub/good.md': 'ok',
    });
  });
});

describe('listSourceFiles', () => {
  it('should keep given files in order, expand directories sorted, and list each file once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-list-'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'b', 'z.txt'), 'z');
    writeFileSync(join(dir, 'a.txt'), 'a');
    writeFileSync(join(dir, 'c.md'), 'c');
    expect(listSourceFiles([join(dir, 'c.md'), dir])).toEqual([join(dir, 'c.md'), join(dir, 'a.txt'), join(dir, 'b', 'z.txt')]);
  });

  it('should skip links, FIFOs and sockets inside a folder with a note for each, and read the regular files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-list-'));
    writeFileSync(join(dir, 'a.txt'), 'a');
    symlinkSync(join(dir, 'a.txt'), join(dir, 'b-link.txt'));
    symlinkSync('/dev/zero', join(dir, 'c-zero.txt'));
    execFileSync('mkfifo', [join(dir, 'd-pipe.txt')]);
    expect(listSourceFilesWithSkipped([dir])).toEqual({
      files: [join(dir, 'a.txt')],
      skipped: [
        { path: join(dir, 'b-link.txt'), reason: expect.stringMatching(/^a symbolic link/) },
        { path: join(dir, 'c-zero.txt'), reason: expect.stringMatching(/^a symbolic link/) },
        { path: join(dir, 'd-pipe.txt'), reason: 'a FIFO (named pipe), not a regular file' },
      ],
    });
  });

  it('should keep a path that does not exist so that reading it reports the failure', () => {
    expect(listSourceFiles(['/no/such/file.txt'])).toEqual(['/no/such/file.txt']);
  });
});
