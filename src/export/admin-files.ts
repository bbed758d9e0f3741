/**
 * The graph as the files `neo4j-admin database import full` reads: one node file per label
 * (sources, stances, reported events, and entities per kind, each also labelled Entity) and one relationship file
 * per type, each as a header file and a data file. Node ids live in three id spaces (Entity,
 * Source, Stance), so equal ids of different kinds never meet, and every node keeps its id as the
 * `id` property the writer gives it. Properties and types are the writer's
 * (`cypher-statements.ts`): counts and offsets are longs, confidences doubles, aliases a string
 * array, and a missing value is a missing property. Pure: rows in, rows out.
 */
import { EntityKind, RelationType } from '../../schema/enums';
import { NEO4J_LABELS } from '../../schema/neo4j';
import { entityRow } from '../write/document-rows';
import type { GraphRows } from '../write/graph-rows';
import { groupBy } from '../write/transaction-plan';
import { ARRAY_DELIMITER, field, headerCell, type ColumnType, type FieldValue } from './admin-csv';
import { adminEventFiles } from './admin-event-files';

export interface Column {
  /** What the header says: a property name, or a special column (`:ID(Entity)`, `:START_ID(Source)`, `:LABEL`, `:TYPE`). */
  name: string;
  type: ColumnType;
}

export interface AdminFile {
  /** File name stem: `<stem>.header.csv` and `<stem>.csv`. */
  stem: string;
  kind: 'nodes' | 'relationships';
  columns: readonly Column[];
  /** The data rows, each as many values as columns, produced lazily (a large graph is written as it goes). */
  rows: () => Iterable<readonly FieldValue[]>;
  count: number;
}

const col = (name: string, type: ColumnType = 'string'): Column => ({ name, type });

export function headerLine(file: AdminFile): string {
  return file.columns.map((c) => (c.name.includes(':') ? c.name : headerCell(c.name, c.type))).join(',');
}

export function dataLine(file: AdminFile, values: readonly FieldValue[]): string {
  return file.columns.map((c, i) => field(c.name === ':LABEL' ? 'string[]' : c.type, values[i], c.name)).join(',');
}

/** Every file of the graph; `graph` is the graph file's id, stored on each source as `kg import` does. */
export function adminFiles(rows: GraphRows, graph: string): AdminFile[] {
  const { documents } = rows;
  const files: AdminFile[] = [];
  const entities = rows.entities.map(entityRow);

  files.push({
    stem: 'nodes-Source',
    kind: 'nodes',
    columns: [col('id:ID(Source)'), col('title'), col('publisher'), col('date'), col('url'), col('path'), col('sha256'), col('fingerprint'), col('graph'), col(':LABEL')],
    rows: function* () {
      for (const d of documents) {
        const s = d.source;
        yield [s.id, s.title, s.publisher, s.date, s.url, s.path, s.sha256, d.fingerprint, graph, [NEO4J_LABELS.source]];
      }
    },
    count: documents.length,
  });

  for (const [kind, list] of [...groupBy(entities, (e) => e.kind)].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const label = EntityKind.parse(kind);
    files.push({
      stem: `nodes-${label}`,
      kind: 'nodes',
      columns: [col('id:ID(Entity)'), col('name'), col('aliases', 'string[]'), col('wikidata'), col('description'), col(':LABEL')],
      rows: function* () {
        for (const e of list) yield [e.id, e.name, e.aliases, e.wikidata, e.description, [NEO4J_LABELS.entity, label]];
      },
      count: list.length,
    });
  }

  const stances = documents.flatMap((d) => d.stances);
  files.push({
    stem: 'nodes-Stance',
    kind: 'nodes',
    columns: [
      col('id:ID(Stance)'),
      col('polarity'),
      col('code'),
      col('quote'),
      col('start', 'long'),
      col('end', 'long'),
      col('confidence', 'double'),
      col('source'),
      col(':LABEL'),
    ],
    rows: function* () {
      for (const s of stances) yield [s.id, s.polarity, s.code, s.quote, s.start, s.end, s.confidence, s.source, [NEO4J_LABELS.stance]];
    },
    count: stances.length,
  });

  const mentions = documents.reduce((n, d) => n + d.mentions.length, 0);
  files.push({
    stem: 'relationships-MENTIONED_IN',
    kind: 'relationships',
    columns: [col(':START_ID(Entity)'), col(':END_ID(Source)'), col('count', 'long'), col(':TYPE')],
    rows: function* () {
      for (const d of documents) for (const m of d.mentions) yield [m.entity, d.source.id, m.count, 'MENTIONED_IN'];
    },
    count: mentions,
  });
  const stanceEdge = (type: 'HOLDS' | 'ABOUT' | 'STATED_IN', start: string, end: string, ends: (s: (typeof stances)[number]) => [string, string]): AdminFile => ({
    stem: `relationships-${type}`,
    kind: 'relationships',
    columns: [col(`:START_ID(${start})`), col(`:END_ID(${end})`), col(':TYPE')],
    rows: function* () {
      for (const s of stances) yield [...ends(s), type];
    },
    count: stances.length,
  });
  files.push(stanceEdge('HOLDS', 'Entity', 'Stance', (s) => [s.holder, s.id]));
  files.push(stanceEdge('ABOUT', 'Stance', 'Entity', (s) => [s.id, s.target]));
  files.push(stanceEdge('STATED_IN', 'Stance', 'Source', (s) => [s.id, s.source]));

  const relations = documents.flatMap((d) => d.relations);
  for (const [type, list] of [...groupBy(relations, (r) => r.type)].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const relType = RelationType.parse(type);
    files.push({
      stem: `relationships-${relType}`,
      kind: 'relationships',
      columns: [
        col(':START_ID(Entity)'),
        col(':END_ID(Entity)'),
        col('id'),
        col('via'),
        col('source'),
        col('start', 'long'),
        col('end', 'long'),
        col('quote'),
        col('role'),
        col('confidence', 'double'),
        col(':TYPE'),
      ],
      rows: function* () {
        for (const r of list) yield [r.from, r.to, r.id, r.via, r.source, r.start, r.end, r.quote, r.role, r.confidence, relType];
      },
      count: list.length,
    });
  }
  files.push(...adminEventFiles(rows));
  return files;
}

/** Labels are written with the array delimiter too: exported so tests can read the files back. */
export const LABEL_DELIMITER = ARRAY_DELIMITER;
