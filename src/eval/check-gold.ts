/**
 * Consistency checks on a gold annotation against its source text. A gold file that refers to
 * an undefined label or quotes text that is not in the source would silently skew every score,
 * so all such problems are collected and reported together.
 */
import type { GoldAnnotation } from '../../schema/gold';
import { comparableName } from './match-entities';
import { locateQuote } from './match-stances';

/** Problems as "path: message" lines; empty when the gold is usable. */
export function checkGold(gold: GoldAnnotation, text: string): string[] {
  const problems: string[] = [];
  const labels = new Set<string>();
  const names = new Map<string, string>();
  gold.entities.forEach((e, i) => {
    if (labels.has(e.label)) problems.push(`entities[${i}]: label "${e.label}" is used twice`);
    labels.add(e.label);
    for (const name of new Set([e.label, ...(e.aliases ?? [])].map(comparableName))) {
      const key = `${e.kind}|${name}`;
      const owner = names.get(key);
      if (owner && owner !== e.label) problems.push(`entities[${i}]: name "${name}" also belongs to "${owner}" (${e.kind})`);
      names.set(key, e.label);
    }
  });
  gold.relations.forEach((r, i) => {
    for (const end of ['from', 'to'] as const) if (!labels.has(r[end])) problems.push(`relations[${i}].${end}: "${r[end]}" is not a gold entity label`);
  });
  gold.stances.forEach((s, i) => {
    for (const end of ['holder', 'target'] as const) if (!labels.has(s[end])) problems.push(`stances[${i}].${end}: "${s[end]}" is not a gold entity label`);
    if (locateQuote(text, s.quote).length === 0) problems.push(`stances[${i}].quote: not found verbatim in the source text: "${s.quote.slice(0, 60)}"`);
  });
  return problems;
}
