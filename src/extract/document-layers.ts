/**
 * The annotated document the extract components hand on, and the one way a layer is added to it.
 * Each component reads the layers before it and returns a new layer; `addLayer` freezes the
 * result, so no component can change what an earlier one produced (spaCy's `Doc` passed along
 * `nlp.pipeline` is the model). A layer may replace a field, the entity map above all: the
 * earlier document keeps its own.
 */
import type { Relation, ReportedEvent, SourceDocument, Stance } from '../../schema/records';
import type { Knowledge, KnownEntity } from './knowledge';
import type { RawMention } from './raw-mention';
import type { LocalEntity } from './resolve-names';
import type { ResolvedMention } from './resolved-mention';
import type { Speakers } from './resolve-speakers';
import type { OrganisationOf, SignedStatement, VoiceAt } from './speaker-organisations';
import type { TokenizedText } from './tokenize';

/** What every component can read: the document as read, and the gazetteer's knowledge. */
export interface BaseLayer {
  readonly doc: SourceDocument;
  readonly knowledge: Knowledge;
}

export interface TokensLayer {
  readonly tokenized: TokenizedText;
}

export interface NamesLayer {
  /** Names found by the gazetteer and by their shape, not yet tied to entities. */
  readonly names: readonly RawMention[];
}

export interface FocusLayer {
  /** The country the text is mostly about, if any. */
  readonly focus: KnownEntity | undefined;
}

export interface GroupsLayer {
  /** Collective nouns and authorities ("activists", "the authorities"), not yet tied to entities. */
  readonly groups: readonly RawMention[];
}

export interface EntitiesLayer {
  /** The document's entities so far, by key. Replaced, never edited, by each component that adds some. */
  readonly entities: ReadonlyMap<string, LocalEntity>;
}

export interface LinkedLayer extends EntitiesLayer {
  /** Names and groups tied to entities, in text order. */
  readonly linked: readonly ResolvedMention[];
}

export interface SpeakersLayer extends EntitiesLayer {
  readonly speakers: Speakers;
  /** The signer of a text that calls itself a statement, and the body it is signed for. */
  readonly signed: SignedStatement | undefined;
}

export interface RelationsLayer extends EntitiesLayer {
  readonly relations: readonly Relation[];
}

export interface OrganisationsLayer {
  readonly organisationOf: OrganisationOf;
  /** The speakers' voices with the organisation each speaks for. */
  readonly voiceAt: VoiceAt;
}

export interface ReferencesLayer extends EntitiesLayer {
  /** The linked mentions and the pronouns, "we" and bare titles resolved to them, in text order. */
  readonly mentions: readonly ResolvedMention[];
}

export interface StancesLayer extends EntitiesLayer {
  readonly stances: readonly Stance[];
}

export interface EventsLayer {
  readonly events: readonly ReportedEvent[];
}

/** One named step of the extract stage: reads a document with the layers it needs, returns its own. */
export interface Component<In, Out> {
  readonly name: string;
  run(doc: In): Out;
}

/** The document with `Out` laid over `In`. */
export type WithLayer<In, Out> = Readonly<Omit<In, keyof Out> & Out>;

/** Called after each component with its name and its wall time, for benchmarks and progress. */
export type ComponentHook = (name: string, milliseconds: number) => void;

/** Run one component and lay its layer over the document: a new frozen object, the old one untouched. */
export function addLayer<D extends In, In extends object, Out extends object>(doc: D, component: Component<In, Out>, onComponent?: ComponentHook): WithLayer<D, Out> {
  const started = onComponent ? performance.now() : 0;
  const layer = component.run(doc);
  if (onComponent) onComponent(component.name, performance.now() - started);
  return Object.freeze({ ...doc, ...layer }) as WithLayer<D, Out>;
}
