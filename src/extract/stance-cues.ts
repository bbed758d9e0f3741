/**
 * The stance cue lexicon: words and phrases that signal a position, with the CAMEO-style
 * category and the polarity they carry towards the clause's target. Matched on lower-case
 * tokens; a multi-word cue matches consecutive tokens, and `…` allows up to four words between
 * its parts ("don't find … credible"). Kept as data in one place so it can grow with new texts.
 */
import type { Polarity, StanceCode } from '../../schema/enums';

export interface StanceCue {
  phrase: string;
  code: StanceCode;
  polarity: Polarity;
  /** How strongly the cue decides the stance (ties go to the stronger cue). */
  weight: number;
}

const cue = (code: StanceCode, polarity: Polarity, weight: number, phrases: string[]): StanceCue[] => phrases.map((phrase) => ({ phrase, code, polarity, weight }));

export const STANCE_CUES: readonly StanceCue[] = [
  ...cue('THREATEN', 'oppose', 5, ['threaten', 'threatens', 'threatened', 'threatening', 'threat of', 'warned of']),
  ...cue('ACCUSE', 'oppose', 4, [
    'accuse', 'accuses', 'accused', 'accusing', 'blame', 'blames', 'blamed', 'blaming', 'responsible for', 'singled out', 'singling out',
    'guilty', 'foreign agents', 'paid by', 'agents of', 'extremists', 'extremist', 'were behind', 'is behind', 'are behind', 'orchestrated',
  ]),
  ...cue('REJECT', 'oppose', 4, [
    'not … credible', 'n’t … credible', "n't … credible", 'yet to see', 'no evidence', 'not convinced', 'reject', 'rejects', 'rejected',
    'deny', 'denies', 'denied', 'dismiss', 'dismissed', 'disagree', 'disagrees', 'i disagree', 'dispute', 'disputed', 'false', 'untrue', 'baseless', 'unfounded',
  ]),
  ...cue('DEMAND', 'oppose', 3, [
    'should', 'must', 'need to', 'needs to', 'have to', 'has to', 'ought to', 'demand', 'demands', 'demanded', 'demanding', 'call on', 'calls on',
    'called on', 'call for', 'calls for', 'called for', 'urge', 'urges', 'urged', 'urging', 'insist', 'insists', 'insisted', 'withdraw', 'release',
  ]),
  ...cue('CRITICISE', 'oppose', 3, [
    'criticise', 'criticised', 'criticize', 'criticized', 'criticism', 'condemn', 'condemned', 'condemns', 'denounce', 'denounced',
    'disconcerting', 'misuse', 'authoritarian', 'corrupt', 'corruption', 'crack down', 'cracked down', 'crackdown', 'harass', 'harassed',
    'harassment', 'intimidate', 'intimidation', 'violations', 'violation', 'abuse', 'abuses', 'repression', 'repressive', 'curtailed',
    'detrimental', 'negative', 'worse', 'lack of', 'failure', 'failed', 'disproportionate', 'excessive', 'arbitrary', 'unlawful',
    'illegal', 'illegitimate', 'isolated', 'not permitted', 'unacceptable', 'not the right', 'spoke out against', 'speak out against', 'against', 'pointed out', 'propaganda', 'persecution',
    'torture', 'tortured', 'beaten', 'mistreated', 'lockdown', 'censorship', 'shut down', 'closed down', 'jailed', 'detained', 'arrested',
    'raided', 'banned', 'blocked', 'crushed', 'silenced', 'restrict', 'restricted', 'restrictions', 'violent', 'violence', 'force against',
    'complained', 'complains', 'complain', 'ignore', 'ignored', 'ignores', 'refused', 'refuses', 'refuse', 'declined to', 'fail', 'fails',
    'weak', 'rarely', 'no interest', 'inadequate', 'insufficient', 'poor', 'ineffective', 'useless', 'problematic', 'dangerous', 'reckless',
    'irresponsible', 'hostile', 'aggressive', 'destabilise', 'destabilize', 'destabilising', 'destabilizing', 'neglect', 'neglected',
    'obstruct', 'obstructed', 'hamper', 'hampered', 'stalled', 'flawed', 'unfair', 'unjust', 'biased', 'discrimination', 'discriminatory',
    'oppressive', 'brutal', 'heavy-handed', 'fall short', 'falling short', 'politically motivated',
    'fabricated', 'trumped-up', 'raids', 'pressure on', 'crackdowns', 'clampdown', 'seized', 'jailing', 'closure',
    'did nothing', 'does nothing', 'failed to act', 'serves … interests', 'in its own interests', 'double standards',
    'opaque', 'impunity', 'punish', 'punishing', 'punished', 'attack', 'campaign against', 'silence', 'afraid of', 'cover up', 'cover-up', 'undermine', 'undermines', 'undermined', 'deplorable', 'alarming', 'shameful', 'outrageous',
  ]),
  ...cue('PRAISE', 'support', 3, [
    'welcome', 'welcomed', 'welcomes', 'encouraging', 'good', 'important', 'positive', 'praise', 'praised', 'praises', 'commend',
    'commended', 'applaud', 'applauded', 'support', 'supports', 'supported', 'strong', 'well-functioning', 'recognized',
    'recognised', 'recognizing', 'recognising', 'opened up', 'progress', 'thank', 'thanked', 'grateful', 'appreciate',
    'appreciated', 'credible', 'brave', 'courageous', 'helped', 'constructive', 'legitimate', 'endorse', 'endorsed', 'backed',
    'credit', 'useful', 'helpful', 'success', 'successful', 'effective', 'achievement', 'breakthrough', 'pragmatic', 'commendable',
    'valuable', 'improved', 'improvement', 'settled', 'resolved', 'bold', 'fair', 'transparent', 'deserve',
    'deserves', 'step forward', 'milestone', 'landmark', 'reformist', 'right decision', 'right step', 'the right thing', 'correct decision',
    'wise', 'welcome step', 'positive step', 'a partner', 'not a rival', 'complement each other', 'reliable', 'stabilising', 'stabilizing',
  ]),
  // "Journalists must be able to work": a demand made for the subject, not of it.
  ...cue('APPEAL', 'support', 4, ['must be able to', 'should be able to', 'must be allowed to', 'should be allowed to', 'must be free to', 'should be free to', 'must be protected', 'should be protected', 'must be released', 'should be released']),
  ...cue('APPEAL', 'neutral', 2, ['hope', 'hopes', 'hoped', 'appeal', 'appealed', 'appeals', 'asked', 'ask', 'request', 'requested', ]),
  ...cue('OPTIMISTIC', 'support', 2, ['an opportunity', 'will eventually', 'optimistic', 'promising', 'confident', 'not inevitable', 'can produce', 'prospects', 'chance to']),
  ...cue('PESSIMISTIC', 'oppose', 2, [
    'unfortunately', 'concern', 'concerned', 'concerns', 'worried', 'worrying', 'fear', 'fears', 'long way to go', 'serious challenges',
    'pessimistic', 'deteriorat', 'tragedy', 'tragic', 'doubt', 'doubts', 'sceptical', 'skeptical',
    'darker', 'risk', 'risks', 'shortage', 'tensions', 'no binding', 'expressed concern', 'voiced concern',
    'raised concerns', 'raised concern',
  ]),
];

