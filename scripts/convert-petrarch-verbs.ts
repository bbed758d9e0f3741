/**
 * Turns PETRARCH2's CAMEO verb dictionary (`CAMEO.2.0.txt`, MIT, vendored under
 * `/work/shared/vendor/petrarch2/`) into the stance/event lexicon `gazetteer/lexicon/cameo-verbs.json`.
 *
 * PETRARCH codes events between actors found by a parser; we match lemmas in prose. So the
 * converter keeps the verb synonym blocks (a verb with its CAMEO code, the block's code when the
 * verb has none), drops the phrase patterns (they need PETRARCH's parse trees), decides per CAMEO
 * root whether the verb states a position (a stance) or reports a physical act (an event), and
 * leaves out verbs that in news prose mostly mean something else ("press", "table", "charge"),
 * each with its reason. Every kept verb gets an example sentence built from its third-person form,
 * and is kept only if wink-nlp lemmatises that form back to the verb and tags it a verb: an entry
 * wink cannot find would be dead.
 *
 * Run: npx tsx scripts/convert-petrarch-verbs.ts [path/to/CAMEO.2.0.txt]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CAMEO_NAMES, type CameoCode } from '../schema/cameo';
import type { Polarity } from '../schema/enums';
import { LexiconFile, type LexiconEntry, type LexiconKind } from '../schema/lexicon';
import { getNlp } from '../src/extract/nlp';

const DEFAULT_INPUT = '/work/shared/vendor/petrarch2/CAMEO.2.0.txt';
const OUTPUT = path.resolve(__dirname, '../gazetteer/lexicon/cameo-verbs.json');

interface RootDecision {
  kind: LexiconKind | 'skip';
  polarity?: Polarity;
  weight?: number;
  reason: string;
}

/**
 * Which CAMEO codes are stances and which are events, by code prefix (the longest prefix wins).
 * Written into the output so the mapping travels with the data.
 */
const DECISIONS: Readonly<Record<string, RootDecision>> = {
  '01': { kind: 'skip', reason: 'public statements: the reporting verbs (say, tell, claim) come from reporting-verbs.json, and CAMEO.2.0 files trespass verbs under 013' },
  '012': { kind: 'evaluative', polarity: 'oppose', weight: 2, reason: 'a pessimistic comment is a stance towards whoever is responsible for what worries the speaker' },
  '016': { kind: 'evaluative', polarity: 'oppose', weight: 4, reason: 'refuting a claim opposes whoever made it' },
  '02': { kind: 'appeal', reason: 'an appeal is a stance towards whom it is made of and towards what it asks for; its polarity is decided by what is asked' },
  '03': { kind: 'skip', reason: 'intent to cooperate says what an actor will do, not what it thinks of anyone' },
  '04': { kind: 'skip', reason: 'consultations and visits are neither positions nor acts on someone' },
  '050': { kind: 'evaluative', polarity: 'support', weight: 3, reason: 'siding with or backing someone is support (only the verbs that say so are kept)' },
  '051': { kind: 'evaluative', polarity: 'support', weight: 3, reason: 'praise or endorsement' },
  '054': { kind: 'skip', reason: 'formal recognition is an act of states, not a comment' },
  '055': { kind: 'skip', reason: 'an apology is about the speaker, not a position on another' },
  '056': { kind: 'evaluative', polarity: 'support', weight: 2, reason: 'forgiving someone is a conciliatory position towards them' },
  '06': { kind: 'event', reason: 'material cooperation is an act, not an opinion' },
  '07': { kind: 'event', reason: 'providing aid is an act; an appeal asking for it reads these verbs to know what is asked' },
  '08': { kind: 'event', reason: 'yielding (release, withdraw, allow) is an act; a demand asking for it opposes the one asked' },
  '09': { kind: 'event', reason: 'an investigation is an act' },
  '10': { kind: 'appeal', reason: 'a demand is a stance towards whom it is made of; it opposes them only when it asks them to stop, release or withdraw' },
  '110': { kind: 'evaluative', polarity: 'oppose', weight: 3, reason: 'disapproval' },
  '111': { kind: 'evaluative', polarity: 'oppose', weight: 3, reason: 'criticism or denunciation' },
  '112': { kind: 'evaluative', polarity: 'oppose', weight: 4, reason: 'an accusation' },
  '114': { kind: 'evaluative', polarity: 'oppose', weight: 3, reason: 'a complaint' },
  '12': { kind: 'evaluative', polarity: 'oppose', weight: 4, reason: 'rejection' },
  '13': { kind: 'evaluative', polarity: 'oppose', weight: 5, reason: 'a threat' },
  '14': { kind: 'event', reason: 'protest is an act the text reports: the reporter does not protest' },
  '15': { kind: 'event', reason: 'a show of force is a physical act' },
  '16': { kind: 'event', reason: 'reducing relations (boycott, sanctions) is an act between actors' },
  '17': { kind: 'event', reason: 'coercion (arrest, ban, seize) is a physical act: it is not the stance of whoever reports it' },
  '18': { kind: 'event', reason: 'assault is a physical act' },
  '19': { kind: 'event', reason: 'fighting is a physical act' },
  '20': { kind: 'event', reason: 'mass violence is a physical act' },
};

