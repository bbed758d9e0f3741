import { main } from '../../src/cli/main';

async function run(argv: string[]): Promise<{ out: string; err: string; code: number | undefined }> {
  let out = '';
  let err = '';
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  const writeErr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  const before = process.exitCode;
  process.exitCode = undefined;
  try {
    await main(argv);
    return { out, err, code: process.exitCode as number | undefined };
  } finally {
    write.mockRestore();
    writeErr.mockRestore();
    process.exitCode = before;
  }
}

describe('kg', () => {
  it('should print the usage line of a command asked for --help, and run nothing', async () => {
    const r = await run(['import', '--help']);
    expect(r.out).toBe(
      'Usage: kg import <file|dir>... [--out out/graph.json] [--neo4j] [--quiet] [--fresh] [--max-size 10MB] [--wait 600] [--jobs N] [--decisions <dir>/review/decisions.jsonl]\n',
    );
    expect(r.code).toBeUndefined();
  });

  it('should treat --help after -- as a file name, not a request for help', async () => {
    const r = await run(['import', '--out', '/nonexistent-dir/graph.json', '--quiet', '--', '--help']);
    expect(r.out).not.toContain('Usage');
    expect(r.err).toMatch(/--help/);
  });

  it('should print one line for a mistyped option and exit 1', async () => {
    const r = await run(['eval', 'gold.json', 'graph.json', '--jsno']);
    expect(r.err).toBe('kg: eval: unknown option "--jsno"; expected one of --json; usage: kg eval <gold.json> <graph.json> [--json]\n');
    expect(r.code).toBe(1);
  });
});
