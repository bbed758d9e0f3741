/**
 * Roles stated of a pronoun once the references know whom it stands for: "He is a Senior Adviser
 * at the Norwegian Helsinki Committee", "She was the director of Adilet". Runs after reference
 * resolution (the sentence patterns run before it, on names only); the relation goes to the
 * person the pronoun refers to, with the sentence's words as evidence. Pure.
 */
import type { RelationType } from '../../schema/enums';
import type { Relation } from '../../schema/records';
import type { ResolvedMention } from './resolved-mention';
import { relation, textOf, type RelationContext } from './relation-base';
import { matchTitleAt } from './title-match';

const COPULA = /^(is|was|has been|had been|remains|became|serves as|served as)$/;
const ARTICLE = /^(a|an|the|its|their)$/;
const QUALIFIER = /^(former|acting|interim|senior|new|current|long-time|longtime)$/;

export function pronounRoleRelations(ctx: RelationContext, mentions: readonly ResolvedMention[]): Relation[] {
  const { tokens } = ctx.tokenized;
  const out: Relation[] = [];
  for (const p of mentions) {
    if (p.via !== 'pronoun' || p.kind !== 'Person' || !/^(he|she)$/i.test(p.surface)) continue;
    let k = p.tokenEnd;
    const two = `${tokens[k]?.lower ?? ''} ${tokens[k + 1]?.lower ?? ''}`;
    if (COPULA.test(two)) k += 2;
    else if (COPULA.test(tokens[k]?.lower ?? '')) k += 1;
    else continue;
    if (ARTICLE.test(tokens[k]?.lower ?? '')) k++;
    const roleStart = k;
    while (QUALIFIER.test(tokens[k]?.lower ?? '')) k++;
    const title = matchTitleAt(tokens, k, ctx.knowledge.titles);
    if (!title || title.info.relation === 'occupation' || !/^(at|of|for|with|in)$/.test(tokens[title.end]?.lower ?? '')) continue;
    const at = ARTICLE.test(tokens[title.end + 1]?.lower ?? '') ? title.end + 2 : title.end + 1;
    const org = mentions.find((m) => m.tokenStart === at && m.kind === 'Organisation' && m.sentence === p.sentence);
    if (!org) continue;
    const type: RelationType = title.info.relation === 'leads' && !/senior|deputy/i.test(textOf(ctx.text, tokens, roleStart, title.end)) ? 'LEADS' : 'WORKS_FOR';
    out.push(relation(ctx, type, p.entity, org.entity, p.start, org.end, 0.7, textOf(ctx.text, tokens, roleStart, title.end)));
  }
  return out;
}