/** Verbs left out: in news prose they mostly mean something else, or another list already has them. */
const EXCLUDED: Readonly<Record<string, string>> = {
  involve: 'filed under 012 but neutral',
  distress: 'the emotion of the object',
  concern: 'as a verb mostly "relate to"; the noun and adjective are in stance-words.json',
  frustrate: 'mostly about plans, not people',
  apply: 'mostly "apply a rule"',
  desire: 'a wish, not an appeal',
  hint: 'a reporting verb',
  suggest: 'a reporting verb',
  counsel: 'mostly a noun',
  ask: 'a reporting verb in reported questions; the appeal "ask X to" is in stance-words.json',
  'ask for': 'see ask',
  advise: 'mostly neutral advice',
  propose: 'mostly proposals of plans',
  agree: 'accord with a statement, not a stance on an actor',
  bargain: 'negotiation',
  deal: 'mostly a noun',
  haggle: 'negotiation',
  barter: 'trade',
  ally: 'mostly a noun',
  associate: 'mostly "associated with"',
  collaborate: 'cooperation, not a position',
  concert: 'mostly a noun',
  cooperate: 'cooperation, not a position',
  conform: 'compliance',
  coordinate: 'cooperation',
  correlate: 'not about actors',
  harmonise: 'not about actors',
  harmonize: 'not about actors',
  integrate: 'not about actors',
  orchestrate: 'organising',
  organise: 'organising',
  organize: 'organising',
  synchronise: 'not about actors',
  synchronize: 'not about actors',
  unionise: 'not about actors',
  unionize: 'not about actors',
  admit: 'a reporting verb',
  confess: 'about the speaker',
  confide: 'speech',
  divulge: 'speech',
  expose: 'mostly revelation of facts',
  profess: 'speech',
  reveal: 'speech',
  unveil: 'presentation',
  affect: 'not a position',
  impact: 'not a position',
  influence: 'not a position',
  persuade: 'not a position',
  tempt: 'not a position',
  exuberate: 'rare',
  exult: 'emotion',
  rejoice: 'emotion',
  triumph: 'mostly a noun',
  advertise: 'commerce',
  advertize: 'commerce',
  promote: 'mostly "promote trade"',
  greet: 'a visit ritual',
  affirm: 'a reporting verb',
  celebrate: 'mostly holidays',
  commemorate: 'anniversaries',
  clap: 'physical',
  honor: 'ceremonies',
  honour: 'ceremonies',
  respect: 'mostly "respect the law", read by the demand judgement',
  reward: 'mostly a noun',
  salute: 'ceremonies',
  toast: 'ceremonies',
  bless: 'religious',
  sanctify: 'religious',
  cheer: 'crowds',
  embolden: 'causes, not positions',
  enliven: 'not about actors',
  galvanize: 'not about actors',
  inspire: 'not about actors',
  invigorate: 'not about actors',
  reassure: 'mostly speech',
  revitalize: 'not about actors',
  rouse: 'not about actors',
  spur: 'causes',
  favor: 'ambiguous',
  favour: 'ambiguous',
  prefer: 'a choice, not praise',
  exalt: 'rare',
  glorify: 'rare',
  legitimise: 'mostly about regimes legitimising themselves',
  legitimize: 'see legitimise',
  reassert: 'speech',
  esteem: 'rare',
  prize: 'mostly a noun',
  encourage: 'mostly "encourage X to", an appeal (stance-words.json)',
  forgave: 'a past form of forgive',
  forgiven: 'a participle of forgive',
  serve: 'neutral',
  assign: 'administrative',
  task: 'administrative',
  add: 'a reporting verb',
  compound: 'mostly "compound the problem"',
  constitute: 'copula-like',
  enact: 'legislation',
  establish: 'founding',
  found: 'past of find',
  institute: 'mostly a noun',
  better: 'mostly an adjective',
  clear: 'mostly an adjective',
  accord: 'mostly a noun',
  give: 'too general',
  issue: 'mostly a noun',
  head: 'mostly a noun',
  lead: 'a relation (LEADS), not an event',
  manage: 'too general',
  rule: 'mostly a noun',
  direct: 'mostly an adjective',
  handle: 'too general',
  control: 'mostly a noun',
  command: 'mostly a noun',
  conduct: 'mostly "conduct a survey"',
  trade: 'mostly a noun',
  exchange: 'mostly a noun',
  supply: 'mostly a noun',
  stock: 'a noun',
  tender: 'a noun',
  render: 'too general',
  gear: 'a noun',
  outfit: 'a noun',
  furnish: 'rare',
  attire: 'rare',
  pay: 'too general',
  buy: 'commerce',
  purchase: 'commerce',
  import: 'commerce',
  mean: 'too general',
  tie: 'not an act',
  step: 'partial phrase',
  fill: 'too general',
  bide: 'rare',
  satify: 'misspelt in the source',
  abide: 'compliance',
  bow: 'physical',
  pass: 'too general',
  tease: 'not an act',
  undo: 'not an act',
  untie: 'not an act',
  loosen: 'not an act',
  relax: 'not an act',
  disentangle: 'not an act',
  submit: 'mostly "submit a report"',
  obey: 'compliance',
  resign: 'about oneself',
  detach: 'not an act',
  disconnect: 'not an act',
  recede: 'not an act',
  retire: 'about oneself',
  concession: 'a noun',
  verify: 'checking',
  legislate: 'legislation',
  ratify: 'treaty law',
  resettle: 'migration',
  settle: 'mostly "settle in"',
  resolve: 'mostly "resolve the problem"',
  compromise: 'mostly a noun',
  retract: 'speech',
  abstain: 'voting',
  abandon: 'mostly plans',
  mediate: 'mediation',
  search: 'mostly a noun',
  monitor: 'mostly a noun',
  mine: 'a noun or pronoun',
  dig: 'physical',
  rake: 'physical',
  comb: 'physical',
  sweep: 'physical',
  skim: 'physical',
  scan: 'physical',
  study: 'mostly a noun',
  research: 'mostly a noun',
  check: 'mostly a noun',
  explore: 'not an act on someone',
  examine: 'not an act on someone',
  audit: 'mostly a noun',
  analyse: 'not an act on someone',
  ascertain: 'not an act on someone',
  unearth: 'not an act on someone',
  decree: 'an act of authority, not a demand',
  order: 'an act of authority, not a demand',
  bid: 'mostly a noun',
  campaign: 'mostly a noun',
  crusade: 'rare',
  need: 'a modal (stance-words.json)',
  necessitate: 'not about actors',
  press: 'mostly the press',
  push: 'too general',
  want: 'a wish',
  grill: 'questioning',
  express: 'the expressed word decides',
  allege: 'a reporting verb',
  aver: 'a reporting verb',
  avow: 'a reporting verb',
  claim: 'a reporting verb',
  swear: 'speech',
  blaspheme: 'religious',
  curse: 'rare',
  despair: 'emotion',
  disappoint: 'emotion of the object',
  discourage: 'causes',
  dishearten: 'emotion',
  dismay: 'emotion of the object',
  sadden: 'emotion of the object',
  suspect: 'mostly "suspected of", a legal status',
  cry: 'physical',
  grieve: 'mourning',
  mourn: 'mourning',
  wail: 'physical',
  weep: 'physical',
  whine: 'rare',
  slight: 'mostly an adjective',
  argue: 'a reporting verb',
  compete: 'not a position',
  contend: 'a reporting verb',
  contrast: 'not a position',
  contravene: 'a breach, not a comment',
  counter: 'too general',
  counterbalance: 'not a position',
  differ: 'not about actors',
  wrangle: 'rare',
  debase: 'not a comment',
  defile: 'not a comment',
  degrade: 'not a comment',
  disgrace: 'mostly a noun',
  humble: 'mostly an adjective',
  humiliate: 'an act, not a comment',
  brand: 'mostly a noun',
  lecture: 'mostly a noun',
  savage: 'mostly an adjective',
  crucify: 'rare',
  charge: 'mostly "in charge" or a legal charge',
  compensate: 'payment',
  defect: 'mostly a noun',
  fail: 'in stance-words.json as criticism of whoever fails',
  defer: 'scheduling',
  delay: 'scheduling',
  forestall: 'scheduling',
  postpone: 'scheduling',
  procrastinate: 'scheduling',
  remit: 'rare',
  retard: 'offensive',
  shelve: 'scheduling',
  stall: 'scheduling',
  stymie: 'rare',
  table: 'a noun',
  override: 'procedure',
  overrule: 'procedure',
  prevent: 'mostly "prevent violence"',
  inhibit: 'not about actors',
  decline: 'mostly "declined to comment" or a fall',
  endanger: 'a risk, not a threat made',
  risk: 'mostly a noun',
  caution: 'a reporting verb',
  warn: 'a reporting verb',
  'bridle at': 'rare',
  agonise: 'emotion',
  agonize: 'emotion',
  annoy: 'emotion',
  badger: 'rare',
  bother: 'emotion',
  discomfit: 'emotion',
  disconcert: 'emotion',
  disquiet: 'emotion',
  disturb: 'emotion',
  harry: 'rare',
  hassle: 'rare',
  irk: 'emotion',
  irritate: 'emotion',
  pester: 'rare',
  plague: 'not an act',
  rag: 'rare',
  torment: 'rare',
  upset: 'emotion',
  vex: 'emotion',
  arouse: 'emotion',
  enkindle: 'rare',
  provoke: 'causes',
  agitate: 'ambiguous',
  march: 'a month and a noun',
  'call up': 'ambiguous',
  'drum up': 'ambiguous',
  'pull together': 'ambiguous',
  garner: 'not an act on someone',
  marshal: 'mostly a title',
  rally: 'mostly a noun',
  overfly: 'rare',
  parade: 'mostly a noun',
  'call off': 'scheduling',
  abort: 'scheduling',
  disband: 'organisation',
  rescind: 'legal procedure',
  betray: 'a judgement, not an act',
  disassociate: 'not an act',
  disarray: 'a noun',
  disorder: 'a noun',
  countermine: 'rare',
  disrupt: 'not about actors',
  undermine: 'evaluative, in stance-words.json',
  sabotage: 'ambiguous',
  cage: 'rare',
  contain: 'mostly "contains"',
  enclose: 'physical',
  withhold: 'not an act on someone',
  'vote down': 'voting',
  exclude: 'too general',
  segregate: 'rare',
  shun: 'rare',
  compel: 'not an act on someone',
  enforce: 'law',
  force: 'mostly a noun',
  impel: 'rare',
  reinforce: 'mostly cooperation',
  bill: 'a noun',
  impose: 'the imposed thing decides',
  inflict: 'the inflicted thing decides',
  levy: 'tax',
  reimpose: 'the imposed thing decides',
  constrain: 'not an act on someone',
  moderate: 'mostly an adjective',
  restrain: 'ambiguous',
  subdue: 'rare',
  'arrest and': 'a pattern fragment',
  catch: 'too general',
  grab: 'too general',
  nab: 'rare',
  snatch: 'rare',
  take: 'too general',
  extract: 'not an act on someone',
  pluck: 'physical',
  pull: 'physical',
  wrest: 'rare',
  steal: 'crime, kept out to stay with state acts',
  'take over': 'ambiguous',
  commandeer: 'rare',
  overturn: 'mostly court rulings',
  pirate: 'rare',
  revolutionise: 'not an act on someone',
  revolutionize: 'not an act on someone',
  subvert: 'rare',
  usurp: 'rare',
  appropriate: 'mostly an adjective',
  nationalise: 'economic policy',
  nationalize: 'economic policy',
  bar: 'mostly a noun',
  tax: 'mostly a noun',
  fine: 'mostly an adjective',
  sentence: 'mostly a noun',
  confine: 'ambiguous',
  'beef up': 'filed under 174 by mistake',
  remove: 'too general',
  oust: 'mostly political defeat',
  abuse: 'the noun is an accusation in stance-words.json',
  bruise: 'physical',
  contaminate: 'not an act on someone',
  corrupt: 'the adjective is in stance-words.json',
  crack: 'physical',
  damage: 'mostly a noun',
  harm: 'mostly a noun',
  hurt: 'mostly feelings',
  impair: 'not an act on someone',
  mar: 'not an act on someone',
  rip: 'physical',
  spoil: 'not an act on someone',
  tarnish: 'reputation',
  tear: 'physical',
  vitiate: 'rare',
  rampage: 'rare',
  scuffle: 'rare',
  wrestle: 'sport',
  lash: 'physical',
  whip: 'physical',
  cane: 'physical',
  flog: 'physical',
  'kidnapped and killed': 'a pattern fragment',
  kick: 'physical',
  explode: 'not an act on someone',
  dishonor: 'not physical',
  dishonour: 'not physical',
  best: 'an adjective',
  break: 'too general',
  bust: 'rare',
  defeat: 'mostly elections',
  desolate: 'an adjective',
  dominate: 'not violence',
  master: 'a noun',
  overcome: 'not violence',
  overpower: 'rare',
  overshadow: 'not violence',
  overtake: 'not violence',
  overwhelm: 'not violence',
  ravish: 'rare',
  ruin: 'not violence',
  shatter: 'not violence',
  smash: 'physical',
  subjugate: 'rare',
  surmount: 'not violence',
  die: 'not an act on someone',
  circle: 'physical',
  encircle: 'physical',
  ring: 'physical',
  surround: 'physical',
  engage: 'too general',
  blow: 'physical',
  'blow up': 'physical',
  blast: 'physical',
  fire: 'mostly a noun or dismissal',
  pelt: 'physical',
  flatten: 'physical',
  'killed and': 'a pattern fragment',
  'killed or': 'a pattern fragment',
  'stamp out': 'mostly problems',
  'string up': 'rare',
  hang: 'too general',
  'attacked and stabbed': 'a pattern fragment',
  'fight back': 'ambiguous',
  'fight down': 'rare',
  'square off': 'rare',
  altercate: 'rare',
  battle: 'mostly a noun',
  blitz: 'rare',
  clobber: 'rare',
  combat: 'mostly "combat terrorism"',
  conflict: 'a noun',
  duel: 'rare',
  grapple: 'mostly problems',
  hammer: 'a noun',
  hit: 'mostly economic',
  match: 'sport',
  pit: 'a noun',
  pummel: 'rare',
  quarrel: 'a noun',
  siege: 'a noun',
  skirmish: 'rare',
  stone: 'a noun',
  storm: 'mostly weather',
  strike: 'mostly labour strikes',
  struggle: 'mostly problems',
  pound: 'a currency',
  ram: 'rare',
  thump: 'rare',
  'foray into': 'rare',
  'intrude on': 'rare',
  despoil: 'rare',
  foray: 'rare',
  pillage: 'rare',
  plunder: 'rare',
  reave: 'rare',
  repel: 'rare',
  repulse: 'rare',
  target: 'mostly "target the market"',
  dynamite: 'rare',
  'shot and': 'a pattern fragment',
  infest: 'not actors',
  inhabit: 'residence',
  reside: 'residence',
  recapture: 'rare',
  butcher: 'mostly a noun',
  aid: 'mostly a noun',
  benefit: 'mostly a noun',
  allocate: 'administrative',
  allot: 'administrative',
  apportion: 'administrative',
  amplify: 'not an act on someone',
  augment: 'not an act on someone',
  boost: 'mostly economic',
  deepen: 'not an act on someone',
  enhance: 'not an act on someone',
  enlarge: 'not an act on someone',
  escalate: 'not an act on someone',
  exaggerate: 'a judgement',
  expand: 'not an act on someone',
  heighten: 'not an act on someone',
  increase: 'mostly a noun',
  intensify: 'not an act on someone',
  magnify: 'not an act on someone',
  redouble: 'not an act on someone',
  enlist: 'rare',
  enroll: 'rare',
  abate: 'rare',
  ameliorate: 'rare',
  appease: 'rare',
  assuage: 'rare',
  ease: 'mostly a noun',
  expediate: 'rare',
  facilitate: 'too general',
  improve: 'evaluative in stance-words.json',
  mitigate: 'not an act on someone',
  simplify: 'not an act on someone',
  award: 'mostly a noun',
  bequeath: 'rare',
  bestow: 'rare',
  endow: 'rare',
  entrust: 'rare',
  grant: 'mostly a noun',
  lend: 'finance',
  loan: 'a noun',
  attach: 'physical',
  bind: 'physical',
  chain: 'a noun',
  connect: 'not an act on someone',
  link: 'a noun',
  relate: 'not an act on someone',
  blend: 'not an act on someone',
  coalesce: 'rare',
  combine: 'not an act on someone',
  conflate: 'rare',
  fuse: 'rare',
  merge: 'not an act on someone',
  unify: 'not an act on someone',
  administer: 'administrative',
  dictate: 'ambiguous',
  enjoin: 'rare',
  govern: 'ruling',
  oversee: 'administrative',
  prescribe: 'rare',
  regulate: 'law',
  steer: 'rare',
  supervise: 'administrative',
  supervize: 'rare',
  swap: 'rare',
  'pay for': 'finance',
  bankroll: 'finance',
  finance: 'a noun',
  fund: 'mostly a noun',
  invest: 'economic',
  sponsor: 'mostly a noun',
  underwrite: 'finance',
  arm: 'mostly a noun',
  equip: 'cooperation',
  'step in': 'ambiguous',
  interfere: 'a judgement, in stance-words.json',
  intervene: 'ambiguous',
  'look after': 'rare',
  guard: 'mostly a noun',
  shield: 'a noun',
  tend: 'mostly "tend to"',
  ward: 'a noun',
  shelter: 'a noun',
  airlift: 'rare',
  contribute: 'too general',
  donate: 'charity',
  're-examine': 'procedure',
  reexamine: 'procedure',
  'look over': 'rare',
  inspect: 'procedure',
  'glance over': 'rare',
  probe: 'mostly a noun',
  scrutinize: 'procedure',
  spy: 'a noun',
  'go by': 'rare',
  'go through': 'too general',
  allow: 'too general as an act; the demand judgement reads it',
  approve: 'mostly procedure',
  authorise: 'procedure',
  authorize: 'procedure',
  consent: 'a noun',
  countenance: 'rare',
  empower: 'not an act on someone',
  enable: 'not an act on someone',
  permit: 'a noun',
  tolerate: 'a judgement',
  'hash out': 'rare',
  'settle on': 'rare',
  'talk over': 'rare',
  arbitrate: 'procedure',
  conciliate: 'rare',
  intercede: 'rare',
  intermediate: 'an adjective',
  negotiate: 'consultation',
  emancipate: 'rare',
  liberate: 'war',
  unloose: 'rare',
  'back down': 'ambiguous',
  'draw back': 'rare',
  'get out': 'too general',
  disengage: 'rare',
  'abide by': 'compliance',
  'conform to': 'compliance',
  accede: 'procedure',
  acquiesce: 'rare',
  unblock: 'rare',
  'drop out': 'rare',
  'give in': 'rare',
  'give up': 'too general',
  capitulate: 'rare',
  cede: 'territory',
  concede: 'a reporting verb',
  forswear: 'rare',
  relinquish: 'rare',
  succumb: 'rare',
  surrender: 'war',
  waive: 'procedure',
  yield: 'mostly a noun',
  absolve: 'rare',
  exculpate: 'rare',
  vindicate: 'rare',
  declassify: 'procedure',
  decriminalise: 'law',
  decriminalize: 'law',
  legalise: 'law',
  legalize: 'law',
};

