/**
 * Which publisher's rules apply to a document: by the metadata's publisher name, by the host of
 * its URL (metadata or the page's canonical link), by the page's site name, or by a copyright
 * line near the top or bottom. Mentions of a publisher in running text do not count: a report
 * that quotes RFE/RL is not published by RFE/RL.
 */
import type { PublisherRules } from './publisher-rules';

export interface PublisherEvidence {
  publisher?: string | null;
  url?: string | null;
  siteName?: string | null;
  /** The visible text (plain), whose first and last lines may carry a copyright line. */
  plain: string;
}

const EDGE_LINES = 15;

function normalise(value: string): string {
  return value
    .toLowerCase()
    .replace(/[‐‑‒–—-]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

function namesMatch(rules: PublisherRules, name: string): boolean {
  const wanted = normalise(name);
  const names = [rules.publisher ?? '', rules.shortName ?? '', ...rules.match.names].filter(Boolean).map(normalise);
  return names.some((n) => n === wanted || wanted.startsWith(`${n} `) || wanted.startsWith(`${n}-`) || wanted.startsWith(`${n} -`));
}

/** First and last lines with visible text: where mastheads and copyright footers sit. */
export function edgeLines(plain: string): string[] {
  const edge = 8000;
  const visible = plain.length <= 2 * edge ? plain : `${plain.slice(0, edge)}\n${plain.slice(-edge)}`;
  const lines = visible
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (lines.length <= 2 * EDGE_LINES) return lines;
  return [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)];
}

/** The matching publisher's rules (never the generic ones), or null. */
export function detectPublisher(all: readonly PublisherRules[], evidence: PublisherEvidence): PublisherRules | null {
  const specific = all.filter((r) => r.publisher !== null);
  if (evidence.publisher) {
    const byName = specific.find((r) => namesMatch(r, evidence.publisher!));
    if (byName) return byName;
  }
  const host = evidence.url ? hostOf(evidence.url) : null;
  if (host) {
    const byHost = specific.find((r) => r.match.hosts.some((h) => host === h || host.endsWith(`.${h}`)));
    if (byHost) return byHost;
  }
  if (evidence.siteName) {
    const bySite = specific.find((r) => namesMatch(r, evidence.siteName!));
    if (bySite) return bySite;
  }
  const lines = edgeLines(evidence.plain);
  return specific.find((r) => r.copyrightPattern && lines.some((line) => r.copyrightPattern!.test(line))) ?? null;
}
