import { addLayer, type BaseLayer } from '../../src/extract/document-layers';
import { EXTRACT_COMPONENTS, extractDocument } from '../../src/extract/extract-document';
import { loadKnowledge } from '../../src/extract/knowledge-from-gazetteer';
import {
  focusComponent,
  groupsComponent,
  linkingComponent,
  metonymyComponent,
  namesComponent,
  parentsInNamesComponent,
  tokensComponent,
} from '../../src/extract/mention-components';
import { relationsComponent, speakersComponent } from '../../src/extract/statement-components';
import { organisationsOf, voicesWithOrganisations } from '../../src/extract/speaker-organisations';
import type { Relation } from '../../schema/records';
import { docFromText } from '../helpers/doc-from-text';

const knowledge = loadKnowledge();

/** The document after the mention components, for the statement components' tests. */
function linkedDocument(text: string) {
  const base: BaseLayer = { doc: docFromText(text, 'inline/components.txt'), knowledge };
  const tokens = addLayer(base, tokensComponent);
  const names = addLayer(tokens, namesComponent);
  const focus = addLayer(names, focusComponent);
  const groups = addLayer(focus, groupsComponent);
  const linked = addLayer(groups, linkingComponent);
  const metonymy = addLayer(linked, metonymyComponent);
  return { linked, metonymy, parents: addLayer(metonymy, parentsInNamesComponent) };
}

describe('the extract components', () => {
  it('run in a fixed order, tokens first and stances last', () => {
    expect(EXTRACT_COMPONENTS[0]).toBe('tokens');
    expect(EXTRACT_COMPONENTS.at(-1)).toBe('stances');
    expect(EXTRACT_COMPONENTS.indexOf('events')).toBeLessThan(EXTRACT_COMPONENTS.indexOf('stances'));
    expect(EXTRACT_COMPONENTS.indexOf('relations')).toBeLessThan(EXTRACT_COMPONENTS.indexOf('references'));
    expect(EXTRACT_COMPONENTS.indexOf('references')).toBeLessThan(EXTRACT_COMPONENTS.indexOf('stances'));
  });

  it('each report their name once, in that order, to the hook', () => {
    const seen: string[] = [];
    extractDocument(docFromText('Aida Bekova of the Pamir Legal Centre criticised the new media law.', 'inline/hook.txt'), knowledge, {
      onComponent: (name, ms) => {
        expect(ms).toBeGreaterThanOrEqual(0);
        seen.push(name);
      },
    });
    expect(seen).toEqual(EXTRACT_COMPONENTS);
  });

  it('hand on frozen documents', () => {
    const { parents } = linkedDocument('Tashkent announced a new water agreement on Monday.');
    expect(Object.isFrozen(parents)).toBe(true);
    expect(() => {
      (parents as { linked: unknown }).linked = [];
    }).toThrow(TypeError);
  });

  it('leave the mentions and entities of the layer before them as they were', () => {
    const { linked, metonymy } = linkedDocument('Tashkent announced a new water agreement with its neighbours on Monday.');
    const city = linked.linked.find((m) => m.surface === 'Tashkent');
    expect(city?.kind).toBe('City');
    // The capital acting stands for its country in the next layer only.
    expect(metonymy.linked.find((m) => m.surface === 'Tashkent')?.kind).toBe('Country');
    expect(linked.linked.find((m) => m.surface === 'Tashkent')?.kind).toBe('City');
    expect(metonymy.entities.has('c:uzbekistan') || [...metonymy.entities.values()].some((e) => e.label === 'Uzbekistan')).toBe(true);
    expect([...linked.entities.values()].some((e) => e.label === 'Uzbekistan')).toBe(false);
  });

  it('add the body named inside a name as a mention of its own, marked on the mention it was found in', () => {
    const { metonymy, parents } = linkedDocument('The OSCE Representative on Freedom of the Media visited Dushanbe.');
    const inside = parents.linked;
    const parent = inside.find((m) => m.surface === 'OSCE' && m.tokenEnd === m.tokenStart);
    expect(parent).toBeDefined();
    expect(inside.some((m) => m.parentInName === parent!.entity && m.tokenEnd > m.tokenStart)).toBe(true);
    expect(metonymy.linked.some((m) => m.parentInName)).toBe(false);
  });

  it('give an answer label the header does not name an entity before any voice is asked for', () => {
    const text = [
      'Water and borders',
      'Q: What do you expect from the summit?',
      'NURLANOVA: Very little, frankly. The talks have stalled for years.',
      'Q: Why is that?',
      'NURLANOVA: Because no government upstream wants to share the reservoirs.',
    ].join('\n\n');
    const { parents } = linkedDocument(text);
    const speakers = addLayer(parents, speakersComponent);
    const added = [...speakers.entities.keys()].filter((id) => !parents.entities.has(id));
    expect(added.length).toBeGreaterThan(0);
    const answer = text.indexOf('Very little');
    expect(speakers.speakers.voiceAt(answer)?.holder).toBeDefined();
    expect([...speakers.entities.keys()].filter((id) => !parents.entities.has(id))).toEqual(added);
  });

  it('add the entities a relation needs to a map of their own', () => {
    const { parents } = linkedDocument('Bakyt Osmonov, a spokesman for the Statistics Agency of Tajikistan, spoke to reporters in Dushanbe.');
    const speakers = addLayer(parents, speakersComponent);
    // A map that refuses every change stands for the layer before: a component may only copy it.
    class SealedMap<K, V> extends Map<K, V> {
      sealed = false;
      override set(key: K, value: V): this {
        if (this.sealed) throw new Error(`changed the layer before: ${String(key)}`);
        return super.set(key, value);
      }
    }
    const sealed = new SealedMap(speakers.entities);
    sealed.sealed = true;
    const relations = addLayer({ ...speakers, entities: sealed }, relationsComponent);
    expect(relations.entities).not.toBe(sealed);
    expect(relations.relations.length).toBeGreaterThan(0);
  });
});

