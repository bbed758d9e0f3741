/**
 * The page's side of the review write API (src/serve/review-api.ts). The token is in a meta tag
 * only `kg serve` with reviewing on puts in the page; without it (read-only, Neo4j mode, the
 * static export) there is no client and the page shows no write controls at all.
 */
import type { Decision, StanceRef } from '../../schema/decisions';
import type { SerializedGraph, StanceNodeAttributes } from '../../schema/graph-json';

/** Must match `REVIEW_TOKEN_META` in src/serve/review-api.ts. */
const TOKEN_META = 'kg-review-token';
const TOKEN_HEADER = 'x-kg-review-token';
const REVIEWER_KEY = 'kg-reviewer';

export interface QuoteInSentence {
  before: string;
  quote: string;
  after: string;
}

export interface ReviewClient {
  /** Who the decisions are by (kept in this browser). */
  reviewer(): string;
  setReviewer(name: string): void;
  send(decision: Decision): Promise<{ ok: true } | { ok: false; error: string }>;
  context(stanceKey: string): Promise<QuoteInSentence | null>;
}

export function stanceRefOf(attributes: StanceNodeAttributes): StanceRef {
  return {
    source: attributes.source.replace(/^source:/, ''),
    span: [attributes.span[0], attributes.span[1]],
    holder: attributes.holder,
    target: attributes.target,
    quote: attributes.quote,
  };
}

export function stanceAttributes(data: SerializedGraph, key: string): StanceNodeAttributes | null {
  const node = data.nodes.find((n) => n.key === key);
  return node && node.attributes.kind === 'Stance' ? (node.attributes as StanceNodeAttributes) : null;
}

export function createReviewClient(): ReviewClient | null {
  const token = document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content;
  if (!token) return null;
  const stored = () => {
    try {
      return localStorage.getItem(REVIEWER_KEY);
    } catch {
      return null;
    }
  };
  return {
    reviewer: () => stored() || 'analyst',
    setReviewer(name) {
      try {
        localStorage.setItem(REVIEWER_KEY, name.trim());
      } catch {
        // A browser that keeps nothing still reviews, as "analyst".
      }
    },
    async send(decision) {
      const response = await fetch('api/review/decisions', {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(decision),
      });
      if (response.ok) return { ok: true };
      const body = (await response.json().catch(() => null)) as { error?: string } | null;
      return { ok: false, error: body?.error ?? `the server answered ${response.status}` };
    },
    async context(stanceKey) {
      const response = await fetch(`api/review/context/${encodeURIComponent(stanceKey)}`, { headers: { accept: 'application/json' } });
      return response.ok ? ((await response.json()) as QuoteInSentence) : null;
    },
  };
}
