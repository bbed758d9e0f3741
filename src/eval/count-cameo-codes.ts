/**
 * How often each CAMEO code was produced on a split: the stances the pipeline predicted for the
 * scored texts (matched or spurious alike), counted by code. Counts only, so the frozen test split
 * can show them without a text name or a quote.
 */
import { cameoName } from '../../schema/cameo';
import type { EvalReport } from './evaluate-graph';

export interface CodeCount {
  code: string;
  name: string;
  count: number;
}

/**
 * @example countCameoCodes(reports) // [{ code: '051', name: 'Praise or endorse', count: 12 }, ...]
 */
export function countCameoCodes(reports: readonly EvalReport[]): CodeCount[] {
  const counts = new Map<string, number>();
  for (const report of reports) {
    const predicted = [...report.stances.matched.map((m) => m.predicted), ...report.stances.spurious];
    for (const stance of predicted) {
      const code = stance.code ?? 'none';
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .map(([code, count]) => ({ code, name: code === 'none' ? 'no code' : cameoName(code), count }))
    .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
}

/** One line for a terminal: "CAMEO codes produced (41 stances): 051 Praise or endorse 12, 111 ... 7". */
export function formatCameoCodes(codes: readonly CodeCount[]): string {
  const total = codes.reduce((n, c) => n + c.count, 0);
  return `CAMEO codes produced (${total} stances): ${codes.map((c) => `${c.code} ${c.name} ${c.count}`).join(', ') || 'none'}`;
}
