import { formatUrlState, parseUrlState } from '../../viz/src/url-state';

describe('URL state', () => {
  it('should round-trip the selected node, the stance mode and hidden kinds', () => {
    const state = { node: 'n:ivar-dale', stanceMode: 'edges' as const, hiddenKinds: ['Source' as const, 'Country' as const] };
    const hash = formatUrlState(state);
    expect(hash).toBe('#node=n%3Aivar-dale&stances=edges&hide=Country%2CSource');
    expect(parseUrlState(hash)).toEqual({ ...state, hiddenKinds: ['Country', 'Source'] });
  });

  it('should leave defaults out of the fragment', () => {
    expect(formatUrlState({ node: null, stanceMode: 'nodes', hiddenKinds: [] })).toBe('');
    expect(parseUrlState('')).toEqual({ node: null, stanceMode: 'nodes', hiddenKinds: [] });
  });

  it('should ignore unknown kinds and modes', () => {
    expect(parseUrlState('#hide=Person,<script>&stances=sideways')).toEqual({ node: null, stanceMode: 'nodes', hiddenKinds: ['Person'] });
  });
});
