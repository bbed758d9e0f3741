import { parseQueryArgs } from '../../src/cli/commands/query';

describe('kg query arguments', () => {
  it('should read the name, repeated --param pairs and --json', () => {
    expect(parseQueryArgs(['stances-about', '--param', 'target=CSTO', '--param=polarity=oppose', '--json'])).toEqual({
      list: false,
      json: true,
      name: 'stances-about',
      params: { target: 'CSTO', polarity: 'oppose' },
    });
  });

  it('should read --list', () => {
    expect(parseQueryArgs(['--list']).list).toBe(true);
  });

  it('should refuse a --param without a value, an unknown option, and two names', () => {
    expect(() => parseQueryArgs(['q', '--param'])).toThrow('--param needs key=value');
    expect(() => parseQueryArgs(['q', '--limit', '3'])).toThrow('unknown option "--limit"');
    expect(() => parseQueryArgs(['a', 'b'])).toThrow('one query at a time, got "a" and "b"');
  });
});
