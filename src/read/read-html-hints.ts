/**
 * Page metadata from the <head> and the markup: title (og:title, JSON-LD headline, <h1>,
 * <title>), publication date (article:published_time and kin, JSON-LD, <time>), canonical URL
 * and site name (og:site_name, JSON-LD publisher, or the "| Site" suffix of <title>).
 */
import type { FormatHints } from './mask-markdown';

export interface HtmlHints extends FormatHints {
  siteName?: string;
}

export function cleanText(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

function metaContent(doc: Document, selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const value = cleanText(doc.querySelector(selector)?.getAttribute('content'));
    if (value) return value;
  }
  return undefined;
}

function jsonLdField(doc: Document, field: 'datePublished' | 'headline' | 'publisherName'): string | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const items = (Array.isArray(data) ? data : [data, ...((data as { '@graph'?: unknown[] })?.['@graph'] ?? [])]) as Record<string, unknown>[];
    for (const item of items) {
      if (!item || typeof item !== 'object') continue;
      if (field === 'publisherName') {
        const name = (item.publisher as { name?: unknown } | undefined)?.name;
        if (typeof name === 'string' && name.trim()) return name.trim();
      } else if (typeof item[field] === 'string' && (item[field] as string).trim()) {
        return (item[field] as string).trim();
      }
    }
  }
  return undefined;
}

/** Everything the page says about itself outside the body text. */
export function readHints(doc: Document): HtmlHints {
  const hints: HtmlHints = {};
  const title =
    metaContent(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
    jsonLdField(doc, 'headline') ??
    cleanText(doc.querySelector('article h1, main h1')?.textContent) ??
    cleanText(doc.querySelector('h1')?.textContent) ??
    cleanText(doc.querySelector('title')?.textContent);
  if (title) hints.title = title;
  const date =
    metaContent(doc, [
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="date"]',
      'meta[name="pubdate"]',
      'meta[name="publish-date"]',
      'meta[name="DC.date.issued"]',
      'meta[name="dc.date"]',
    ]) ??
    jsonLdField(doc, 'datePublished') ??
    cleanText(doc.querySelector('[itemprop="datePublished"]')?.getAttribute('datetime')) ??
    cleanText(doc.querySelector('article time[datetime], main time[datetime], time[datetime]')?.getAttribute('datetime'));
  if (date) hints.date = date;
  const url = cleanText(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? metaContent(doc, ['meta[property="og:url"]']);
  // Only web links: the source's url becomes a link in the viewer, and javascript: would run there.
  if (url && /^https?:\/\/[^\s]+$/i.test(url)) hints.url = url;
  const siteName = metaContent(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']) ?? jsonLdField(doc, 'publisherName');
  if (siteName) hints.siteName = siteName;
  else {
    // "Headline | Site": the part after the last bar names the site.
    const suffix = /\s[|•·]\s+([^|•·]{2,60})$/u.exec(cleanText(doc.querySelector('title')?.textContent) ?? '');
    if (suffix) hints.siteName = suffix[1]!.trim();
  }
  return hints;
}
