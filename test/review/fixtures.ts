/**
 * Two short reports for the review tests, written for them (from no evaluation text): one names
 * a lawyer in full, the other by a nickname the resolver cannot join, and both hold stances.
 */
import type { Decision, StanceRef } from '../../schema/decisions';
import type { DocumentExtraction, Stance } from '../../schema/records';
import { stanceRefOf } from '../../src/review/stance-ref';
import { makeExtraction } from '../write/helpers/make-extraction';

export const AT = '2026-11-30T09:15:00Z';

export const TEXT_A = 'Dinara Sultanova, a lawyer in Almaty, condemned the Ministry of Information for blocking the news site. She also welcomed the ruling of the Supreme Court.';
export const TEXT_B = 'Dina Sultan, as colleagues call her, criticised the Ministry of Information again on Friday.';

export function reports(textA = TEXT_A): DocumentExtraction[] {
  return [
    makeExtraction({
      id: 'almaty-report',
      text: textA,
      entities: [
        { id: 'n:dinara-sultanova', kind: 'Person', label: 'Dinara Sultanova', mentions: 2 },
        { id: 'n:ministry-of-information', kind: 'Organisation', label: 'Ministry of Information' },
        { id: 'n:supreme-court', kind: 'Organisation', label: 'Supreme Court' },
      ],
      stances: [
        {
          holder: 'n:dinara-sultanova',
          target: 'n:ministry-of-information',
          polarity: 'oppose',
          code: '111',
          quote: 'condemned the Ministry of Information for blocking the news site',
        },
        { holder: 'n:dinara-sultanova', target: 'n:supreme-court', polarity: 'support', code: '051', quote: 'welcomed the ruling of the Supreme Court' },
      ],
      relations: [{ type: 'WORKS_FOR', from: 'n:dinara-sultanova', to: 'n:supreme-court', quote: 'Dinara Sultanova, a lawyer in Almaty' }],
    }),
    makeExtraction({
      id: 'friday-report',
      text: TEXT_B,
      entities: [
        { id: 'n:dina-sultan', kind: 'Person', label: 'Dina Sultan' },
        { id: 'n:ministry-of-information', kind: 'Organisation', label: 'Ministry of Information' },
      ],
      stances: [{ holder: 'n:dina-sultan', target: 'n:ministry-of-information', polarity: 'oppose', code: '111', quote: 'criticised the Ministry of Information' }],
    }),
  ];
}

export function stanceAbout(extractions: readonly DocumentExtraction[], target: string): { source: string; stance: Stance } {
  for (const x of extractions) for (const stance of x.stances) if (stance.target === target) return { source: x.source.id, stance };
  throw new Error(`fixture: no stance about ${target}`);
}

export function refAbout(extractions: readonly DocumentExtraction[], target: string): StanceRef {
  const { source, stance } = stanceAbout(extractions, target);
  return stanceRefOf(source, stance);
}

export const by = (who: string) => ({ by: who, at: AT }) satisfies Pick<Decision, 'by' | 'at'>;
