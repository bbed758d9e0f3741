import { describeOptions, parseCommandArgs } from '../../src/cli/parse-args';
import { EVAL_OPTIONS } from '../../src/cli/commands/eval';
import { IMPORT_OPTIONS } from '../../src/cli/commands/import';
import { QUERY_OPTIONS, parseQueryArgs } from '../../src/cli/commands/query';
import { KgError } from '../../src/errors/kg-error';

const OPTIONS = { out: { type: 'string' }, quiet: { type: 'boolean' }, tag: { type: 'string', multiple: true, short: 't' } } as const;

function errorOf(run: () => unknown): KgError {
  try {
    run();
  } catch (error) {
    return error as KgError;
  }
  throw new Error('expected an error');
}

describe('the shared argument parser', () => {
  it('should read --key value, --key=value, -k value, flags, repeats and positionals after --', () => {
    const parsed = parseCommandArgs('demo', ['a.txt', '--out', 'x.json', '--quiet', '--tag=one', '-t', 'two', '--', '--not-an-option'], OPTIONS);
    expect(parsed.values).toEqual({ out: 'x.json', quiet: true, tag: ['one', 'two'] });
    expect(parsed.positionals).toEqual(['a.txt', '--not-an-option']);
  });

  it('should name the unknown option and list the known ones in one usage error', () => {
    const error = errorOf(() => parseCommandArgs('import', ['dir', '--frsh'], IMPORT_OPTIONS));
    expect(error).toBeInstanceOf(KgError);
    expect(error.code).toBe('E_USAGE');
    expect(error.message).toBe(
      'import: unknown option "--frsh"; expected one of --out <value>, --neo4j, --no-neo4j, --quiet, --fresh, --max-size <value>, --wait <value>, --jobs <value>, --decisions <value>',
    );
  });

  it('should say an option needs a value when it is last or followed by another option', () => {
    expect(errorOf(() => parseCommandArgs('demo', ['--out'], OPTIONS)).message).toMatch(/^demo: option "--out" needs a value/);
    expect(errorOf(() => parseCommandArgs('demo', ['--out', '--quiet'], OPTIONS)).message).toMatch(/^demo: option "--out" needs a value/);
    expect(errorOf(() => parseCommandArgs('demo', ['-t'], OPTIONS)).message).toMatch(/^demo: option "--tag" needs a value/);
  });

  it('should refuse a value given to an on/off option', () => {
    expect(errorOf(() => parseCommandArgs('demo', ['--quiet=yes'], OPTIONS)).message).toBe('demo: option "--quiet" takes no value');
  });

  it('should refuse more positional arguments than the command takes, with its usage', () => {
    const error = errorOf(() => parseCommandArgs('serve', ['graph.json'], { port: { type: 'string' } }, { maxPositionals: 0, usage: 'kg serve [--port 5173]' }));
    expect(error.message).toBe('serve: unexpected argument "graph.json"; expected only options: --port <value>; usage: kg serve [--port 5173]');
    expect(errorOf(() => parseCommandArgs('db', ['start', '--force'], {})).message).toBe('db: unknown option "--force"; it takes no options');
  });

  it('should keep every message to one line', () => {
    for (const args of [['--frsh'], ['--out'], ['--out', '--quiet'], ['--quiet=1'], ['-x']])
      expect(errorOf(() => parseCommandArgs('demo', args, OPTIONS)).message).not.toContain('\n');
  });

  it('should describe the options of each command as a user types them', () => {
    expect(describeOptions(EVAL_OPTIONS)).toBe('--json');
    expect(describeOptions(QUERY_OPTIONS)).toBe('--param <value>, --json, --list');
  });

  it('should read query parameters given with -p as well as --param', () => {
    expect(parseQueryArgs(['shortest-path', '-p', 'from=Aida Bekova', '--param', 'to=Bishkek']).params).toEqual({ from: 'Aida Bekova', to: 'Bishkek' });
  });
});
