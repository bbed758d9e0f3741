/**
 * The explorer's side panel for one entity: what it is, the button that expands its
 * neighbourhood (saying which hop and how many are left), and its stances grouped by holder
 * ("about" it) or by target ("held" by it) with counts per polarity; each group opens its quotes
 * on demand. Text only, through `el()`.
 */
import type { ExploreNode, QuotesAnswer, SourceSummary, StanceGroup, StanceGroupsAnswer, StanceSide } from '../../schema/explore-api';
import { el } from './dom';
import { KIND_STYLE, POLARITY_COLOR, POLARITY_ORDER } from './kind-style';
import { safeHttpUrl } from './node-details';

export interface ExpandState {
  hops: number;
  /** Ranked neighbours already brought (the next expansion's offset). */
  offset: number;
  /** Left after the last expansion at this hop, or null before the first. */
  remaining: number | null;
}

export interface PanelActions {
  select(key: string): void;
  expand(key: string): void;
  quotes(side: StanceSide, other: string): Promise<QuotesAnswer>;
}

export function expandLabel(state: ExpandState, room: number): string {
  if (room <= 0) return 'Budget full: raise it to expand';
  if (state.remaining === null) return `Expand neighbours (hop ${state.hops})`;
  if (state.remaining > 0) return `Expand: ${state.remaining} more at hop ${state.hops}`;
  return `Expand to hop ${state.hops + 1}`;
}

function citation(source: SourceSummary | null): HTMLElement {
  if (!source) return el('div', { className: 'cite', text: 'source unknown' });
  const parts = [source.publisher, source.date].filter((part): part is string => Boolean(part)).join(', ');
  // Only http(s): a document must not be able to plant a `javascript:` link.
  const url = safeHttpUrl(source.url);
  const title = url ? el('a', { text: source.title, attrs: { href: url, target: '_blank', rel: 'noopener noreferrer' } }) : el('span', { text: source.title });
  return el('div', { className: 'cite' }, [document.createTextNode('— '), title, parts ? document.createTextNode(` (${parts})`) : null]);
}

function polarityPills(group: StanceGroup): HTMLElement {
  return el(
    'span',
    { className: 'group-polarity' },
    POLARITY_ORDER.filter((polarity) => group.polarity[polarity] > 0).map((polarity) => {
      const pill = el('span', { className: 'pill', text: `${group.polarity[polarity]} ${polarity}`, attrs: { 'data-polarity': polarity } });
      pill.style.background = POLARITY_COLOR[polarity];
      return pill;
    }),
  );
}

function groupItem(group: StanceGroup, side: StanceSide, actions: PanelActions): HTMLElement {
  const who = el('button', { className: 'node-link', text: group.other.label, attrs: { type: 'button', 'data-key': group.other.key } });
  who.addEventListener('click', () => actions.select(group.other.key));
  const open = el('button', { className: 'group-open', text: `${group.count} quote${group.count === 1 ? '' : 's'}`, attrs: { type: 'button', 'aria-expanded': 'false' } });
  const quotes = el('ol', { className: 'group-quotes' });
  quotes.hidden = true;
  open.addEventListener('click', () => {
    const opening = quotes.hidden;
    quotes.hidden = !opening;
    open.setAttribute('aria-expanded', String(opening));
    if (!opening || quotes.childElementCount > 0) return;
    quotes.replaceChildren(el('li', { className: 'meta', text: 'Loading the quotes…' }));
    actions.quotes(side, group.other.key).then(
      (answer) =>
        quotes.replaceChildren(
          ...answer.quotes.map((quote) =>
            el('li', { className: 'stance', attrs: { 'data-polarity': quote.polarity, 'data-key': quote.key } }, [
              el('blockquote', { className: 'quote', text: quote.quote }),
              citation(quote.source),
            ]),
          ),
          ...(answer.total > answer.quotes.length ? [el('li', { className: 'meta', text: `and ${answer.total - answer.quotes.length} more` })] : []),
        ),
      (error: unknown) => quotes.replaceChildren(el('li', { className: 'meta', text: `Could not load the quotes: ${(error as Error).message}` })),
    );
  });
  return el('li', { className: 'stance-group', attrs: { 'data-other': group.other.key, 'data-count': String(group.count) } }, [
    el('div', {}, [document.createTextNode(side === 'about' ? 'by ' : 'about '), who, document.createTextNode(' '), polarityPills(group), open]),
    quotes,
  ]);
}

function groupsSection(answer: StanceGroupsAnswer, actions: PanelActions): HTMLElement | null {
  if (answer.total === 0) return null;
  const title = answer.side === 'about' ? `Stances about (${answer.stances} by ${answer.total})` : `Stances held (${answer.stances} about ${answer.total})`;
  const more = answer.total > answer.groups.length ? el('div', { className: 'meta', text: `${answer.total - answer.groups.length} smaller groups not shown` }) : null;
  return el('section', { attrs: { 'data-side': answer.side } }, [
    el('h3', { text: title }),
    el(
      'ul',
      {},
      answer.groups.map((group) => groupItem(group, answer.side, actions)),
    ),
    more,
  ]);
}

export function renderExplorePanel(
  body: HTMLElement,
  node: ExploreNode,
  view: { expand: ExpandState; room: number; about: StanceGroupsAnswer | null; held: StanceGroupsAnswer | null },
  actions: PanelActions,
): void {
  const kind = el('span', { className: 'pill', text: node.kind });
  kind.style.background = KIND_STYLE[node.kind].color;
  const expand = el('button', { className: 'expand', text: expandLabel(view.expand, view.room), attrs: { type: 'button', id: 'explore-expand' } });
  expand.toggleAttribute('disabled', view.room <= 0);
  expand.addEventListener('click', () => actions.expand(node.key));
  const loading = view.about === null ? el('div', { className: 'meta', text: 'Loading the stances…' }) : null;
  body.replaceChildren(
    ...[
      el('h2', { text: node.label }),
      el('div', { className: 'meta' }, [kind, document.createTextNode(`${node.mentions} mentions · ${node.degree} connections`)]),
      node.wikidata
        ? el('div', { className: 'meta' }, [
            document.createTextNode('Wikidata: '),
            el('a', { text: node.wikidata, attrs: { href: `https://www.wikidata.org/wiki/${encodeURIComponent(node.wikidata)}`, target: '_blank', rel: 'noopener noreferrer' } }),
          ])
        : null,
      expand,
      loading,
      view.about ? groupsSection(view.about, actions) : null,
      view.held ? groupsSection(view.held, actions) : null,
    ].filter((child): child is HTMLElement => child !== null),
  );
}
