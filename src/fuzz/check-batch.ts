/**
 * Runs a batch of fuzz cases through the real pipeline in process (the bytes of each file ->
 * decodeSource -> extractDocument, then the batch together through resolveAcrossDocuments ->
 * buildGraph -> export) and checks every invariant. No file is written: the read stage's only
 * I/O is stat and readFile, which `decodeSource` does not need. Each case ends imported,
 * refused with a clear KgError, or failed with the classes of what went wrong.
 */
import type { DocumentExtraction, SourceDocument } from '../../schema/records';
import { sourceKey } from '../../schema/keys';
import { buildGraph } from '../build/build-graph';
import { isKgError } from '../errors/kg-error';
import { extractDocument } from '../extract/extract-document';
import type { Knowledge } from '../extract/knowledge';
import { decodeSource } from '../read/decode-source';
import type { ReadOptions } from '../read/read-options';
import { resolveAcrossDocuments } from '../resolve/resolve-across-documents';
import { checkExtraction, checkGraphExport } from './check-properties';
import { classifyInternalError, propertyFailure, type FuzzFailure } from './classify-failure';
import type { FuzzCase } from './fuzz-cases';

export interface CaseResult {
  fuzzCase: FuzzCase;
  outcome: 'imported' | 'refused' | 'failed';
  /** The KgError code of a refused case. */
  refusal?: string;
  failures: FuzzFailure[];
  /** Facts whose invariants were checked. */
  checked: { stances: number; relations: number; mentions: number };
  /** For a failure only the whole batch shows: the batch's cases, all needed to reproduce it. */
  batch?: readonly FuzzCase[];
}

export interface BatchDeps {
  knowledge: Knowledge;
  /** The project root, to name stack frames `src/...`. */
  root: string;
  readOptions?: Partial<ReadOptions>;
}

const DETERMINISM_EVERY = 20;

/** Where a case's file would be; its name decides the format, its stem the source id. */
export const casePath = (c: FuzzCase) => `fuzz/${c.doc.name}`;

/** A KgError is clear when it is one line that names the file, as every read failure does. */
function unclearError(message: string, path: string): FuzzFailure | undefined {
  if (message.includes('\n')) return propertyFailure('clear-error (one line)', message.slice(0, 200));
  if (!message.includes(path)) return propertyFailure('clear-error (names the file)', message.slice(0, 200));
  return undefined;
}

interface Extracted {
  result: CaseResult;
  extraction?: DocumentExtraction;
}

function readAndExtract(c: FuzzCase, deps: BatchDeps): Extracted {
  const path = casePath(c);
  const result: CaseResult = { fuzzCase: c, outcome: 'imported', failures: [], checked: { stances: 0, relations: 0, mentions: 0 } };
  let stage = 'read';
  try {
    const doc: SourceDocument = decodeSource(new TextEncoder().encode(c.doc.text), path, undefined, deps.readOptions);
    stage = 'extract';
    const extraction = extractDocument(doc, deps.knowledge);
    result.failures.push(...checkExtraction(extraction));
    result.checked = { stances: extraction.stances.length, relations: extraction.relations.length, mentions: extraction.mentions.length };
    // Importing the same file again must give the same bytes; checking one case in 20 costs 5%.
    if (c.index % DETERMINISM_EVERY === 0) {
      const again = extractDocument(decodeSource(new TextEncoder().encode(c.doc.text), path, undefined, deps.readOptions), deps.knowledge);
      if (JSON.stringify(again) !== JSON.stringify(extraction))
        result.failures.push(propertyFailure('same-input-same-extraction', 'a second read and extraction of the same bytes gave a different result'));
    }
    return { result, extraction };
  } catch (error) {
    if (isKgError(error)) {
      result.outcome = 'refused';
      result.refusal = error.code;
      const unclear = unclearError(error.message, path);
      if (unclear) result.failures.push(unclear);
      return { result };
    }
    result.failures.push(classifyInternalError(error, deps.root, stage));
    return { result };
  }
}

/** Resolve and build a set of extractions, then check the export; failures keyed by source key. */
function buildAndCheck(extractions: readonly DocumentExtraction[], deps: BatchDeps): Map<string, FuzzFailure[]> {
  const texts = new Map(extractions.map((x) => [sourceKey(x.source.id), x.source.text]));
  try {
    const graph = buildGraph(resolveAcrossDocuments(extractions));
    return checkGraphExport(graph.export(), (key) => texts.get(key));
  } catch (error) {
    return new Map([['', [classifyInternalError(error, deps.root, 'resolve/build')]]]);
  }
}

/**
 * Checks a batch; cross-document resolution runs over the whole batch, as an import of a folder
 * would. A failure of the batch as a whole is traced to its documents by building each alone;
 * one that only the batch shows is marked "(across documents)" on every member.
 */
export function checkBatch(cases: readonly FuzzCase[], deps: BatchDeps): CaseResult[] {
  const done = cases.map((c) => readAndExtract(c, deps));
  const built = done.filter((d): d is Required<Extracted> => d.extraction !== undefined);
  const bySource = new Map(built.map((d) => [sourceKey(d.extraction.source.id), d.result]));
  const batch = buildAndCheck(
    built.map((d) => d.extraction),
    deps,
  );
  const whole = batch.get('') ?? [];
  for (const [key, failures] of batch) if (key !== '') bySource.get(key)?.failures.push(...failures);
  if (whole.length > 0) {
    let traced = false;
    for (const d of built) {
      const alone = [...buildAndCheck([d.extraction], deps).values()].flat();
      if (alone.length > 0) traced = true;
      d.result.failures.push(...alone);
    }
    if (!traced) {
      const members = built.map((d) => d.result.fuzzCase);
      for (const d of built) {
        d.result.failures.push(...whole.map((f) => ({ ...f, class: `${f.class} (across documents)` })));
        d.result.batch = members;
      }
    }
  }
  for (const d of done) if (d.result.failures.some((f) => !f.known)) d.result.outcome = 'failed';
  return done.map((d) => d.result);
}
