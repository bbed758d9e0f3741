/**
 * The search box: an ARIA combobox over `searchNodes`. Arrow keys move through the results,
 * Enter chooses, Escape closes; a click or a tap chooses too.
 */
import { el } from './dom';
import { KIND_STYLE } from './kind-style';
import { searchNodes, type SearchHit, type SearchIndex } from './search-index';

export interface SearchView {
  /** Run a query as if typed; returns the hits shown. */
  query(text: string): SearchHit[];
}

export function attachSearch(
  input: HTMLInputElement,
  list: HTMLUListElement,
  index: SearchIndex,
  accept: (key: string) => boolean,
  onChoose: (hit: SearchHit) => void,
): SearchView {
  let hits: SearchHit[] = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (next: number) => {
    active = next;
    list.querySelectorAll('li').forEach((item, i) => item.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-hit-${active}`);
  };
  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    input.value = hit.label;
    close();
    onChoose(hit);
  };
  const render = () => {
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const item = el('li', { attrs: { id: `search-hit-${i}`, role: 'option', 'aria-selected': 'false', 'data-key': hit.key } }, [
          el('span', { text: hit.label }),
          hit.alias ? el('span', { className: 'hit-alias', text: `(${hit.alias})` }) : null,
          el('span', { className: 'hit-kind', text: KIND_STYLE[hit.kind].legend.replace(/s$/, '') }),
        ]);
        // pointerdown, not click: it fires before the input loses focus and closes the list.
        item.addEventListener('pointerdown', (event) => {
          event.preventDefault();
          choose(hit);
        });
        return item;
      }),
    );
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    active = -1;
  };
  const query = (text: string) => {
    hits = searchNodes(index, text, { limit: 10, accept });
    render();
    return hits;
  };

  input.addEventListener('input', () => query(input.value));
  input.addEventListener('focus', () => {
    if (input.value) query(input.value);
  });
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (list.hidden) query(input.value);
      highlight(Math.min(hits.length - 1, active + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      highlight(Math.max(0, active - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(hits[active >= 0 ? active : 0]);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  return { query };
}
