/**
 * Shared helpers of the read tests: fixtures by name, and decoding a string as if it were a file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceDocument, SourceMeta } from '../../schema/records';
import type { Block } from '../../src/read/block';
import { decodeSource } from '../../src/read/decode-source';
import type { ReadOptions } from '../../src/read/read-options';

export const FIXTURES = join(__dirname, '..', 'fixtures', 'read');

export function fixturePath(name: string): string {
  return join(FIXTURES, name);
}

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(fixturePath(name));
}

export function decodeFixture(name: string, meta?: SourceMeta): SourceDocument {
  return decodeSource(fixtureBytes(name), fixturePath(name), meta);
}

export function decodeString(text: string, path = 'doc.txt', meta?: SourceMeta, options?: Partial<ReadOptions>): SourceDocument {
  return decodeSource(new TextEncoder().encode(text), path, meta, options);
}

/** The text at a span: what a quote cut from the source would be. */
export function at(doc: SourceDocument, span: readonly [number, number]): string {
  return doc.text.slice(span[0], span[1]);
}

/** The visible text at a span, whitespace collapsed. */
export function visible(doc: SourceDocument, span: readonly [number, number]): string {
  return doc.plain.slice(span[0], span[1]).replace(/\s+/g, ' ').trim();
}

/** Catches the error a function throws, so tests can assert on its code and message. */
export function errorOf(fn: () => unknown): { code?: string; message: string } {
  try {
    fn();
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error('expected an error, but none was thrown');
}

export async function rejectionOf(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error('expected a rejection, but the promise resolved');
}

/** Plain blocks of a text whose paragraphs are separated by blank lines, no headings, no captions. */
export function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let offset = 0;
  for (const part of text.split('\n\n')) {
    blocks.push({ span: [offset, offset + part.length], heading: 0, caption: false });
    offset += part.length + 2;
  }
  return blocks;
}
