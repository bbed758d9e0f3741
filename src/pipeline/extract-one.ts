/**
 * One document through read and extract: the unit of work that the import runs in order or in a
 * pool of worker threads. It never throws: a user error (KgError) and a bug (anything else) both
 * come back as an outcome, so one bad document fails alone and the caller decides what to do.
 */
import type { DocumentExtraction, SourceMeta } from '../../schema/records';
import { isKgError } from '../errors/kg-error';
import { extractDocument } from '../extract/extract-document';
import type { Knowledge } from '../extract/knowledge';
import { readSource } from '../read/read-source';

export interface ExtractJob {
  /** Position in the import's file list; outcomes are put back in this order. */
  index: number;
  /** The path as reported to the user (relative to the working directory where possible). */
  path: string;
  meta?: SourceMeta;
  maxBytes?: number;
}

/** A bug, carried across a thread boundary as plain data (an Error loses its class there). */
export interface InternalFailure {
  /** Where it happened: reading the file or extracting from it. */
  stage: 'read' | 'extract';
  name: string;
  message: string;
  stack: string;
}

export type ExtractOutcome =
  | { index: number; path: string; ok: true; extraction: DocumentExtraction }
  | { index: number; path: string; ok: false; userError: { code: string; message: string } }
  | { index: number; path: string; ok: false; internal: InternalFailure };

export function internalFailure(stage: InternalFailure['stage'], error: unknown): InternalFailure {
  if (error instanceof Error) return { stage, name: error.name, message: error.message, stack: error.stack ?? `${error.name}: ${error.message}` };
  return { stage, name: 'Error', message: String(error), stack: String(error) };
}

export async function extractOne(job: ExtractJob, knowledge: Knowledge): Promise<ExtractOutcome> {
  const { index, path } = job;
  let stage: InternalFailure['stage'] = 'read';
  try {
    const doc = await readSource(path, job.meta, job.maxBytes ? { maxBytes: job.maxBytes } : {});
    stage = 'extract';
    return { index, path, ok: true, extraction: extractDocument(doc, knowledge) };
  } catch (error) {
    if (isKgError(error)) return { index, path, ok: false, userError: { code: error.code, message: error.message } };
    return { index, path, ok: false, internal: internalFailure(stage, error) };
  }
}
