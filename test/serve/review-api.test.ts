/**
 * The review write API through a real socket, on a graph the real pipeline imported: what it
 * refuses (no token, a wrong one, another origin, a body that is not a decision, an id the graph
 * does not have) leaves the decisions file untouched, with a status that says why; what it
 * accepts is in the file and in graph.json at once, also for writers at the same moment.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { SerializedGraph, StanceNodeAttributes } from '../../schema/graph-json';
import { importSources } from '../../src/pipeline/import-sources';
import { writeGraphFiles } from '../../src/pipeline/write-outputs';
import { readDecisionsFile } from '../../src/review/parse-decisions';
import { stanceRefOfNode } from '../../src/review/stance-ref';
import { createFileGraphSource } from '../../src/serve/file-graph-source';
import { createReviewApi, REVIEW_TOKEN_HEADER } from '../../src/serve/review-api';
import { startViewerServer, type RunningViewerServer } from '../../src/serve/viewer-server';
import { AT } from '../review/fixtures';

const TOKEN = 'a'.repeat(64);
const REPORT = `Parliament debate in Bishkek

BISHKEK, March 3 (Reuters) - Kyrgyz opposition leader Temir Asanov criticised President Sadyr Japarov on Tuesday, saying the new media law would silence independent reporters. Asanov also accused the Interior Ministry of harassing bloggers.

Aigul Nurlanova, a lawyer with the Adilet legal clinic, condemned the Interior Ministry for detaining journalists in Osh.
`;

const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-review-api-'));
const out = path.join(dir, 'out', 'graph.json');
const decisions = path.join(dir, 'import', 'review', 'decisions.jsonl');
const build = { indexHtml: path.join(dir, 'index.html'), script: path.join(dir, 'viewer.js'), stylesheet: path.join(dir, 'viewer.css') };
writeFileSync(build.indexHtml, '<!doctype html><html><head><title>t</title></head><body><script src="./assets/viewer.js"></script></body></html>');
writeFileSync(build.script, 'console.log("viewer")');
writeFileSync(build.stylesheet, 'body{}');

interface Reply {
  status: number;
  body: string;
}

function call(server: RunningViewerServer, method: string, pathname: string, headers: Record<string, string>, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(pathname, server.url), { method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const graphNow = () => JSON.parse(readFileSync(out, 'utf8')) as SerializedGraph;
const stances = () => graphNow().nodes.filter((n) => n.attributes.kind === 'Stance');
const decisionFor = (node: SerializedGraph['nodes'][number], action = 'stance.confirm') => ({
  action,
  stance: stanceRefOfNode(node.attributes as StanceNodeAttributes),
  by: 'ana',
  at: AT,
});
const good = (server: RunningViewerServer, body: unknown) =>
  call(server, 'POST', '/api/review/decisions', { 'content-type': 'application/json', [REVIEW_TOKEN_HEADER]: TOKEN, origin: server.url.replace(/\/$/, '') }, JSON.stringify(body));

let server: RunningViewerServer;
let readOnly: RunningViewerServer;

beforeAll(async () => {
  mkdirSync(path.join(dir, 'import'), { recursive: true });
  writeFileSync(path.join(dir, 'import', 'bishkek.txt'), REPORT);
  const result = await importSources([path.join(dir, 'import')], { jobs: 1 });
  writeGraphFiles({ out, neo4j: false }, { put: result.imported });
  const source = createFileGraphSource(out);
  server = await startViewerServer({ host: '127.0.0.1', port: 0, source, build, review: createReviewApi({ graphPath: out, decisionsPath: decisions, source, token: TOKEN }) });
  readOnly = await startViewerServer({ host: '127.0.0.1', port: 0, source: createFileGraphSource(out), build });
});

afterAll(async () => {
  await server?.close();
  await readOnly?.close();
});

describe('the review write API', () => {
  it('should put its token in the page it serves, and a read-only server none', async () => {
    expect((await call(server, 'GET', '/', {})).body).toContain(`<meta name="kg-review-token" content="${TOKEN}" />`);
    expect((await call(readOnly, 'GET', '/', {})).body).not.toContain('kg-review-token');
  });

  it('should refuse a write without the token (401), with a wrong one (403), from another origin (403), leaving the file untouched', async () => {
    const body = JSON.stringify(decisionFor(stances()[0]!));
    const json = { 'content-type': 'application/json' };
    expect((await call(server, 'POST', '/api/review/decisions', json, body)).status).toBe(401);
    expect((await call(server, 'POST', '/api/review/decisions', { ...json, [REVIEW_TOKEN_HEADER]: 'b'.repeat(64) }, body)).status).toBe(403);
    const foreign = await call(server, 'POST', '/api/review/decisions', { ...json, [REVIEW_TOKEN_HEADER]: TOKEN, origin: 'http://evil.example' }, body);
    expect(foreign.status).toBe(403);
    expect(foreign.body).toContain('Origin');
    expect(existsSync(decisions)).toBe(false);
  });

  it('should refuse a body that is not a decision (400), not JSON (400, 415), or names what the graph does not have (404)', async () => {
    expect((await good(server, { action: 'stance.confirm', by: 'ana', at: AT })).status).toBe(400);
    expect((await call(server, 'POST', '/api/review/decisions', { 'content-type': 'application/json', [REVIEW_TOKEN_HEADER]: TOKEN }, '{not json')).status).toBe(400);
    expect((await call(server, 'POST', '/api/review/decisions', { 'content-type': 'text/plain', [REVIEW_TOKEN_HEADER]: TOKEN }, '{}')).status).toBe(415);
    const unknown = await good(server, { action: 'entity.rename', entity: 'n:nobody-here', label: 'X', by: 'ana', at: AT });
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body).error).toContain('n:nobody-here');
    const moved = { ...decisionFor(stances()[0]!), stance: { ...decisionFor(stances()[0]!).stance, span: [1, 5] } };
    expect((await good(server, moved)).status).toBe(404);
    expect(existsSync(decisions)).toBe(false);
  });

  it('should refuse writes on a read-only server (405)', async () => {
    expect((await call(readOnly, 'POST', '/api/review/decisions', { 'content-type': 'application/json' }, '{}')).status).toBe(405);
  });

  it('should write an accepted decision and show it in graph.json at once', async () => {
    const target = stances()[0]!;
    const reply = await good(server, decisionFor(target, 'stance.reject'));
    expect(reply.status).toBe(201);
    expect(JSON.parse(reply.body)).toMatchObject({ line: 1, applied: 1, stale: [] });
    expect(stances().map((n) => n.key)).not.toContain(target.key);
    const served = JSON.parse((await call(server, 'GET', '/api/graph', {})).body) as SerializedGraph;
    expect(served.nodes.map((n) => n.key)).not.toContain(target.key);
  });

  it('should keep both decisions of two writers at once', async () => {
    const [a, b] = stances();
    const replies = await Promise.all([good(server, decisionFor(a!)), good(server, decisionFor(b!))]);
    expect(replies.map((r) => r.status)).toEqual([201, 201]);
    expect(readDecisionsFile(decisions).map((d) => d.line)).toEqual([1, 2, 3]);
    expect(stances().every((n) => (n.attributes as StanceNodeAttributes).reviewed === 'confirmed')).toBe(true);
  });

  it('should give the quote of a stance in its sentence', async () => {
    const stance = stances()[0]!;
    const reply = JSON.parse((await call(server, 'GET', `/api/review/context/${encodeURIComponent(stance.key)}`, {})).body);
    expect(reply.quote).toBe((stance.attributes as StanceNodeAttributes).quote);
    expect(`${reply.before}${reply.quote}${reply.after}`).toMatch(/\.$/);
  });
});
