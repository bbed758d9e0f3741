/**
 * The review queue: one unreviewed stance at a time, least confident first, its quote shown in
 * its sentence, decided from the keyboard (c confirm, r reject, n or → next, Esc close) with a
 * count of what is left. Decisions are sent at once; the graph behind is reloaded when the queue
 * closes, so going through many stances does not redraw the graph after each one.
 */
import { cameoName } from '../../schema/cameo';
import type { SerializedGraph } from '../../schema/graph-json';
import { el } from './dom';
import { stanceRefOf, type ReviewClient } from './review-api-client';
import { reviewQueue, type QueueItem } from './review-queue';

export interface QueueView {
  open(): void;
  readonly element: HTMLElement;
}

export function createQueueView(data: SerializedGraph, client: ReviewClient, onClosed: (changed: boolean) => void): QueueView {
  let items: QueueItem[] = reviewQueue(data);
  let index = 0;
  let changed = false;
  let busy = false;
  const count = el('p', { className: 'review-count', attrs: { id: 'review-left', 'aria-live': 'polite' } });
  const heading = el('h2', { attrs: { id: 'review-queue-title' } });
  const sentence = el('blockquote', { className: 'review-sentence', attrs: { id: 'review-sentence' } });
  const message = el('p', { className: 'review-message', attrs: { role: 'status', id: 'review-queue-message' } });
  const buttons = el('div', { className: 'review-row' });
  const dialog = el('section', { className: 'review-queue', attrs: { id: 'review-queue', role: 'dialog', 'aria-labelledby': 'review-queue-title', hidden: '' } }, [
    heading,
    count,
    sentence,
    buttons,
    el('p', { className: 'review-keys', text: 'Keys: c confirm · r reject · n or → next · Esc close' }),
    message,
  ]);

  const show = async () => {
    count.textContent = `${items.length} left to review`;
    const item = items[index];
    if (!item) {
      heading.textContent = items.length === 0 ? 'Nothing left to review' : 'End of the queue';
      sentence.replaceChildren();
      return;
    }
    heading.textContent = `${item.holder} → ${item.target}: ${item.stance.polarity}, ${cameoName(item.stance.code)} (confidence ${item.stance.confidence.toFixed(2)})`;
    sentence.replaceChildren(el('mark', { text: item.stance.quote }));
    const context = await client.context(item.key).catch(() => null);
    if (context && items[index] === item)
      sentence.replaceChildren(document.createTextNode(context.before), el('mark', { text: context.quote }), document.createTextNode(context.after));
  };

  const decide = async (action: 'stance.confirm' | 'stance.reject') => {
    const item = items[index];
    if (!item || busy) return;
    busy = true;
    message.textContent = 'Saving…';
    const result = await client.send({ action, stance: stanceRefOf(item.stance), by: client.reviewer(), at: new Date().toISOString() });
    busy = false;
    if (!result.ok) {
      message.textContent = `Not saved: ${result.error}`;
      return;
    }
    message.textContent = `${action === 'stance.confirm' ? 'Confirmed' : 'Rejected'}.`;
    changed = true;
    items = items.filter((i) => i !== item);
    if (index >= items.length) index = 0;
    await show();
  };
  const next = () => {
    if (items.length === 0) return;
    index = (index + 1) % items.length;
    void show();
  };
  const close = () => {
    dialog.hidden = true;
    document.removeEventListener('keydown', onKey);
    onClosed(changed);
  };
  function onKey(event: KeyboardEvent): void {
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) return;
    const key = event.key.toLowerCase();
    if (key === 'c') void decide('stance.confirm');
    else if (key === 'r') void decide('stance.reject');
    else if (key === 'n' || key === 'arrowright') next();
    else if (key === 'escape') close();
    else return;
    event.preventDefault();
    event.stopPropagation();
  }
  const mk = (text: string, id: string, onClick: () => void) => {
    const b = el('button', { text, attrs: { type: 'button', id } });
    b.addEventListener('click', onClick);
    return b;
  };
  buttons.replaceChildren(
    mk('Confirm (c)', 'queue-confirm', () => void decide('stance.confirm')),
    mk('Reject (r)', 'queue-reject', () => void decide('stance.reject')),
    mk('Next (n)', 'queue-next', next),
    mk('Close (Esc)', 'queue-close', close),
  );
  return {
    element: dialog,
    open() {
      dialog.hidden = false;
      document.addEventListener('keydown', onKey, true);
      void show();
    },
  };
}
