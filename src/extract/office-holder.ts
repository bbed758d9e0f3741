/**
 * Who holds a body's office that a text names by its title alone ("The Secretary-General calls
 * on ...", a statement "attributable to the Spokesman for the Secretary-General"): the person the
 * gazetteer gives that office on the document's date, in the one international body the text
 * names or its publisher is (or is part of: a UN mission's text speaks of the UN's
 * Secretary-General). Two such bodies with holders, none, or no date: no one, since an office
 * changes hands and a wrong link is worse than none. Pure.
 */
import type { SourceDocument } from '../../schema/records';
import type { KnownEntity, Knowledge } from './knowledge';
import type { ResolvedMention } from './resolved-mention';
import { holderAt } from './title-holder-at';

/**
 * The body a publisher's name names, without what a bracket adds about the page: "United Nations
 * (Meetings Coverage and Press Releases)" is the United Nations, "U.S. Embassy in Kyrgyzstan
 * (archived by the UNT Libraries web archive)" the embassy.
 * @example publisherBody('United Nations (UN News)') // 'United Nations'
 */
export function publisherBody(publisher: string): string {
  return publisher.replace(/\s*\([^()]*\)\s*$/u, '').trim() || publisher;
}

/** The international bodies whose offices a bare title may name: those the text names, and the publisher with the bodies it is part of. */
function officeBodies(doc: Pick<SourceDocument, 'publisher'>, knowledge: Knowledge, linked: readonly ResolvedMention[]): string[] {
  const bodies = new Set(linked.filter((m) => m.known?.kind === 'Organisation' && m.known.orgType === 'international').map((m) => m.entity));
  let body = doc.publisher ? knowledge.name(publisherBody(doc.publisher)) : undefined;
  for (let depth = 0; body?.kind === 'Organisation' && body.orgType === 'international' && depth < 4; depth++) {
    bodies.add(body.id);
    body = body.partOf ? knowledge.byKey(body.partOf) : undefined;
  }
  return [...bodies];
}

/**
 * A look-up of the one person holding an office of the document's bodies on its date.
 * @example officeHolderOf(doc, knowledge, linked)('secretary-general')?.label // "António Guterres" (a UN text of 2020)
 */
export function officeHolderOf(
  doc: Pick<SourceDocument, 'publisher' | 'date'>,
  knowledge: Knowledge,
  linked: readonly ResolvedMention[],
): (title: string) => KnownEntity | undefined {
  if (!doc.date) return () => undefined;
  const bodies = officeBodies(doc, knowledge, linked);
  return (title) => {
    const holders = new Map<string, KnownEntity>();
    for (const b of bodies) {
      const person = holderAt(knowledge.holdersOf(title, b), doc.date);
      if (person) holders.set(person.id, person);
    }
    return holders.size === 1 ? [...holders.values()][0] : undefined;
  };
}
