/**
 * Reviewing in the viewer, switched on only when the server put a review token in the page
 * (`kg serve --file ...` on loopback, without --read-only). Adds a reviewer name and a queue
 * button to the toolbar, a review section to the side panel and the queue dialog; with no token
 * it adds nothing, so a read-only server and the static export have no write controls.
 */
import './review.css';
import type { SerializedGraph } from '../../schema/graph-json';
import { el } from './dom';
import { createReviewClient } from './review-api-client';
import { renderReviewSection } from './review-panel';
import { reviewQueue } from './review-queue';
import { createQueueView } from './review-queue-view';

export interface ReviewMode {
  /** Add the review controls for the node just shown in the panel. */
  decoratePanel(panelBody: HTMLElement, key: string | null): void;
}

/** Reload the rebuilt graph, keeping the address (and with it the selected node). */
function reload(): void {
  location.reload();
}

export function attachReview(data: SerializedGraph): ReviewMode | null {
  const client = createReviewClient();
  if (!client) return null;
  const name = el('input', { attrs: { id: 'reviewer', type: 'text', 'aria-label': 'Reviewer name', placeholder: 'your name', value: client.reviewer(), size: '10' } });
  name.addEventListener('change', () => client.setReviewer(name.value || 'analyst'));
  const left = reviewQueue(data).length;
  const queue = createQueueView(data, client, (changed) => {
    if (changed) reload();
  });
  const open = el('button', { text: `Review queue (${left})`, attrs: { type: 'button', id: 'review-open', title: 'Unreviewed stances, least confident first' } });
  open.addEventListener('click', () => queue.open());
  document.querySelector('header.toolbar')?.appendChild(el('div', { className: 'buttons review-bar', attrs: { role: 'group', 'aria-label': 'Review' } }, [name, open]));
  document.body.appendChild(queue.element);
  return {
    decoratePanel(panelBody, key) {
      if (key) renderReviewSection(panelBody, key, data, client, reload);
    },
  };
}
