/**
 * Read and extract many documents on several cores. Each worker thread holds its own gazetteer
 * and takes the next job when it is free; outcomes are returned in job order, so the output is
 * the same bytes whatever the number of workers. A worker that dies (a crash, out of memory)
 * fails only the document it was working on and is replaced.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Knowledge } from '../extract/knowledge';
import { loadKnowledge } from '../extract/knowledge-from-gazetteer';
import { extractOne, type ExtractJob, type ExtractOutcome } from './extract-one';

export interface ExtractPoolOptions {
  /** Worker threads; 1 runs in this thread. Default: one per core, never more than the jobs. */
  jobs?: number;
  /** Knowledge for in-thread runs (tests pass their own); workers load the gazetteer themselves. */
  knowledge?: Knowledge;
  /** Called as each outcome arrives (in completion order, for progress). */
  onOutcome?: (outcome: ExtractOutcome) => void;
  /** The worker's code (eval'd); tests replace it with a worker that misbehaves. */
  workerSource?: string;
}

/** The default worker count: the cores this process may use. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Below this much text a worker costs more to start (its own tsx, wink model and gazetteer,
 * 1-2 s) than it saves, so small imports run in this thread unless `--jobs` asks otherwise.
 */
export const WORKER_WORTH_BYTES = 1_500_000;

/** Workers for an import: the user's `--jobs`, else one per core for a large import, else 1. */
export function chooseJobs(files: number, totalBytes: number, requested?: number): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, files));
  return files >= 2 && totalBytes >= WORKER_WORTH_BYTES ? Math.min(defaultJobs(), files) : 1;
}

/**
 * @example const outcomes = await extractInPool(jobs, { jobs: 2 }); // outcomes[i] is jobs[i]'s
 */
export async function extractInPool(jobs: readonly ExtractJob[], options: ExtractPoolOptions = {}): Promise<ExtractOutcome[]> {
  const workers = Math.min(options.jobs ?? defaultJobs(), jobs.length);
  // A hand-built Knowledge cannot cross a thread boundary (it holds functions): run it here.
  if (workers <= 1 || options.knowledge) return extractInThread(jobs, options.knowledge ?? loadKnowledge(), options.onOutcome);
  return extractInWorkers(jobs, workers, options.workerSource ?? WORKER_SOURCE, options.onOutcome);
}

async function extractInThread(jobs: readonly ExtractJob[], knowledge: Knowledge, onOutcome?: (o: ExtractOutcome) => void): Promise<ExtractOutcome[]> {
  const out: ExtractOutcome[] = [];
  for (const job of jobs) {
    const outcome = await extractOne(job, knowledge);
    onOutcome?.(outcome);
    out.push(outcome);
  }
  return out;
}

// The worker runs TypeScript: tsx's CommonJS hook is loaded first, as bin/kg.js does.
export const WORKER_SOURCE = `require('tsx/cjs'); require(${JSON.stringify(join(__dirname, 'extract-worker.ts'))});`;

function extractInWorkers(jobs: readonly ExtractJob[], count: number, source: string, onOutcome?: (o: ExtractOutcome) => void): Promise<ExtractOutcome[]> {
  return new Promise((resolve) => {
    const outcomes: ExtractOutcome[] = new Array(jobs.length);
    const positionOf = new Map(jobs.map((job, position) => [job.index, position]));
    let next = 0;
    let settled = 0;
    let fellBack = false;
    const live = new Set<Worker>();
    const finish = (outcome: ExtractOutcome) => {
      outcomes[positionOf.get(outcome.index)!] = outcome;
      settled++;
      onOutcome?.(outcome);
      if (settled === jobs.length) {
        for (const w of live) void w.terminate();
        resolve(outcomes);
      }
    };
    // Workers that cannot even start (no tsx, a broken gazetteer) must not respawn forever:
    // the remaining jobs then run in this thread, where the same error is reported per document.
    const fallBack = () => {
      if (fellBack) return;
      fellBack = true;
      const rest = jobs.slice(next);
      next = jobs.length;
      void extractInThread(rest, loadKnowledge()).then((done) => done.forEach(finish));
    };
    const start = () => {
      const worker = new Worker(source, { eval: true });
      live.add(worker);
      let ready = false;
      let current: ExtractJob | undefined;
      const feed = () => {
        if (next >= jobs.length) {
          current = undefined;
          live.delete(worker);
          void worker.terminate();
          return;
        }
        current = jobs[next++]!;
        worker.postMessage(current);
      };
      worker.on('message', (message: ExtractOutcome | { ready: true }) => {
        if ('ready' in message) {
          ready = true;
          return feed();
        }
        current = undefined;
        finish(message);
        feed();
      });
      // A dead worker fails the one document it held; the rest go to a new worker.
      const died = (reason: string, stack: string) => {
        if (!live.has(worker)) return;
        live.delete(worker);
        if (current) {
          const job = current;
          current = undefined;
          finish({ index: job.index, path: job.path, ok: false, internal: { stage: 'extract', name: 'WorkerDied', message: reason, stack } });
        }
        if (next < jobs.length) ready ? start() : fallBack();
      };
      worker.on('error', (error) => died(`the extraction worker failed: ${error.message}`, error.stack ?? error.message));
      worker.on('exit', (code) => died(`the extraction worker stopped (exit code ${code})`, `exit code ${code}`));
    };
    if (jobs.length === 0) return resolve([]);
    for (let k = 0; k < count; k++) start();
  });
}
