/**
 * The side panel: renders `NodeDetails` with `el()` (text only, never HTML). Names of other
 * nodes are buttons that select them, so a user can walk the graph from the panel.
 */
import type { EventDetail, NodeDetails, RelationDetail, SourceRef, StanceDetail } from './node-details';
import { cameoName } from '../../schema/cameo';
import { el } from './dom';
import { KIND_STYLE, POLARITY_COLOR } from './kind-style';

export type SelectHandler = (key: string) => void;

function nodeButton(ref: { key: string; label: string } | null, onSelect: SelectHandler): HTMLElement {
  if (!ref) return el('span', { text: '(not in the graph)' });
  const button = el('button', { className: 'node-link', text: ref.label, attrs: { type: 'button', 'data-key': ref.key } });
  button.addEventListener('click', () => onSelect(ref.key));
  return button;
}

function citation(source: SourceRef | null): HTMLElement {
  if (!source) return el('div', { className: 'cite', text: 'source unknown' });
  const parts = [source.publisher, source.date].filter((part): part is string => Boolean(part)).join(', ');
  const title = source.url ? el('a', { text: source.title, attrs: { href: source.url, target: '_blank', rel: 'noopener noreferrer' } }) : el('span', { text: source.title });
  return el('div', { className: 'cite' }, [document.createTextNode('— '), title, parts ? document.createTextNode(` (${parts})`) : null]);
}

function polarityPill(polarity: string): HTMLElement {
  const pill = el('span', { className: 'pill', text: polarity });
  pill.style.background = POLARITY_COLOR[polarity as keyof typeof POLARITY_COLOR] ?? '#777';
  return pill;
}

function stanceItem(stance: StanceDetail, side: 'held' | 'about' | 'self', onSelect: SelectHandler, cite = true): HTMLElement {
  const who =
    side === 'held'
      ? [document.createTextNode('about '), nodeButton(stance.target, onSelect)]
      : side === 'about'
        ? [document.createTextNode('by '), nodeButton(stance.holder, onSelect)]
        : [nodeButton(stance.holder, onSelect), document.createTextNode(' → '), nodeButton(stance.target, onSelect)];
  return el('li', { className: 'stance', attrs: { 'data-polarity': stance.polarity } }, [
    el('div', {}, [polarityPill(stance.polarity), el('span', { className: 'code', text: `${stance.code} ${cameoName(stance.code).toLowerCase()}` }), ...who]),
    el('blockquote', { className: 'quote', text: stance.quote }),
    cite ? citation(stance.source) : null,
  ]);
}

/** A reported event: its code and name, actor → target, where and when, the clause that states it. */
function eventItem(event: EventDetail, onSelect: SelectHandler): HTMLElement {
  const pill = el('span', { className: 'pill', text: event.code });
  pill.style.background = KIND_STYLE.ReportedEvent.color;
  pill.style.color = '#222';
  const who = [
    event.actor ? nodeButton(event.actor, onSelect) : el('span', { className: 'meta', text: 'someone not named' }),
    document.createTextNode(' → '),
    event.target ? nodeButton(event.target, onSelect) : el('span', { className: 'meta', text: 'no one named' }),
  ];
  const where = [event.place ? ` in ${event.place.label}` : '', event.date ? `, ${event.date}` : ''].join('');
  return el('li', { className: 'event', attrs: { 'data-code': event.code } }, [
    el('div', {}, [pill, el('span', { className: 'code', text: event.name.toLowerCase() }), ...who, where ? el('span', { className: 'meta', text: where }) : null]),
    el('blockquote', { className: 'quote', text: event.quote }),
    citation(event.source),
  ]);
}

function relationItem(relation: RelationDetail, onSelect: SelectHandler): HTMLElement {
  const type = relation.type.toLowerCase().replace(/_/g, ' ');
  const head =
    relation.direction === 'out'
      ? [el('span', { className: 'code', text: type }), nodeButton(relation.other, onSelect)]
      : [nodeButton(relation.other, onSelect), el('span', { className: 'code', text: ` ${type} ` }), document.createTextNode('this')];
  return el('li', { className: 'relation' }, [
    el('div', {}, [...head, relation.role ? el('span', { className: 'meta', text: ` (${relation.role})` }) : null]),
    ...relation.evidence.flatMap((evidence) => [el('blockquote', { className: 'quote', text: evidence.quote }), citation(evidence.source)]),
    // No sentence states it: say where the knowledge comes from instead of showing a quote.
    ...(relation.gazetteer
      ? [el('div', { className: 'meta', text: 'known from the gazetteer; no sentence states it. Both are named in:' }), ...relation.gazetteer.sources.map(citation)]
      : []),
  ]);
}

function section(title: string, items: HTMLElement[]): HTMLElement | null {
  if (items.length === 0) return null;
  return el('section', {}, [el('h3', { text: `${title} (${items.length})` }), el('ul', {}, items)]);
}

export function renderPanel(body: HTMLElement, details: NodeDetails, onSelect: SelectHandler): void {
  const kind = el('span', { className: 'pill', text: details.kind });
  kind.style.background = KIND_STYLE[details.kind].color;
  const meta: (HTMLElement | null)[] = [
    el('h2', { text: details.label }),
    el('div', { className: 'meta' }, [kind, details.mentions !== null ? document.createTextNode(`${details.mentions} mentions`) : null]),
    details.aliases.length ? el('div', { className: 'meta', text: `Also: ${details.aliases.join(' · ')}` }) : null,
    details.description ? el('div', { className: 'meta', text: details.description }) : null,
    details.wikidata
      ? el('div', { className: 'meta' }, [
          document.createTextNode('Wikidata: '),
          el('a', { text: details.wikidata.id, attrs: { href: details.wikidata.url, target: '_blank', rel: 'noopener noreferrer' } }),
        ])
      : null,
    details.source && details.kind === 'Source' ? citation(details.source) : null,
  ];
  body.replaceChildren(
    ...meta.filter((node): node is HTMLElement => node !== null),
    ...[
      details.stance ? section('Stance', [stanceItem(details.stance, 'self', onSelect)]) : null,
      details.event ? section('Reported event', [eventItem(details.event, onSelect)]) : null,
      section(
        'Events carried out',
        details.carriedOut.map((event) => eventItem(event, onSelect)),
      ),
      section(
        'Events against',
        details.against.map((event) => eventItem(event, onSelect)),
      ),
      section(
        'Stances held',
        details.held.map((stance) => stanceItem(stance, 'held', onSelect)),
      ),
      section(
        'Stances about',
        details.about.map((stance) => stanceItem(stance, 'about', onSelect)),
      ),
      section(
        'Relations',
        details.relations.map((relation) => relationItem(relation, onSelect)),
      ),
      section(
        'Mentioned in',
        details.mentionedIn.map((source) => el('li', {}, [citation(source)])),
      ),
      // In a source's own panel every stance comes from it: no need to cite it each time.
      section(
        'Stances stated here',
        details.stated.map((stance) => stanceItem(stance, 'self', onSelect, false)),
      ),
      section(
        'Mentions',
        details.mentioned.map((ref) => el('li', {}, [nodeButton(ref, onSelect), el('span', { className: 'meta', text: ` ${ref.kind.toLowerCase()}, ${ref.count}×` })])),
      ),
    ].filter((node): node is HTMLElement => node !== null),
  );
}
