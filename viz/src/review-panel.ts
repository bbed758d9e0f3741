/**
 * Review controls in the side panel (only when the server takes decisions): on a stance,
 * confirm, reject, change polarity or CAMEO code; on an entity, merge another into it or keep
 * another apart from it (chosen by search), change its kind, set or clear its QID. Every control
 * sends one decision; `done` then shows the result (the page reloads the rebuilt graph).
 */
import { CAMEO_NAMES, type CameoCode } from '../../schema/cameo';
import type { Decision } from '../../schema/decisions';
import type { EntityKind, Polarity } from '../../schema/enums';
import type { EntityNodeAttributes, SerializedGraph, StanceNodeAttributes } from '../../schema/graph-json';
import { el } from './dom';
import { stanceRefOf, type ReviewClient } from './review-api-client';

const POLARITIES: readonly Polarity[] = ['support', 'oppose', 'neutral', 'mixed'];
const KINDS: readonly EntityKind[] = ['Person', 'Organisation', 'Country', 'Region', 'City', 'Group', 'Event'];

type Send = (decision: Decision) => Promise<void>;

function button(text: string, id: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', { text, attrs: { type: 'button', id } });
  b.addEventListener('click', onClick);
  return b;
}

function select(id: string, label: string, options: readonly { value: string; text: string }[], current: string): HTMLSelectElement {
  const s = el(
    'select',
    { attrs: { id, 'aria-label': label } },
    options.map((o) => el('option', { text: o.text, attrs: { value: o.value } })),
  );
  s.value = current;
  return s;
}

function stanceControls(key: string, stance: StanceNodeAttributes, send: Send, meta: () => { by: string; at: string }): HTMLElement {
  const stanceRef = stanceRefOf(stance);
  const polarity = select(
    'review-polarity',
    'Polarity',
    POLARITIES.map((p) => ({ value: p, text: p })),
    stance.polarity,
  );
  const code = select(
    'review-code',
    'CAMEO code',
    Object.entries(CAMEO_NAMES).map(([value, name]) => ({ value, text: `${value} ${name}` })),
    stance.code,
  );
  return el('div', { className: 'review-controls', attrs: { 'data-stance': key } }, [
    button('Confirm', 'review-confirm', () => void send({ action: 'stance.confirm', stance: stanceRef, ...meta() })),
    button('Reject', 'review-reject', () => void send({ action: 'stance.reject', stance: stanceRef, ...meta() })),
    el('div', { className: 'review-row' }, [
      polarity,
      button('Set polarity', 'review-set-polarity', () => void send({ action: 'stance.correct', stance: stanceRef, polarity: polarity.value as Polarity, ...meta() })),
    ]),
    el('div', { className: 'review-row' }, [
      code,
      button('Set code', 'review-set-code', () => void send({ action: 'stance.correct', stance: stanceRef, code: code.value as CameoCode, ...meta() })),
    ]),
  ]);
}

/** A small search over the graph's entities to pick the other one of a merge or a keep-apart. */
function entityPicker(data: SerializedGraph, self: string, onPick: (key: string, action: 'merge' | 'keep-apart') => void): HTMLElement {
  const entities = data.nodes.filter((n) => n.key !== self && n.attributes.kind !== 'Stance' && n.attributes.kind !== 'Source');
  const input = el('input', { attrs: { id: 'review-other', type: 'search', placeholder: 'Find another entity…', 'aria-label': 'Find another entity', autocomplete: 'off' } });
  const list = el('ul', { className: 'review-hits', attrs: { id: 'review-other-hits' } });
  input.addEventListener('input', () => {
    const query = input.value.trim().toLowerCase();
    const hits = query.length === 0 ? [] : entities.filter((n) => [n.attributes.label, ...n.attributes.aliases].some((name) => name.toLowerCase().includes(query))).slice(0, 8);
    list.replaceChildren(
      ...hits.map((n) =>
        el('li', {}, [
          el('span', { text: `${n.attributes.label} (${n.attributes.kind})` }),
          button('Merge into this', `review-merge-${n.key}`, () => onPick(n.key, 'merge')),
          button('Keep apart', `review-apart-${n.key}`, () => onPick(n.key, 'keep-apart')),
        ]),
      ),
    );
  });
  return el('div', { className: 'review-picker' }, [input, list]);
}

function entityControls(key: string, data: SerializedGraph, send: Send, meta: () => { by: string; at: string }): HTMLElement {
  const attributes = data.nodes.find((n) => n.key === key)!.attributes as unknown as EntityNodeAttributes;
  const kind = select(
    'review-kind',
    'Kind',
    KINDS.map((k) => ({ value: k, text: k })),
    attributes.kind,
  );
  const qid = el('input', { attrs: { id: 'review-qid', type: 'text', placeholder: 'Q…', 'aria-label': 'Wikidata QID (empty clears it)', value: attributes.wikidata ?? '' } });
  return el('div', { className: 'review-controls', attrs: { 'data-entity': key } }, [
    entityPicker(
      data,
      key,
      (other, action) =>
        void send(action === 'merge' ? { action: 'entity.merge', entity: other, into: key, ...meta() } : { action: 'entity.keep-apart', entity: key, other, ...meta() }),
    ),
    el('div', { className: 'review-row' }, [
      kind,
      button('Set kind', 'review-set-kind', () => void send({ action: 'entity.set-kind', entity: key, kind: kind.value as EntityKind, ...meta() })),
    ]),
    el('div', { className: 'review-row' }, [
      qid,
      button('Set QID', 'review-set-qid', () => void send({ action: 'entity.set-qid', entity: key, wikidata: qid.value.trim() || null, ...meta() })),
    ]),
  ]);
}

/** Append the review section for the node shown in the panel (nothing for a Source). */
export function renderReviewSection(panelBody: HTMLElement, key: string, data: SerializedGraph, client: ReviewClient, done: () => void): void {
  const node = data.nodes.find((n) => n.key === key);
  if (!node || node.attributes.kind === 'Source') return;
  const message = el('p', { className: 'review-message', attrs: { role: 'status', id: 'review-message' } });
  const meta = () => ({ by: client.reviewer(), at: new Date().toISOString() });
  const send: Send = async (decision) => {
    message.textContent = 'Saving…';
    const result = await client.send(decision);
    if (result.ok) done();
    else message.textContent = `Not saved: ${result.error}`;
  };
  const reviewed = (node.attributes as { reviewed?: string; reviewedBy?: string }).reviewed;
  const status = reviewed ? `${reviewed} by ${(node.attributes as { reviewedBy?: string }).reviewedBy ?? 'someone'}` : 'not reviewed';
  const controls = node.attributes.kind === 'Stance' ? stanceControls(key, node.attributes as StanceNodeAttributes, send, meta) : entityControls(key, data, send, meta);
  panelBody.appendChild(
    el('section', { className: 'review-section', attrs: { 'aria-label': 'Review' } }, [
      el('h3', { text: 'Review' }),
      el('p', { text: status, attrs: { id: 'review-status' } }),
      controls,
      message,
    ]),
  );
}
