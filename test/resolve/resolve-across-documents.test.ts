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
    const full = extractionWithStance(
      'a',
      'Legal Aid Centre criticised Kyrgyzstan.',
      { id: 'n:legal-aid-centre', kind: 'Organisation', label: 'Legal Aid Centre', aliases: ['LAC'] },
      kyrgyzstan,
    );
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

  it('should keep a bare surname apart from a full name in another source when the two share no context', () => {
    const tajikistan = { id: 'Q863', kind: 'Country' as const, label: 'Tajikistan', aliases: [], wikidata: 'Q863' };
    const full = extractionWithStance('a', 'Aida Bekova criticised Kyrgyzstan.', { id: 'n:aida-bekova', kind: 'Person', label: 'Aida Bekova', aliases: [] }, kyrgyzstan);
    const other = extractionWithStance('b', 'Bekova praised Tajikistan.', { id: 'n:bekova', kind: 'Person', label: 'Bekova', aliases: [] }, tajikistan);
    const [, b] = resolveAcrossDocuments([full, other]);
    expect(b!.stances[0]!.holder).toBe('n:bekova');
    expect(b!.entities.map((e) => e.id)).not.toContain('n:aida-bekova');
  });

  it('should join a bare surname to the full name that shares an organisation named in the same paragraph', () => {
    const clinic = { id: 'n:adilet-clinic', kind: 'Organisation' as const, label: 'Adilet Clinic', aliases: [] };
    const full = extractionWithStance(
      'a',
      'Aida Bekova of the Adilet Clinic criticised Kyrgyzstan.',
      { id: 'n:aida-bekova', kind: 'Person', label: 'Aida Bekova', aliases: [] },
      kyrgyzstan,
    );
    full.entities.push(clinic);
    full.mentions.push({ entity: clinic.id, source: 'a', span: [19, 32], text: 'Adilet Clinic', via: 'name' });
    const tajikistan = { id: 'Q863', kind: 'Country' as const, label: 'Tajikistan', aliases: [], wikidata: 'Q863' };
    const short = extractionWithStance('b', 'Bekova of the Adilet Clinic praised Tajikistan.', { id: 'n:bekova', kind: 'Person', label: 'Bekova', aliases: [] }, tajikistan);
    short.entities.push(clinic);
    short.mentions.push({ entity: clinic.id, source: 'b', span: [14, 27], text: 'Adilet Clinic', via: 'name' });
    const [, b] = resolveAcrossDocuments([full, short]);
    expect(b!.stances[0]!.holder).toBe('n:aida-bekova');
  });

  it('should not join a bare surname whose own source names another person with that surname', () => {
    const full = extractionWithStance('a', 'Aida Bekova criticised Kyrgyzstan.', { id: 'n:aida-bekova', kind: 'Person', label: 'Aida Bekova', aliases: [] }, kyrgyzstan);
    const short = extractionWithStance(
      'b',
      'Bekova criticised Kyrgyzstan. Nurlan Bekova, her cousin, disagreed.',
      { id: 'n:bekova', kind: 'Person', label: 'Bekova', aliases: [] },
      kyrgyzstan,
    );
    short.entities.push({ id: 'n:nurlan-bekova', kind: 'Person', label: 'Nurlan Bekova', aliases: [] });
    const [, b] = resolveAcrossDocuments([full, short]);
    expect(b!.stances[0]!.holder).toBe('n:bekova');
  });

  it('should not join a bare surname through an alias the full name carries when nothing else is shared', () => {
    const tajikistan = { id: 'Q863', kind: 'Country' as const, label: 'Tajikistan', aliases: [], wikidata: 'Q863' };
    const full = extractionWithStance(
      'a',
      'Aida Bekova criticised Kyrgyzstan. Bekova left.',
      { id: 'n:aida-bekova', kind: 'Person', label: 'Aida Bekova', aliases: ['Bekova'] },
      kyrgyzstan,
    );
    const other = extractionWithStance('b', 'Bekova praised Tajikistan.', { id: 'n:bekova', kind: 'Person', label: 'Bekova', aliases: [] }, tajikistan);
    const [, b] = resolveAcrossDocuments([full, other]);
    expect(b!.stances[0]!.holder).toBe('n:bekova');
  });

  it('should join on two bodies both sources name anywhere, but not on the one country they both name', () => {
    const tajikistan = { id: 'Q863', kind: 'Country' as const, label: 'Tajikistan', aliases: [], wikidata: 'Q863' };
    const court = { id: 'n:osh-city-court', kind: 'Organisation' as const, label: 'Osh City Court', aliases: [] };
    const union = { id: 'n:osh-lawyers-union', kind: 'Organisation' as const, label: 'Osh Lawyers Union', aliases: [] };
    // The full name praises Tajikistan; its source also names Kyrgyzstan and the two bodies, elsewhere.
    const full = extractionWithStance('a', 'Aida Bekova praised Tajikistan.', { id: 'n:aida-bekova', kind: 'Person', label: 'Aida Bekova', aliases: [] }, tajikistan);
    full.entities.push(kyrgyzstan, court, union);
    const bekova = { id: 'n:bekova', kind: 'Person' as const, label: 'Bekova', aliases: [] };
    const oneCountry = extractionWithStance('b', 'Bekova praised Kyrgyzstan.', bekova, kyrgyzstan);
    expect(resolveAcrossDocuments([full, oneCountry])[1]!.stances[0]!.holder).toBe('n:bekova');
    const twoBodies = extractionWithStance('c', 'Bekova praised Kyrgyzstan.', bekova, kyrgyzstan);
    twoBodies.entities.push(court, union);
    expect(resolveAcrossDocuments([full, twoBodies])[1]!.stances[0]!.holder).toBe('n:aida-bekova');
  });
});
