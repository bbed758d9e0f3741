/** Stances of an inline text through the real read and extract stages, by entity label, for sentence-level tests. */
import { extractDocument } from '../../src/extract/extract-document';
import { docFromText } from './doc-from-text';

export interface LabelledStance {
  holder: string;
  target: string;
  polarity: string;
  code: string;
  quote: string;
}

export function stancesOf(text: string, path = 'inline/report.txt'): LabelledStance[] {
  const x = extractDocument(docFromText(text, path));
  const label = (id: string) => x.entities.find((e) => e.id === id)?.label ?? id;
  return x.stances.map((s) => ({ holder: label(s.holder), target: label(s.target), polarity: s.polarity, code: s.code, quote: s.quote }));
}
