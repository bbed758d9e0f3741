import { parseReportAllArgs } from '../../src/eval/report-all';
import { isKgError } from '../../src/errors/kg-error';

const usageError = (argv: string[]) => {
  try {
    parseReportAllArgs(argv);
  } catch (error) {
    return isKgError(error) ? `${error.code} ${error.message}` : 'not a KgError';
  }
  return 'no error';
};

describe('parseReportAllArgs', () => {
  it('should report every gold file and both corpus splits by default', () => {
    expect(parseReportAllArgs([])).toEqual({ details: false, json: false, splits: ['dev', 'test'], goldFiles: true });
  });

  it('should read the graph, the split and the switches', () => {
    expect(parseReportAllArgs(['--graph', 'out/g.json', '--split', 'test', '--json', '--details', '--corpus-only'])).toEqual({
      graphPath: 'out/g.json',
      details: true,
      json: true,
      splits: ['test'],
      goldFiles: false,
    });
    expect(parseReportAllArgs(['--no-corpus']).splits).toEqual([]);
  });

  it('should refuse an unknown option, an unknown split and a missing value with E_USAGE naming them', () => {
    expect(usageError(['--splits', 'dev'])).toBe(
      'E_USAGE eval:all: unknown option "--splits"; expected one of --graph <value>, --details, --json, --split <value>, --no-corpus, --corpus-only',
    );
    expect(usageError(['--split', 'train'])).toContain('--split "train": expected dev or test');
    expect(usageError(['--graph'])).toContain('E_USAGE eval:all: option "--graph" needs a value');
  });
});