describe('the organisation a speaker speaks for', () => {
  it('is what "we" means in the headline of an interview, as in its answers', () => {
    const text = [
      'Dinara Karimova: "We will keep watching every trial"',
      'Radio Azattyk spoke to Dinara Karimova, director of the Legal Aid Centre, about the trials in Bishkek.',
      'Q: What happens next?',
      'A: The courts have ignored the evidence again. Our lawyers will appeal.',
    ].join('\n\n');
    const found = extractDocument(docFromText(text, 'inline/headline-we.txt'), knowledge).mentions.filter((m) => m.via === 'speaker');
    expect(found.map((m) => [m.text, m.entity])).toEqual([
      ['We', 'n:legal-aid-centre'],
      ['Our', 'n:legal-aid-centre'],
    ]);
  });

  const evidence = { source: 's', span: [0, 1] as [number, number], quote: 'x' };
  const rel = (type: Relation['type'], from: string, to: string): Relation => ({ type, from, to, confidence: 0.9, evidence });
  const kinds: Record<string, 'Organisation' | 'Country' | 'Person'> = { 'o:centre': 'Organisation', 'o:union': 'Organisation', 'c:kazakhstan': 'Country' };

  it('is the first organisation the person works for or leads, skipping places', () => {
    const of = organisationsOf([rel('WORKS_FOR', 'p:aida', 'c:kazakhstan'), rel('LEADS', 'p:aida', 'o:centre'), rel('WORKS_FOR', 'p:aida', 'o:union')], (id) => kinds[id]);
    expect(of('p:aida')).toBe('o:centre');
    expect(of('p:nobody')).toBeUndefined();
  });

  it('is added to the voice of each sentence the person speaks', () => {
    const voiceAt = voicesWithOrganisations(
      (offset) => (offset < 10 ? { holder: 'p:aida', coHolders: ['o:other'] } : undefined),
      organisationsOf([rel('WORKS_FOR', 'p:aida', 'o:union')], (id) => kinds[id]),
    );
    expect(voiceAt(3)).toEqual({ holder: 'p:aida', organisation: 'o:union', coHolders: ['o:other'] });
    expect(voiceAt(20)).toBeUndefined();
  });
});

describe("the signer of a body's statement", () => {
  const statement = (kind: string) =>
    [
      'Detention of Herders in Naryn',
      kind,
      'Jane Roe, Department Spokesperson',
      'Canada is deeply concerned by the detention of four herders in Naryn. We call on the Kyrgyz authorities to release them.',
    ].join('\n\n');

  it('is the author, and "we" in the statement is the body it opens with', () => {
    const x = extractDocument(docFromText(statement('Press Statement'), 'inline/signed.txt'), knowledge);
    expect(x.source.speakers).toContainEqual(expect.objectContaining({ name: 'Jane Roe', role: 'author' }));
    const canada = knowledge.name('Canada')!.id;
    expect(x.stances.filter((s) => s.quote.startsWith('We call on')).map((s) => s.holder)).toEqual([canada]);
  });

  it('speaks for no body in a text that does not call itself a statement', () => {
    const x = extractDocument(docFromText(statement('Opinion'), 'inline/signed-column.txt'), knowledge);
    const canada = knowledge.name('Canada')!.id;
    expect(x.stances.filter((s) => s.quote.startsWith('We call on')).map((s) => s.holder)).not.toContain(canada);
  });
});