/** Sub codes to use where the block's verb says more than its code (PETRARCH codes these through patterns). */
const SUB_CODES: Readonly<Record<string, CameoCode>> = {
  torture: '1822',
  release: '0841',
  free: '0841',
  'set free': '0841',
  censor: '1721',
  ban: '1722',
  confiscate: '1711',
  deport: '174',
  expel: '174',
  massacre: '202',
  slaughter: '202',
  murder: '1823',
  kill: '1823',
  assassinate: '186',
  kidnap: '181',
  abduct: '181',
};

interface RawVerb {
  lemma: string;
  /** Which word of a multi-word verb is the verb ("lash out" -> 0). */
  verbIndex: number;
  irregular: string[];
  code: string;
  block: string;
}

/** The verb synonym blocks of the dictionary: every verb line with its code. Patterns ("- ...") are skipped. */
export function parseVerbBlocks(text: string): RawVerb[] {
  const verbs: RawVerb[] = [];
  let inVerbs = false;
  let block = '';
  let blockCode = '---';
  for (const raw of text.split('\n')) {
    if (/^#{3,} VERB PATTERNS/.test(raw)) inVerbs = true;
    if (!inVerbs) continue;
    const line = raw.replace(/#.*$/, '').replace(/;.*$/, '').trim();
    const head = /^---\s+(\S+)\s+\[([^\]]*)\]/.exec(line);
    if (head) {
      block = head[1]!.toLowerCase();
      blockCode = head[2]!.split(':')[0]!;
      continue;
    }
    if (!line || line.startsWith('-') || line.startsWith('~')) continue;
    const m = /^([^{[]+?)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?$/.exec(line);
    if (!m) continue;
    const words = m[1]!.trim().split('_');
    const plus = words.findIndex((w) => w.startsWith('+'));
    verbs.push({
      lemma: words
        .map((w) => w.replace(/^\+/, ''))
        .join(' ')
        .toLowerCase(),
      verbIndex: Math.max(0, plus),
      irregular: (m[2] ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((f) => f.replace(/\+/g, '').replace(/_/g, ' ').toLowerCase()),
      code: (m[3] ?? blockCode).split(':')[0]!.trim(),
      block,
    });
  }
  return verbs;
}

function decisionFor(code: string): [string, RootDecision] | undefined {
  for (let n = code.length; n >= 2; n--) {
    const d = DECISIONS[code.slice(0, n)];
    if (d) return [code.slice(0, n), d];
  }
  return undefined;
}

/** The third-person singular of a verb ("criticize" -> "criticizes", "deny" -> "denies"), preferring a form the dictionary lists. */
function thirdPerson(verb: string, irregular: readonly string[]): string {
  const listed = irregular.find((f) => f.endsWith('s') && !f.endsWith('ss') && f.startsWith(verb.slice(0, Math.max(2, verb.length - 2))));
  if (listed) return listed.split(' ')[0]!;
  if (/(s|sh|ch|x|z)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

/** The past tense of a verb ("ban" -> "banned", "deny" -> "denied"), preferring a form the dictionary lists. */
function pastTense(verb: string, irregular: readonly string[]): string {
  const listed = irregular.find((f) => f.split(' ')[0]!.endsWith('ed') || (!f.endsWith('s') && !f.endsWith('ing')));
  if (listed) return listed.split(' ')[0]!;
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  // One syllable ending in a single vowel and a consonant doubles it: "ban" -> "banned".
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(verb)) return `${verb}${verb.slice(-1)}ed`;
  return `${verb}ed`;
}

const TEMPLATES: Readonly<Record<LexiconKind, (verb: string) => string>> = {
  evaluative: (v) => `The committee ${v} the new ministry.`,
  appeal: (v) => `The union ${v} the council to act.`,
  event: (v) => `The guard ${v} the prisoners.`,
  reporting: (v) => `The minister ${v} that it will rain.`,
  modal: (v) => `The council ${v} act.`,
};

/** Whether wink-nlp finds the verb in its example: the verb word lemmatised back and tagged a verb. */
function winkFinds(example: string, lemma: string): boolean {
  const nlp = getNlp();
  const doc = nlp.readDoc(example);
  const lemmas = (doc.tokens().out(nlp.its.lemma as never) as unknown as string[]).map((l) => l.toLowerCase());
  const pos = doc.tokens().out(nlp.its.pos) as string[];
  const words = lemma.split(' ');
  for (let i = 0; i + words.length <= lemmas.length; i++) {
    if (words.every((w, k) => lemmas[i + k] === w) && pos[i] === 'VERB') return true;
  }
  return false;
}

export function convert(text: string): { file: LexiconFile; dropped: string[] } {
  const seen = new Set<string>();
  const entries: LexiconEntry[] = [];
  const dropped: string[] = [];
  for (const verb of parseVerbBlocks(text)) {
    if (verb.code === '---' || seen.has(verb.lemma) || verb.lemma in EXCLUDED) continue;
    const found = decisionFor(verb.code);
    if (!found || found[1].kind === 'skip') continue;
    const [, decision] = found;
    const code = (SUB_CODES[verb.lemma] ?? (verb.code in CAMEO_NAMES ? verb.code : `${verb.code.slice(0, 2)}0`)) as CameoCode;
    if (!(code in CAMEO_NAMES)) {
      dropped.push(`${verb.lemma}: code ${verb.code} has no name`);
      continue;
    }
    const kind = decision.kind as LexiconKind;
    // The past tense first (a plural noun never has it), the third person if wink misses that.
    const forms = [pastTense, thirdPerson].map((inflect) => {
      const words = verb.lemma.split(' ');
      words[verb.verbIndex] = inflect(words[verb.verbIndex]!, verb.irregular);
      return words.join(' ');
    });
    const example = forms.map((form) => TEMPLATES[kind](form)).find((sentence) => winkFinds(sentence, verb.lemma));
    if (!example) {
      dropped.push(`${verb.lemma}: wink-nlp does not lemmatise "${forms.join('" or "')}" back to it as a verb`);
      continue;
    }
    seen.add(verb.lemma);
    entries.push({
      lemma: verb.lemma,
      kind,
      pos: ['VERB'],
      // PETRARCH codes the verb's subject as the source of the event: "the union criticised the council".
      ...(kind === 'event' ? {} : { subjectHolds: true }),
      ...(decision.polarity ? { polarity: decision.polarity } : {}),
      code,
      weight: decision.weight ?? 3,
      example,
      note: `PETRARCH2 block ${verb.block.toUpperCase()} [${verb.code}]`,
    });
  }
  entries.sort((a, b) => (a.code! < b.code! ? -1 : a.code! > b.code! ? 1 : a.lemma < b.lemma ? -1 : 1));
  const mapping = Object.entries(DECISIONS)
    .map(([prefix, d]) => `${prefix}: ${d.kind}${d.polarity ? ` (${d.polarity})` : ''}, ${d.reason}`)
    .join('; ');
  const file = LexiconFile.parse({
    description:
      'CAMEO verbs from the PETRARCH2 verb dictionary (CAMEO.2.0.txt), matched on wink-nlp lemmas, each a stance (evaluative, appeal) or a reported event with its CAMEO code. Generated by scripts/convert-petrarch-verbs.ts: do not edit by hand, change the converter. ' +
      `Which CAMEO codes are stances and which events, by code prefix: ${mapping}. Left out: the phrase patterns (they need PETRARCH's parse trees) and verbs that in news prose mostly mean something else (listed with their reasons in the converter). ` +
      "Each example is the converter's template sentence with the verb's third-person form; wink-nlp must lemmatise it back for the entry to be kept.",
    source:
      'PETRARCH2 (https://github.com/openeventdata/petrarch2), petrarch2/data/dictionaries/CAMEO.2.0.txt, Copyright (c) 2015 Open Event Data Alliance, MIT licence: see PETRARCH2-LICENSE and PETRARCH2-NOTICE.md beside this file.',
    entries,
  });
  return { file, dropped };
}

if (require.main === module) {
  const input = process.argv[2] ?? DEFAULT_INPUT;
  const { file, dropped } = convert(readFileSync(input, 'utf8'));
  const entries = file.entries.map((e) => `  ${JSON.stringify(e)}`).join(',\n');
  writeFileSync(OUTPUT, `{\n "description": ${JSON.stringify(file.description)},\n "source": ${JSON.stringify(file.source)},\n "entries": [\n${entries}\n ]\n}\n`);
  console.log(`${file.entries.length} verbs written to ${path.relative(process.cwd(), OUTPUT)}; ${dropped.length} dropped:`);
  for (const d of dropped) console.log(`  ${d}`);
}
