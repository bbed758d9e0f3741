/**
 * The explorer's controls in the legend column: the node budget (what the browser holds and
 * may hold, changeable), the way back to the overview, and the source filter: a date range,
 * the publishers, and a searchable list of sources (the server searches; a long archive never
 * lists a thousand rows). Every change hands the whole new filter to `onFilter`.
 */
import type { ExploreInfo, SourcesAnswer } from '../../schema/explore-api';
import { el } from './dom';
import { POLARITY_COLOR } from './kind-style';
import type { ExploreFilter } from './overview-api';

export interface FilterControls {
  /** Show how many nodes are held against the budget. */
  showCount(order: number, budget: number, note?: string): void;
  /** How many sources pass the current filter. */
  showMatching(total: number): void;
}

export interface FilterHandlers {
  onFilter(filter: ExploreFilter): void;
  onBudget(budget: number): void;
  onOverview(): void;
  searchSources(filter: ExploreFilter, text: string): Promise<SourcesAnswer>;
}

const SOURCE_SEARCH_DELAY_MS = 150;

function labelled(text: string, control: HTMLElement): HTMLElement {
  return el('label', { className: 'explore-field' }, [el('span', { text }), control]);
}

export function renderFilterControls(container: HTMLElement, info: ExploreInfo, budget: number, handlers: FilterHandlers): FilterControls {
  let filter: ExploreFilter = { from: '', to: '', publishers: [], sources: [] };
  const changed = (next: ExploreFilter) => {
    filter = next;
    renderChosen();
    handlers.onFilter(filter);
  };

  const count = el('div', { attrs: { id: 'explore-count', role: 'status' } });
  const budgetInput = el('input', { attrs: { id: 'explore-budget', type: 'number', min: '1', max: String(info.maxBudget), step: '100', value: String(budget) } });
  budgetInput.addEventListener('change', () => {
    const value = Math.round(Number(budgetInput.value));
    if (!Number.isFinite(value) || value < 1) return;
    const clamped = Math.min(info.maxBudget, value);
    budgetInput.value = String(clamped);
    handlers.onBudget(clamped);
  });
  const back = el('button', { text: 'Back to the overview', attrs: { type: 'button', id: 'explore-overview' } });
  back.addEventListener('click', () => handlers.onOverview());

  const dateInput = (id: string, edge: 'from' | 'to') => {
    const input = el('input', { attrs: { id, type: 'date', ...(info.dates ? { min: info.dates.min, max: info.dates.max } : {}) } });
    input.addEventListener('change', () => changed({ ...filter, [edge]: input.value }));
    return input;
  };
  const publishers = el(
    'ul',
    { className: 'legend explore-publishers', attrs: { id: 'explore-publishers' } },
    info.publishers.map((publisher) => {
      const box = el('input', { attrs: { type: 'checkbox', 'data-publisher': publisher.name } });
      box.addEventListener('change', () => {
        const chosen = new Set(filter.publishers);
        if (box.checked) chosen.add(publisher.name);
        else chosen.delete(publisher.name);
        changed({ ...filter, publishers: info.publishers.map((p) => p.name).filter((name) => chosen.has(name)) });
      });
      return el('li', {}, [el('label', {}, [box, document.createTextNode(` ${publisher.name} `), el('span', { className: 'count', text: String(publisher.sources) })])]);
    }),
  );

  const sourceSearch = el('input', { attrs: { id: 'explore-source-search', type: 'search', placeholder: 'Find a source by title or publisher', autocomplete: 'off' } });
  const sourceResults = el('ul', { className: 'legend explore-sources', attrs: { id: 'explore-source-results' } });
  const chosenList = el('ul', { className: 'legend explore-chosen', attrs: { id: 'explore-source-chosen' } });
  const matching = el('div', { className: 'meta', attrs: { id: 'explore-matching' } });
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  let searchRound = 0;
  const runSourceSearch = () => {
    const round = ++searchRound;
    handlers.searchSources(filter, sourceSearch.value).then(
      (answer) => {
        if (round !== searchRound) return;
        sourceResults.replaceChildren(
          ...answer.sources.map((source) => {
            const pick = el('button', { className: 'node-link', text: source.title, attrs: { type: 'button', 'data-source': source.key } });
            pick.addEventListener('click', () => {
              if (!filter.sources.some((chosen) => chosen.key === source.key)) changed({ ...filter, sources: [...filter.sources, { key: source.key, title: source.title }] });
            });
            return el('li', {}, [pick, el('span', { className: 'meta', text: ` ${[source.publisher, source.date].filter(Boolean).join(', ')}` })]);
          }),
          ...(answer.total > answer.sources.length ? [el('li', { className: 'meta', text: `${answer.total - answer.sources.length} more: type to narrow` })] : []),
        );
      },
      (error: unknown) => sourceResults.replaceChildren(el('li', { className: 'meta', text: (error as Error).message })),
    );
  };
  sourceSearch.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(runSourceSearch, SOURCE_SEARCH_DELAY_MS);
  });
  function renderChosen(): void {
    chosenList.replaceChildren(
      ...filter.sources.map((source) => {
        const remove = el('button', { className: 'chip', text: `${source.title} ×`, attrs: { type: 'button', 'aria-label': `Remove the source ${source.title}` } });
        remove.addEventListener('click', () => changed({ ...filter, sources: filter.sources.filter((chosen) => chosen.key !== source.key) }));
        return el('li', {}, [remove]);
      }),
    );
  }

  const arrowLegend = el(
    'ul',
    { className: 'legend' },
    (
      [
        ['support', 'more support than opposition'],
        ['oppose', 'more opposition than support'],
        ['mixed', 'balanced'],
        ['neutral', 'neutral only'],
      ] as const
    ).map(([polarity, text]) => {
      const swatch = el('span', { className: 'swatch' });
      swatch.style.background = POLARITY_COLOR[polarity];
      return el('li', {}, [swatch, document.createTextNode(` ${text}`)]);
    }),
  );

  container.replaceChildren(
    el('section', { attrs: { id: 'explore-budget-section' } }, [el('h2', { text: 'Exploring' }), count, labelled('Node budget', budgetInput), back]),
    el('section', {}, [
      el('h2', { text: 'Sources' }),
      labelled('From', dateInput('explore-from', 'from')),
      labelled('To', dateInput('explore-to', 'to')),
      el('h3', { text: 'Publishers' }),
      publishers,
      el('h3', { text: 'Only these sources' }),
      chosenList,
      sourceSearch,
      sourceResults,
      matching,
    ]),
    el('section', {}, [
      el('h2', { text: 'Stance arrows (holder → target)' }),
      arrowLegend,
      el('div', { className: 'meta', text: 'One arrow per pair; thicker for more stances.' }),
    ]),
  );
  runSourceSearch();

  return {
    showCount(order, held, note) {
      count.textContent = `${order.toLocaleString('en')} of ${held.toLocaleString('en')} nodes${note ? ` · ${note}` : ''}`;
      count.dataset.order = String(order);
      count.dataset.budget = String(held);
    },
    showMatching(total) {
      matching.textContent = `${total.toLocaleString('en')} sources match`;
      runSourceSearch();
    },
  };
}
