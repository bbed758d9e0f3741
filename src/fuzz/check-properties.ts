/**
 * The invariants every import must keep, whatever the text: checked on one document's
 * extraction and on the exported graph. Each returns the broken properties, empty when all hold.
 * Spans are checked against `text`, the decoded file (BOM removed, nothing else changed): for an
 * HTML source that is the HTML itself, markup and all, as the provenance rule says.
 */
import { SerializedGraph } from '../../schema/graph-json';
import { DocumentExtraction, type Span } from '../../schema/records';
import { formatZodIssues } from '../read/format-zod-issues';
import { propertyFailure, type FuzzFailure } from './classify-failure';

/** A quote cut through a character (half of a surrogate pair) is not text anyone wrote. */
function cutsCharacter(text: string, span: Span): boolean {
  const low = (at: number) => {
    const c = text.charCodeAt(at);
    return c >= 0xdc00 && c <= 0xdfff;
  };
  return low(span[0]) || (span[1] < text.length && low(span[1]));
}

function checkSpan(failures: FuzzFailure[], what: string, text: string, span: Span, quote: string): void {
  if (span[1] > text.length) failures.push(propertyFailure(`span-in-text (${what})`, `span [${span[0]}, ${span[1]}] ends past the text (${text.length} chars)`));
  else if (text.slice(span[0], span[1]) !== quote)
    failures.push(
      propertyFailure(
        `quote-at-span (${what})`,
        `text at [${span[0]}, ${span[1]}] is ${JSON.stringify(text.slice(span[0], span[1]).slice(0, 80))}, quote is ${JSON.stringify(quote.slice(0, 80))}`,
      ),
    );
  else if (cutsCharacter(text, span)) failures.push(propertyFailure(`span-on-character-boundary (${what})`, `span [${span[0]}, ${span[1]}] splits a surrogate pair`));
}

/** Properties of one document's extraction (before cross-document resolution). */
export function checkExtraction(x: DocumentExtraction): FuzzFailure[] {
  const failures: FuzzFailure[] = [];
  const parsed = DocumentExtraction.safeParse(x);
  if (!parsed.success) failures.push(propertyFailure('extraction-matches-schema', formatZodIssues(parsed.error).slice(0, 3).join('; ')));
  const text = x.source.text;
  const entities = new Set(x.entities.map((e) => e.id));
  for (const s of x.stances) {
    if (s.holder === s.target) failures.push(propertyFailure('stance-holder-is-not-target', `${s.holder} on itself: ${JSON.stringify(s.quote.slice(0, 80))}`));
    if (!entities.has(s.holder) || !entities.has(s.target))
      failures.push(propertyFailure('stance-ends-are-entities', `${s.holder} -> ${s.target} not among the document's entities`));
    checkSpan(failures, 'stance', text, s.span, s.quote);
  }
  for (const r of x.relations) if ('evidence' in r) checkSpan(failures, 'relation evidence', text, r.evidence.span, r.evidence.quote);
  for (const m of x.mentions) checkSpan(failures, 'mention', text, m.span, m.text);
  return failures;
}

/**
 * Properties of the exported graph: it matches schema/graph-json.ts, and every stance node and
 * every piece of relation evidence points at the verbatim text of its source. Failures are
 * returned per source key (`''` for the graph as a whole), so a batch names the guilty document.
 */
export function checkGraphExport(exported: unknown, textOf: (sourceKey: string) => string | undefined): Map<string, FuzzFailure[]> {
  const out = new Map<string, FuzzFailure[]>();
  const listFor = (source: string): FuzzFailure[] => {
    let list = out.get(source);
    if (!list) out.set(source, (list = []));
    return list;
  };
  const add = (source: string, failure: FuzzFailure) => listFor(source).push(failure);
  const parsed = SerializedGraph.safeParse(exported);
  if (!parsed.success) {
    add('', propertyFailure('graph-matches-schema', formatZodIssues(parsed.error).slice(0, 3).join('; ')));
    return out;
  }
  const graph = parsed.data;
  const kinds = new Map(graph.nodes.map((n) => [n.key, n.attributes.kind]));
  for (const { attributes: a } of graph.nodes) {
    if (a.kind !== 'Stance') continue;
    if (a.holder === a.target) add(a.source, propertyFailure('stance-holder-is-not-target', `${a.holder} on itself in the graph: ${JSON.stringify(a.quote.slice(0, 80))}`));
    const text = textOf(a.source);
    if (text === undefined) add(a.source, propertyFailure('stance-source-exists', `stance cites ${a.source}, which has no text`));
    else checkSpan(listFor(a.source), 'stance in graph', text, a.span, a.quote);
  }
  for (const edge of graph.edges) {
    const a = edge.attributes;
    if (!('evidence' in a)) continue;
    if (kinds.get(edge.source) === undefined || kinds.get(edge.target) === undefined) add('', propertyFailure('edge-ends-exist', `${edge.source} -> ${edge.target}`));
    for (const ev of a.evidence) {
      const text = textOf(ev.source);
      if (text === undefined) add(ev.source, propertyFailure('evidence-source-exists', `evidence cites ${ev.source}, which has no text`));
      else checkSpan(listFor(ev.source), 'relation evidence in graph', text, ev.span, ev.quote);
    }
  }
  for (const [key, list] of out) if (list.length === 0) out.delete(key);
  return out;
}
