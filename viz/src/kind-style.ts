/**
 * How each kind of node and each stance polarity looks. One table, read by the reducers, the
 * legend and the PNG export, so the legend can never disagree with what is drawn.
 */
import type { NodeKind, Polarity } from '../../schema/enums';

/** Sigma node program names registered in `create-renderer.ts`. */
export type NodeShape = 'circle' | 'square' | 'ring';

export interface KindStyle {
  readonly color: string;
  readonly shape: NodeShape;
  /** Plural label for the legend. */
  readonly legend: string;
}

// Colours from the Okabe–Ito palette, distinguishable with the common colour-vision deficiencies;
// the shape tells kinds apart again when colours do not.
export const KIND_STYLE: Readonly<Record<NodeKind, KindStyle>> = {
  Person: { color: '#0072B2', shape: 'circle', legend: 'People' },
  Organisation: { color: '#E69F00', shape: 'square', legend: 'Organisations' },
  Country: { color: '#009E73', shape: 'ring', legend: 'Countries' },
  Region: { color: '#56B4E9', shape: 'ring', legend: 'Regions' },
  City: { color: '#8C6BB1', shape: 'ring', legend: 'Cities' },
  Group: { color: '#CC79A7', shape: 'square', legend: 'Groups' },
  Event: { color: '#D55E00', shape: 'square', legend: 'Events' },
  Stance: { color: '#999999', shape: 'circle', legend: 'Stances' },
  // A reported act (arrest, attack): the palette's yellow, a ring, so it stands apart from stances and named events.
  ReportedEvent: { color: '#F0E442', shape: 'ring', legend: 'Reported events' },
  Source: { color: '#444444', shape: 'square', legend: 'Sources' },
};

/** Kinds in legend order. */
export const KIND_ORDER: readonly NodeKind[] = ['Person', 'Organisation', 'Country', 'Region', 'City', 'Group', 'Event', 'Stance', 'ReportedEvent', 'Source'];

export const POLARITY_COLOR: Readonly<Record<Polarity, string>> = {
  support: '#1B9E3A',
  oppose: '#D7191C',
  mixed: '#9B59B6',
  neutral: '#7F8C8D',
};

export const POLARITY_ORDER: readonly Polarity[] = ['support', 'oppose', 'mixed', 'neutral'];

/** Colours for things that are not the focus (hover greys the rest of the graph). */
export const MUTED_NODE_COLOR = '#e4e4e4';
export const MUTED_EDGE_COLOR = '#f0f0f0';
export const RELATION_EDGE_COLOR = '#8a8a8a';
export const STRUCTURAL_EDGE_COLOR = '#cfcfcf';
