/**
 * The body of one extraction worker thread: loads the gazetteer once, then answers each job
 * message with its outcome. Started by `extract-pool.ts`; never imported by anything else.
 */
import { parentPort } from 'node:worker_threads';
import { loadKnowledge } from '../extract/knowledge-from-gazetteer';
import { extractOne, type ExtractJob } from './extract-one';

const port = parentPort;
if (!port) throw new Error('extract-worker: must run in a worker thread (started by extract-pool.ts)');
const knowledge = loadKnowledge();
port.on('message', (job: ExtractJob) => {
  void extractOne(job, knowledge).then((outcome) => port.postMessage(outcome));
});
port.postMessage({ ready: true });
