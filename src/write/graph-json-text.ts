/**
 * graph.json as text, piece by piece: the same bytes as `JSON.stringify(graph, null, 1)` plus a
 * newline, but one node or edge at a time, so an archive's graph is never one string in memory
 * (a 10,000-article graph.json is some 400 MB, past what one V8 string may hold).
 */
import type { SerializedGraph } from '../../schema/graph-json';

/** Pieces are gathered up to about this many characters before they are handed on. */
const PIECE = 1 << 20;

/** One array item at depth 2 of an indent-1 document: its own lines shifted by two spaces. */
function item(value: unknown): string {
  // JSON strings never hold a raw line break, so every "\n" is a line of the layout.
  return `\n  ${JSON.stringify(value, null, 1).replace(/\n/g, '\n  ')}`;
}

export function* graphJsonPieces(graph: SerializedGraph): Generator<string> {
  const head = JSON.stringify({ options: graph.options, attributes: graph.attributes }, null, 1);
  let buffer = head.slice(0, head.length - 2);
  for (const [name, list] of [
    ['nodes', graph.nodes],
    ['edges', graph.edges],
  ] as const) {
    buffer += `,\n "${name}": [`;
    if (list.length === 0) {
      buffer += ']';
      continue;
    }
    for (let k = 0; k < list.length; k++) {
      buffer += (k === 0 ? '' : ',') + item(list[k]);
      if (buffer.length >= PIECE) {
        yield buffer;
        buffer = '';
      }
    }
    buffer += '\n ]';
  }
  yield `${buffer}\n}\n`;
}
