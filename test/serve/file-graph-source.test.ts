import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createFileGraphSource, readGraphFile } from '../../src/serve/file-graph-source';
import { sampleGraphJson } from '../viz/fixtures/sample-graph';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-file-source-'));
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};

describe('graph.json as the data source', () => {
  it('should read a valid graph.json', async () => {
    const file = write('good.json', JSON.stringify(sampleGraphJson()));
    expect((await readGraphFile(file)).nodes.length).toBe(sampleGraphJson().nodes.length);
  });

  it('should name the file when it does not exist', async () => {
    await expect(readGraphFile(path.join(dir, 'missing.json'))).rejects.toMatchObject({
      code: 'E_NOT_FOUND',
      message: expect.stringContaining('missing.json'),
    });
  });

  it('should say the file is not JSON', async () => {
    await expect(readGraphFile(write('bad.json', '{nope'))).rejects.toMatchObject({ code: 'E_INVALID_GRAPH', message: expect.stringContaining('not valid JSON') });
  });

  it('should list where a graph breaks the schema', async () => {
    const graph = sampleGraphJson() as unknown as { nodes: { attributes: Record<string, unknown> }[] };
    graph.nodes[0]!.attributes.kind = 'Spaceship';
    await expect(readGraphFile(write('schema.json', JSON.stringify(graph)))).rejects.toMatchObject({
      code: 'E_INVALID_GRAPH',
      message: expect.stringMatching(/nodes\.0\.attributes/),
    });
  });

  it('should pick up a changed file on the next load', async () => {
    const file = write('changing.json', JSON.stringify(sampleGraphJson()));
    const source = createFileGraphSource(file);
    const first = await source.loadGraph();
    const smaller = { ...sampleGraphJson(), edges: [] };
    writeFileSync(file, `${JSON.stringify(smaller)} `);
    const second = await source.loadGraph();
    expect(first.edges.length).toBeGreaterThan(0);
    expect(second.edges).toEqual([]);
  });
});
