import { extractDocument } from '../../src/extract/extract-document';
import { docFromText } from '../helpers/doc-from-text';

/**
 * Relations of a text as "TYPE from -> to (role)" by entity label, gazetteer facts suffixed with
 * " [gazetteer]"; every stated relation is checked against its evidence (the quote is the span).
 */
export function relationsOf(text: string): string[] {
  const x = extractDocument(docFromText(text, 'inline/relations.txt'));
  const label = (id: string) => x.entities.find((e) => e.id === id)?.label ?? id;
  for (const r of x.relations) if (r.via !== 'gazetteer') expect(text.slice(r.evidence.span[0], r.evidence.span[1])).toBe(r.evidence.quote);
  return x.relations.map((r) => `${r.type} ${label(r.from)} -> ${label(r.to)}${r.role ? ` (${r.role})` : ''}${r.via === 'gazetteer' ? ' [gazetteer]' : ''}`);
}
