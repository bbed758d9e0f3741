/**
 * One line per decision for `kg review list` and the import's stale warnings:
 * `stance.reject n:aida-bekova at report [120, 188) "..." by ana 2026-12-02T01:00:00Z`.
 */
import type { Decision } from '../../schema/decisions';

function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** What the decision judges and what it says about it. */
export function describeSubject(decision: Decision): string {
  switch (decision.action) {
    case 'stance.confirm':
    case 'stance.reject':
    case 'stance.correct': {
      const ref = decision.stance;
      const subject = `stance of ${ref.holder}${ref.target ? ` about ${ref.target}` : ''} at ${ref.source} [${ref.span[0]}, ${ref.span[1]}) "${shorten(ref.quote)}"`;
      if (decision.action !== 'stance.correct') return subject;
      const changes = (['polarity', 'code', 'holder', 'target'] as const).filter((k) => decision[k] !== undefined).map((k) => `${k} ${decision[k]}`);
      return `${subject} -> ${changes.join(', ')}`;
    }
    case 'entity.merge':
      return `${decision.entity} into ${decision.into}`;
    case 'entity.keep-apart':
      return `${decision.entity} and ${decision.other}`;
    case 'entity.set-kind':
      return `${decision.entity} -> ${decision.kind}`;
    case 'entity.set-qid':
      return `${decision.entity} -> ${decision.wikidata ?? 'no QID'}`;
    case 'entity.rename':
      return `${decision.entity} -> "${decision.label}"`;
    case 'entity.add-alias':
      return `${decision.entity} + "${decision.alias}"`;
    case 'entity.reject':
      return decision.entity;
    case 'relation.confirm':
    case 'relation.reject':
      return decision.relation;
  }
}

export function describeDecision(decision: Decision): string {
  return `${decision.action} ${describeSubject(decision)} by ${decision.by} ${decision.at}${decision.reason ? ` (${shorten(decision.reason)})` : ''}`;
}
