/**
 * A text string through the real read stage and the real extraction, with lookups by label, so a
 * test can say "Bolot Asanov holds a stance about the Ministry of Agriculture" in one line.
 */
import type { DocumentExtraction, SourceDocument, SourceMeta, Stance } from '../../schema/records';
import { extractDocument } from '../../src/extract/extract-document';
import { docFromText } from './doc-from-text';

export interface ReadAndExtracted {
  doc: SourceDocument;
  x: DocumentExtraction;
  /** The id of the entity with this label or alias (undefined when extraction has none). */
  idOf: (label: string) => string | undefined;
  /** Stances held by the entity labelled `holder`, optionally about the entity labelled `target`. */
  stancesOf: (holder: string, target?: string) => Stance[];
}

export function readAndExtract(text: string, path = 'inline/article.txt', meta?: SourceMeta): ReadAndExtracted {
  const doc = docFromText(text, path, meta);
  const x = extractDocument(doc);
  const idOf = (label: string) => x.entities.find((e) => e.label === label || e.aliases.includes(label))?.id;
  const stancesOf = (holder: string, target?: string) => {
    const h = idOf(holder);
    const t = target === undefined ? undefined : idOf(target);
    if (!h || (target !== undefined && !t)) return [];
    return x.stances.filter((s) => s.holder === h && (t === undefined || s.target === t));
  };
  return { doc, x, idOf, stancesOf };
}
