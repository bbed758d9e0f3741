/**
 * The part of the viewer state that lives in the URL fragment, so a link opens the same view:
 * the selected node, the stance mode and the hidden kinds. A fragment (not a query string)
 * works the same from the server and from a page opened from disk.
 */
import type { NodeKind as NodeKindType } from '../../schema/enums';
import { KIND_ORDER } from './kind-style';
import type { StanceMode } from './viewer-state';

export interface UrlState {
  readonly node: string | null;
  readonly stanceMode: StanceMode;
  readonly hiddenKinds: readonly NodeKindType[];
}

// The viewer bundle takes the kinds from its own table, not from the zod enum, to stay small.
const KINDS: readonly string[] = KIND_ORDER;

/** Read `#node=Q123&stances=edges&hide=Source,Stance`; unknown values are ignored, never trusted. */
export function parseUrlState(hash: string): UrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const hide = (params.get('hide') ?? '').split(',').filter((kind): kind is NodeKindType => KINDS.includes(kind));
  return {
    node: params.get('node') || null,
    stanceMode: params.get('stances') === 'edges' ? 'edges' : 'nodes',
    hiddenKinds: [...new Set(hide)],
  };
}

/** Write the fragment for a state; defaults are left out so plain links stay short. */
export function formatUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.node) params.set('node', state.node);
  if (state.stanceMode === 'edges') params.set('stances', 'edges');
  if (state.hiddenKinds.length > 0) params.set('hide', [...state.hiddenKinds].sort().join(','));
  const text = params.toString();
  return text ? `#${text}` : '';
}
