/**
 * The legend doubles as the filter panel: a button per kind (swatch in its colour and shape,
 * count, toggles the kind), per polarity, and per source document. Buttons carry
 * `aria-pressed`, so they are keyboard- and screen-reader-usable as they are.
 */
import type { NodeKind, Polarity } from '../../schema/enums';
import { el } from './dom';
import { KIND_ORDER, KIND_STYLE, POLARITY_COLOR, POLARITY_ORDER } from './kind-style';
import type { LegendCounts } from './legend-counts';
import type { ViewerState } from './viewer-state';

export interface LegendHandlers {
  onKind(kind: NodeKind): void;
  onPolarity(polarity: Polarity): void;
  onSource(source: string): void;
}

function swatch(color: string, shape: string): HTMLElement {
  const span = el('span', { className: `swatch ${shape}`, attrs: { 'aria-hidden': 'true' } });
  // CSSOM property, not a style attribute: allowed by the Content-Security-Policy.
  if (shape === 'ring') span.style.borderColor = color;
  else span.style.background = color;
  return span;
}

function legendButton(label: string, count: number | null, mark: HTMLElement, data: Record<string, string>, onClick: () => void) {
  const button = el('button', { attrs: { type: 'button', 'aria-pressed': 'true', ...data } }, [
    mark,
    el('span', { className: 'title', text: label }),
    count === null ? null : el('span', { className: 'count', text: count.toLocaleString('en') }),
  ]);
  button.title = label;
  button.addEventListener('click', onClick);
  return el('li', {}, [button]);
}

export function renderLegend(containers: { kinds: HTMLElement; polarities: HTMLElement }, counts: LegendCounts, handlers: Pick<LegendHandlers, 'onKind' | 'onPolarity'>): void {
  containers.kinds.replaceChildren(
    ...KIND_ORDER.filter((kind) => counts.kinds[kind] > 0).map((kind) =>
      legendButton(KIND_STYLE[kind].legend, counts.kinds[kind], swatch(KIND_STYLE[kind].color, KIND_STYLE[kind].shape), { 'data-kind': kind }, () => handlers.onKind(kind)),
    ),
  );
  containers.polarities.replaceChildren(
    ...POLARITY_ORDER.map((polarity) =>
      legendButton(polarity, counts.polarities[polarity], swatch(POLARITY_COLOR[polarity], 'line'), { 'data-polarity': polarity }, () => handlers.onPolarity(polarity)),
    ),
  );
}

/** The source filter: one button per document (there can be hundreds, so the viewer renders it after the first frame). */
export function renderSourceLegend(container: HTMLElement, sources: readonly { key: string; title: string }[], onSource: LegendHandlers['onSource']): void {
  container.replaceChildren(
    ...sources.map((source) => legendButton(source.title, null, swatch(KIND_STYLE.Source.color, 'square'), { 'data-source': source.key }, () => onSource(source.key))),
  );
}

/** Reflect the state in the buttons' pressed flags. */
export function syncLegend(root: HTMLElement, state: ViewerState): void {
  root.querySelectorAll<HTMLButtonElement>('button[data-kind]').forEach((button) => {
    button.setAttribute('aria-pressed', String(!state.hiddenKinds.has(button.dataset.kind as NodeKind)));
  });
  root.querySelectorAll<HTMLButtonElement>('button[data-polarity]').forEach((button) => {
    button.setAttribute('aria-pressed', String(!state.hiddenPolarities.has(button.dataset.polarity as Polarity)));
  });
  root.querySelectorAll<HTMLButtonElement>('button[data-source]').forEach((button) => {
    button.setAttribute('aria-pressed', String(!state.hiddenSources.has(button.dataset.source ?? '')));
  });
}
