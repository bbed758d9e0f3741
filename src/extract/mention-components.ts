/**
 * The first half of the extract stage: tokens, names, the country in focus, groups, and the
 * linking of all of them to entities (metonymy and bodies named inside names included).
 */
import type { BaseLayer, Component, EntitiesLayer, FocusLayer, GroupsLayer, LinkedLayer, NamesLayer, TokensLayer } from './document-layers';
import { findGroupMentions } from './find-group-mentions';
import { findNameMentions } from './find-name-mentions';
import { focusCountry } from './focus-country';
import { genericBodiesAsTheNamedBody } from './named-state-body';
import { parentsNamedInside } from './parents-named-inside';
import { capitalsAsCountries, troopsAsTheNamedForce } from './resolve-metonymy';
import { resolveNames } from './resolve-names';
import { textBlocks } from './text-blocks';
import { tokenizeBlocks } from './tokenize';

/** Sentences, tokens, lemmas and parts of speech of every block whose names count. */
export const tokensComponent: Component<BaseLayer, TokensLayer> = {
  name: 'tokens',
  // The headline, datelines and captions are read for names too; nobody speaks in them.
  run: ({ doc }) => ({ tokenized: tokenizeBlocks(doc.plain, textBlocks(doc)) }),
};

export const namesComponent: Component<BaseLayer & TokensLayer, NamesLayer> = {
  name: 'names',
  run: ({ doc, knowledge, tokenized }) => ({ names: findNameMentions(tokenized, doc.text, knowledge) }),
};

export const focusComponent: Component<BaseLayer & NamesLayer, FocusLayer> = {
  name: 'focus',
  run: ({ doc, knowledge, names }) => {
    // The title and the first paragraph say what the text is about.
    const leadEnd = doc.body[Math.min(1, doc.body.length - 1)]?.[1] ?? 0;
    return { focus: focusCountry(names, knowledge, leadEnd) };
  },
};

export const groupsComponent: Component<BaseLayer & TokensLayer & NamesLayer & FocusLayer, GroupsLayer> = {
  name: 'groups',
  run: ({ doc, knowledge, tokenized, names, focus }) => ({ groups: findGroupMentions(tokenized, doc.text, knowledge, names, focus) }),
};

/** Names and groups tied to entities: the gazetteer, titles and surnames, acronyms, demonyms. */
export const linkingComponent: Component<BaseLayer & TokensLayer & NamesLayer & GroupsLayer, LinkedLayer> = {
  name: 'linking',
  run: ({ doc, knowledge, tokenized, names, groups }) => {
    const { mentions, entities } = resolveNames([...names, ...groups], tokenized.tokens, knowledge, doc.date);
    return { linked: mentions, entities };
  },
};

/** A capital acting for its country, generic troops for the one force the text names, a generic body for the one body named in full. */
export const metonymyComponent: Component<BaseLayer & TokensLayer & LinkedLayer, LinkedLayer> = {
  name: 'metonymy',
  run: ({ knowledge, tokenized, linked, entities }) => {
    const capitals = capitalsAsCountries(linked, tokenized.tokens, entities, knowledge);
    const troops = troopsAsTheNamedForce(capitals.mentions, capitals.entities);
    const bodies = genericBodiesAsTheNamedBody(troops, tokenized.tokens, knowledge);
    return { linked: [...bodies.mentions], entities: bodies.entities };
  },
};

/** "UN" in "UN Special Rapporteurs": the body named inside a name is mentioned there too. */
export const parentsInNamesComponent: Component<BaseLayer & LinkedLayer, LinkedLayer & EntitiesLayer> = {
  name: 'parents-in-names',
  run: ({ knowledge, linked, entities }) => {
    const found = parentsNamedInside(linked, entities, knowledge);
    return { linked: found.mentions.sort((a, b) => a.start - b.start || b.end - a.end), entities: found.entities };
  },
};
