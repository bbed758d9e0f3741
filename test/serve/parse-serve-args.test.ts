import { parseExportArgs, parseServeArgs } from '../../src/serve/parse-serve-args';

describe('kg serve / kg viz arguments', () => {
  it('should default to loopback on port 5173 with data from Neo4j', () => {
    expect(parseServeArgs([])).toEqual({ host: '127.0.0.1', port: 5173, file: null, readOnly: false, decisions: null });
  });

  it('should read --port, --host and --file in both spellings', () => {
    expect(parseServeArgs(['--port', '8080', '--file=out/graph.json', '--host', '0.0.0.0'])).toEqual({
      host: '0.0.0.0',
      port: 8080,
      file: 'out/graph.json',
      readOnly: false,
      decisions: null,
    });
  });

  it('should read --read-only and --decisions', () => {
    expect(parseServeArgs(['--read-only', '--decisions', 'notes/decisions.jsonl'])).toMatchObject({ readOnly: true, decisions: 'notes/decisions.jsonl' });
  });

  it('should reject a port that is not a port', () => {
    expect(() => parseServeArgs(['--port', 'eighty'])).toThrow(/--port must be a number/);
    expect(() => parseServeArgs(['--port', '70000'])).toThrow(/--port/);
  });

  it('should reject unknown flags and missing values', () => {
    expect(() => parseServeArgs(['--open'])).toThrow('serve: unknown option "--open"; expected one of --port <value>, --host <value>, --file <value>');
    expect(() => parseServeArgs(['--file'])).toThrow(/option "--file" needs a value/);
    expect(() => parseServeArgs(['--file='])).toThrow(/option "--file" needs a value/);
    expect(() => parseServeArgs(['graph.json'])).toThrow(/unexpected argument "graph.json"/);
  });

  it('should require export and --out for kg viz', () => {
    expect(parseExportArgs(['export', '--out', 'share'])).toEqual({ out: 'share', file: null });
    expect(() => parseExportArgs(['show'])).toThrow(/unknown sub-command "show"/);
    expect(() => parseExportArgs(['export'])).toThrow(/--out <dir> is required/);
  });
});