/** Verbs whose grammatical subject holds a stance towards what follows ("Tokayev singled out journalists"). */
export const ACTION_CUES: readonly StanceCue[] = STANCE_CUES.filter((c) =>
  /^(threaten|threatens|threatened|threatening|accuse|accuses|accused|accusing|blame|blames|blamed|blaming|singled out|singling out|criticise|criticised|criticize|criticized|condemn|condemned|condemns|denounce|denounced|spoke out against|speak out against|pointed out|praise|praised|praises|welcomed|welcomes|commended|applauded|supported|backed|endorsed|demanded|urged|urging|called on|called for|calls on|calls for|rejected|denied|dismissed|recognized|recognised|recognizing|recognising|crack down|cracked down|harassed|intimidate|warned of|complained|complains|refused|ignored|welcome|welcomes|rejects|denies|condemns|criticises|criticizes|accuses|blames|praises|threatens|expressed concern|voiced concern|raised concerns|raised concern)$/.test(c.phrase),
);

/** Reporting verbs: what follows is the subject's speech ("X said that ...", "X claims ..."). */
export const REPORTING_CUES: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'stated', 'states', 'claimed', 'claims', 'claim', 'argued', 'argues', 'added', 'noted', 'notes', 'warned', 'warns',
  'wrote', 'writes', 'explained', 'insisted', 'believes', 'believed', 'stressed', 'emphasised', 'emphasized', 'announced', 'acknowledged',
  'admitted', 'suggested', 'thinks', 'asserted', 'alleged', 'alleges', 'maintained', 'maintains', 'reported', 'declared',
  'writing', 'write', 'saying', 'calling', 'describing', 'described',
]);
