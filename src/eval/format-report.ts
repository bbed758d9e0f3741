/**
 * Presentation of an evaluation: a fixed-width table of scores followed by what was missed and
 * what was spurious, or the same content as plain JSON for scripts.
 */
import type { EvalReport } from './evaluate-graph';
import type { Scores } from './prf';

const fmt = (x: number) => x.toFixed(3);
const flat = (s: string, max = 90) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
};

function row(name: string, s: Scores): string {
  return [
    name.padEnd(20),
    String(s.gold).padStart(5),
    String(s.predicted).padStart(10),
    String(s.matched).padStart(8),
    fmt(s.precision).padStart(10),
    fmt(s.recall).padStart(8),
    fmt(s.f1).padStart(7),
  ].join('');
}

/** The score table alone (also used by `eval:all`). */
export function formatScoreTable(report: EvalReport): string {
  const { scores, codeAgreement } = report;
  return [
    `${''.padEnd(20)}${'gold'.padStart(5)}${'predicted'.padStart(10)}${'matched'.padStart(8)}${'precision'.padStart(10)}${'recall'.padStart(8)}${'F1'.padStart(7)}`,
    row('entities', scores.entities),
    row('relations', scores.relations),
    row('stances', scores.stances),
    row('stances + polarity', scores.stancesWithPolarity),
    `stance code agreement: ${codeAgreement.agreed}/${codeAgreement.compared} matched stances`,
  ].join('\n');
}

function section(title: string, lines: string[]): string[] {
  return lines.length === 0 ? [] : ['', `${title} (${lines.length}):`, ...lines.map((l) => `  - ${l}`)];
}

/** Table plus the missed and spurious lists, for a person reading a terminal. */
export function formatReport(report: EvalReport): string {
  const { entities, relations, stances } = report;
  return [
    `source: ${report.source} (graph source ${report.sourceKeys.join(', ')})`,
    '',
    formatScoreTable(report),
    ...section(
      'missed entities',
      entities.missed.map((e) => `${e.kind} "${e.label}"`),
    ),
    ...section(
      'spurious entities',
      entities.spurious.map((e) => `${e.kind} "${e.label}"${e.hint ? ` (${e.hint})` : ''}`),
    ),
    ...section(
      'missed relations',
      relations.missed.map((r) => `${r.from} -${r.type}-> ${r.to}`),
    ),
    ...section(
      'spurious relations',
      relations.spurious.map((r) => `${r.fromGold ?? `[${r.from}]`} -${r.type}-> ${r.toGold ?? `[${r.to}]`}`),
    ),
    ...section(
      'missed stances',
      stances.missed.map((s) => `${s.holder} -> ${s.target} (${s.polarity}${s.code ? ` ${s.code}` : ''}): "${flat(s.quote)}"${s.nearest ? ` [predicted here: ${s.nearest}]` : ''}`),
    ),
    ...section(
      'spurious stances',
      stances.spurious.map((s) => `${s.holderGold ?? `[${s.holder}]`} -> ${s.targetGold ?? `[${s.target}]`} (${s.polarity ?? '?'} ${s.code ?? '?'}): "${flat(s.quote)}"`),
    ),
    ...section(
      'matched stances with another polarity',
      stances.matched
        .filter((m) => !m.polarityAgrees)
        .map((m) => `${m.gold.holder} -> ${m.gold.target}: gold ${m.gold.polarity}, predicted ${m.predicted.polarity}: "${flat(m.gold.quote)}"`),
    ),
  ].join('\n');
}

/** The report as plain data (no Maps), for `--json`. */
export function reportToJson(report: EvalReport): unknown {
  const { entities, relations, stances } = report;
  return {
    source: report.source,
    sourceKeys: report.sourceKeys,
    scores: report.scores,
    codeAgreement: report.codeAgreement,
    entities: {
      matched: entities.matched.map((m) => ({ gold: m.gold.label, predicted: m.predicted.key })),
      missed: entities.missed,
      spurious: entities.spurious,
    },
    relations: {
      matched: relations.matched.map((m) => m.gold),
      missed: relations.missed,
      spurious: relations.spurious,
    },
    stances: {
      matched: stances.matched.map((m) => ({
        gold: m.gold,
        predicted: m.predicted.key,
        polarityAgrees: m.polarityAgrees,
        codeAgrees: m.codeAgrees,
      })),
      missed: stances.missed,
      spurious: stances.spurious,
    },
  };
}
