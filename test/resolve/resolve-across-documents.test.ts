import { resolveAcrossDocuments } from '../../src/resolve/resolve-across-documents';
import { extractionWithStance } from '../helpers/extraction-fixture';

const kyrgyzstan = { id: 'Q813', kind: 'Country' as const, label: 'Kyrgyzstan', aliases: [], wikidata: 'Q813' };

describe('resolveAcrossDocuments', () => {
  it('should give a surname-only person the key of the full name another source uses', () => {
    const full = extractionWithStance('a', 'Aida Bekova criticised Kyrgyzstan.', { id: 'n:aida-bekova', kind: 'Person', label: 'Aida Bekova', aliases: [] }, kyrgyzstan);
    const short = extractionWithStance('b', 'Bekova criticised Kyrgyzstan.', { id: 'n:bekova', kind: 'Person', label: 'Bekova', aliases: [] }, kyrgyzstan);
    const [, b] = resolveAcrossDocuments([full, short]);
    expect(b!.entities.map((e) => e.id)).toContain('n:aida-bekova');
    expect(b!.stances[0]!.holder).toBe('n:aida-bekova');
    expect(b!.mentions.every((m) => m.entity !== 'n:bekova')).toBe(true);
  });

  it('should join an acronym to the organisation whose aliases include it', () => {
    const full = extractionWithStance('a', 'Legal Aid Centre criticised Kyrgyzstan.', { id: 'n:legal-aid-centre', kind: 'Organisation', label: 'Legal Aid Centre', aliases: ['LAC'] }, kyrgyzstan);
    const short = extractionWithStance('b', 'LAC criticised Kyrgyzstan.', { id: 'n:lac', kind: 'Organisation', label: 'LAC', aliases: [] }, kyrgyzstan);
    const [, b] = resolveAcrossDocuments([full, short]);
    expect(b!.stances[0]!.holder).toBe('n:legal-aid-centre');
    expect(b!.entities.find((e) => e.id === 'n:legal-aid-centre')?.label).toBe('Legal Aid Centre');
  });

  it('should leave two different people with the same surname apart', () => {
    const one = extractionWithStance('a', 'Aida Bekova criticised Kyrgyzstan.', { id: 'n:aida-bekova', kind: 'Person', label: 'Aida Bekova', aliases: [] }, kyrgyzstan);
    const two = extractionWithStance('b', 'Nurlan Bekova criticised Kyrgyzstan.', { id: 'n:nurlan-bekova', kind: 'Person', label: 'Nurlan Bekova', aliases: [] }, kyrgyzstan);
    const three = extractionWithStance('c', 'Bekova criticised Kyrgyzstan.', { id: 'n:bekova', kind: 'Person', label: 'Bekova', aliases: [] }, kyrgyzstan);
    const [, , c] = resolveAcrossDocuments([one, two, three]);
    expect(c!.stances[0]!.holder).toBe('n:bekova');
  });
});
