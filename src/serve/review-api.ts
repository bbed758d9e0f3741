/**
 * The viewer's small write API, for an analyst's review decisions (`schema/decisions.ts`). Only
 * `kg serve --file <graph.json>` on a loopback address has it, never `--read-only`, Neo4j mode or
 * the static export. Every write must:
 *
 * - come over a loopback connection to a loopback listener;
 * - pass the server's Host/Origin check (check-request-origin.ts: a page of another origin is
 *   refused before it gets here, 403);
 * - carry the per-start random token in `x-kg-review-token` (401 without, 403 when wrong). Only
 *   the page this server serves holds it (in a meta tag), and a custom header cannot be sent
 *   cross-site without a CORS preflight this server never grants;
 * - be `application/json` (415), at most 64 KiB (413), a valid decision by the same zod schema the
 *   import reads the file with (400), and name only things the served graph has (404).
 *
 * An accepted decision is appended to the decisions file under its lock (atomic temp+rename, two
 * writers at once both keep theirs), then graph.json is rebuilt from the store with every
 * decision, so the next /api/graph shows it. Endpoints:
 * `POST /api/review/decisions`, `GET /api/review/context/<stance key>` (the quote in its sentence).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Decision } from '../../schema/decisions';
import type { StanceNodeAttributes } from '../../schema/graph-json';
import type { DocumentExtraction } from '../../schema/records';
import { isKgError } from '../errors/kg-error';
import { unknownSubject } from '../review/check-subject';
import { appendDecision } from '../review/decisions-file';
import { reapplyDecisions } from '../review/reapply-decisions';
import { sentenceAround } from '../review/sentence-around';
import { loadStore, storeDirFor } from '../write/extraction-store';
import type { GraphSource } from './graph-source';

export const REVIEW_TOKEN_HEADER = 'x-kg-review-token';
/** Must match `TOKEN_META` in viz/src/review-api-client.ts. */
export const REVIEW_TOKEN_META = 'kg-review-token';
const MAX_BODY_BYTES = 64 * 1024;

export interface ReviewApiOptions {
  /** The graph file served; its store beside it is what decisions are re-applied to. */
  graphPath: string;
  decisionsPath: string;
  source: GraphSource;
  /** Given by tests; otherwise 32 random bytes, new on every start. */
  token?: string;
}

export interface ReviewApi {
  readonly token: string;
  /** The served page with the token in it. */
  withToken(indexHtml: Buffer): Buffer;
  /** Answers a request under `/api/review/`; returns false for any other path. */
  handle(request: IncomingMessage, response: ServerResponse, pathname: string, send: JsonSender): Promise<boolean>;
}

export type JsonSender = (response: ServerResponse, status: number, value: unknown) => void;

const LOOPBACK_ADDRESS = /^(127\.|::1$|::ffff:127\.)/;

function readBody(request: IncomingMessage): Promise<Buffer | 'too large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve('too large');
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function createReviewApi(options: ReviewApiOptions): ReviewApi {
  const token = options.token ?? randomBytes(32).toString('hex');
  let store: { mtimeMs: number; byId: Map<string, DocumentExtraction> } | null = null;
  // One decision at a time in this server: each rebuild sees the one before it.
  let queue: Promise<unknown> = Promise.resolve();

  const storedSource = async (id: string) => {
    const dir = storeDirFor(options.graphPath);
    const { mtimeMs } = await fs.stat(dir);
    if (!store || store.mtimeMs !== mtimeMs) store = { mtimeMs, byId: new Map(loadStore(dir).map((x) => [x.source.id, x])) };
    return store.byId.get(id)?.source;
  };

  async function post(request: IncomingMessage, response: ServerResponse, send: JsonSender): Promise<void> {
    if (!LOOPBACK_ADDRESS.test(request.socket.remoteAddress ?? '')) return send(response, 403, { error: 'review decisions are only taken from this machine' });
    const given = request.headers[REVIEW_TOKEN_HEADER];
    if (typeof given !== 'string' || given === '') return send(response, 401, { error: `the ${REVIEW_TOKEN_HEADER} header is missing; reload the page served by kg serve` });
    if (!sameToken(given, token))
      return send(response, 403, { error: `the ${REVIEW_TOKEN_HEADER} header is not this server's token (it changes on every start: reload the page)` });
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) return send(response, 415, { error: 'send the decision as application/json' });
    const body = await readBody(request);
    if (body === 'too large') return send(response, 413, { error: `a decision is at most ${MAX_BODY_BYTES} bytes` });
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch (error) {
      return send(response, 400, { error: `not JSON: ${(error as Error).message}` });
    }
    const parsed = Decision.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return send(response, 400, { error: `not a decision: ${issue.path.map(String).join('.') || '(root)'}: ${issue.message}` });
    }
    const work = queue.then(async () => {
      const unknown = unknownSubject(await options.source.loadGraph(), parsed.data);
      if (unknown) return send(response, 404, { error: unknown });
      const line = await appendDecision(options.decisionsPath, parsed.data);
      const review = await reapplyDecisions(options.graphPath, options.decisionsPath, 'serve');
      send(response, 201, { line, applied: review.applied, stale: review.stale.map((s) => ({ line: s.line, reason: s.reason })) });
    });
    queue = work.catch(() => undefined);
    await work;
  }

  async function context(response: ServerResponse, key: string, send: JsonSender): Promise<void> {
    const node = (await options.source.loadGraph()).nodes.find((n) => n.key === key && n.attributes.kind === 'Stance');
    if (!node) return send(response, 404, { error: `no stance ${JSON.stringify(key)} in the graph` });
    const stance = node.attributes as StanceNodeAttributes;
    const doc = await storedSource(stance.source.replace(/^source:/, ''));
    // The stored text is the one the stance was cut from only while its quote still sits at its span.
    if (!doc || doc.text.slice(stance.span[0], stance.span[1]) !== stance.quote) return send(response, 200, { before: '', quote: stance.quote, after: '' });
    send(response, 200, sentenceAround(doc.text, stance.span));
  }

  return {
    token,
    withToken: (html) => Buffer.from(html.toString('utf8').replace(/<\/head>/, () => `<meta name="${REVIEW_TOKEN_META}" content="${token}" />\n  </head>`)),
    async handle(request, response, pathname, send) {
      if (!pathname.startsWith('/api/review/')) return false;
      try {
        if (pathname === '/api/review/decisions') {
          if (request.method !== 'POST') send(response, 405, { error: 'POST a decision here' });
          else await post(request, response, send);
        } else if (pathname.startsWith('/api/review/context/') && request.method === 'GET') {
          await context(response, decodeURIComponent(pathname.slice('/api/review/context/'.length)), send);
        } else send(response, 404, { error: `unknown review path ${JSON.stringify(pathname)}` });
      } catch (error) {
        if (!isKgError(error)) throw error;
        send(response, error.code === 'E_LOCKED' ? 503 : 500, { error: error.message, code: error.code });
      }
      return true;
    },
  };
}
