/**
 * CAMEO event codes (Conflict and Mediation Event Observations, Schrodt 2012, codebook 1.1b3):
 * the code of every stance and of every lexicon entry, and the codebook's own names for the
 * root codes and for the sub codes this project uses. Kept beside the enums because the viewer,
 * the Neo4j reader and the eval all show or compare the code.
 */
import { z } from 'zod';

/** The codebook's names, by code. A root is two digits plus "0" ("110"); sub codes add digits. */
export const CAMEO_NAMES = {
  '010': 'Make statement',
  '012': 'Make pessimistic comment',
  '013': 'Make optimistic comment',
  '015': 'Acknowledge or claim responsibility',
  '016': 'Deny responsibility',
  '017': 'Engage in symbolic act',
  '018': 'Make empathetic comment',
  '019': 'Express accord',
  '020': 'Make an appeal or request',
  '021': 'Appeal for material cooperation',
  '022': 'Appeal for diplomatic cooperation',
  '023': 'Appeal for aid',
  '0233': 'Appeal for humanitarian aid',
  '0234': 'Appeal for military protection or peacekeeping',
  '024': 'Appeal for political reform',
  '0243': 'Appeal for rights',
  '025': 'Appeal to yield',
  '0253': 'Appeal for release of persons or property',
  '026': 'Appeal to others to meet or negotiate',
  '030': 'Express intent to cooperate',
  '040': 'Consult',
  '050': 'Engage in diplomatic cooperation',
  '051': 'Praise or endorse',
  '052': 'Defend verbally',
  '053': 'Rally support on behalf of',
  '054': 'Grant diplomatic recognition',
  '055': 'Apologize',
  '056': 'Forgive',
  '057': 'Sign formal agreement',
  '060': 'Engage in material cooperation',
  '070': 'Provide aid',
  '080': 'Yield',
  '0841': 'Return, release person(s)',
  '090': 'Investigate',
  '100': 'Demand',
  '101': 'Demand material cooperation',
  '103': 'Demand aid',
  '104': 'Demand political reform',
  '1041': 'Demand change in leadership',
  '1042': 'Demand policy change',
  '1043': 'Demand rights',
  '105': 'Demand that target yields',
  '1053': 'Demand release of persons or property',
  '1056': 'Demand de-escalation of military engagement',
  '106': 'Demand meeting, negotiation',
  '110': 'Disapprove',
  '111': 'Criticize or denounce',
  '112': 'Accuse',
  '1121': 'Accuse of crime, corruption',
  '1122': 'Accuse of human rights abuses',
  '1123': 'Accuse of aggression',
  '1124': 'Accuse of war crimes',
  '1125': 'Accuse of espionage, treason',
  '113': 'Rally opposition against',
  '114': 'Complain officially',
  '115': 'Bring lawsuit against',
  '116': 'Find guilty or liable (legally)',
  '120': 'Reject',
  '124': 'Refuse to yield',
  '125': 'Reject proposal to meet, discuss, or negotiate',
  '128': 'Defy norms, law',
  '129': 'Veto',
  '130': 'Threaten',
  '131': 'Threaten non-force',
  '137': 'Threaten with repression',
  '138': 'Threaten to use military force',
  '139': 'Give ultimatum',
  '140': 'Engage in political dissent',
  '141': 'Demonstrate or rally',
  '143': 'Conduct strike or boycott',
  '145': 'Protest violently, riot',
  '150': 'Exhibit military posture',
  '160': 'Reduce relations',
  '161': 'Reduce or break diplomatic relations',
  '163': 'Impose embargo, boycott, or sanctions',
  '166': 'Expel or withdraw',
  '170': 'Coerce',
  '171': 'Seize or damage property',
  '1711': 'Confiscate property',
  '1712': 'Destroy property',
  '172': 'Impose administrative sanctions',
  '1721': 'Impose restrictions on political freedoms',
  '1722': 'Ban political parties or politicians',
  '173': 'Arrest, detain, or charge with legal action',
  '174': 'Expel or deport individuals',
  '175': 'Use tactics of violent repression',
  '180': 'Use unconventional violence',
  '181': 'Abduct, hijack, or take hostage',
  '182': 'Physically assault',
  '1821': 'Sexually assault',
  '1822': 'Torture',
  '1823': 'Kill by physical assault',
  '186': 'Assassinate',
  '190': 'Use conventional military force',
  '191': 'Impose blockade, restrict movement',
  '192': 'Occupy territory',
  '200': 'Use unconventional mass violence',
  '202': 'Engage in mass killings',
} as const satisfies Record<string, string>;

export type CameoCode = keyof typeof CAMEO_NAMES;

/** A CAMEO code this project names: "111", "1053". */
export const CameoCode = z.enum(Object.keys(CAMEO_NAMES) as [CameoCode, ...CameoCode[]]);

/** The stance categories used before CAMEO codes were stored, kept so older gold files still load. */
export const LEGACY_STANCE_CODES: Readonly<Record<string, CameoCode>> = {
  PRAISE: '051',
  CRITICISE: '111',
  ACCUSE: '112',
  DEMAND: '100',
  APPEAL: '020',
  REJECT: '120',
  OPTIMISTIC: '013',
  PESSIMISTIC: '012',
  THREATEN: '130',
  COMMENT: '010',
};

/** The root of a code: its first two digits ("1053" -> "10"). */
export function cameoRoot(code: string): string {
  return code.slice(0, 2);
}

/** The codebook's name of a code, falling back on its root's name ("1053" -> "Demand release of persons or property"). */
export function cameoName(code: string): string {
  return (CAMEO_NAMES as Record<string, string>)[code] ?? (CAMEO_NAMES as Record<string, string>)[`${cameoRoot(code)}0`] ?? code;
}

/**
 * Whether a gold code and a predicted code agree: the same code, or one refines the other
 * ("105" and "1053"), or the gold names only the root ("100" agrees with any demand).
 */
export function cameoAgrees(gold: string, predicted: string): boolean {
  if (gold === predicted || predicted.startsWith(gold) || gold.startsWith(predicted)) return true;
  return gold.length === 3 && gold.endsWith('0') && cameoRoot(gold) === cameoRoot(predicted);
}
