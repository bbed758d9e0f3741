/** Which parts of a document are read for names. */
import type { SourceDocument } from '../../schema/records';

/** Every block whose names count, in reading order: the body, the headline, datelines and captions. */
export function textBlocks(doc: SourceDocument): Array<[number, number]> {
  const blocks: Array<[number, number]> = [...doc.body, ...doc.captions, ...(doc.headline ? [doc.headline] : []), ...(doc.datelines ?? [])];
  return blocks.sort((a, b) => a[0] - b[0]);
}
