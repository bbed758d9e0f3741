import { relationsOf } from './relation-helpers';

describe('a body whose name opens with the body it belongs to', () => {
  it('should read "EU Delegation to Kyrgyzstan" and "OSCE Permanent Council" as parts of the EU and the OSCE', () => {
    const rs = relationsOf('The EU Delegation to Kyrgyzstan briefed the OSCE Permanent Council.');
    expect(rs).toContain('PART_OF Delegation of the European Union to Kyrgyzstan -> European Union');
    expect(rs).toContain('BASED_IN Delegation of the European Union to Kyrgyzstan -> Kyrgyzstan');
    expect(rs).toContain('PART_OF OSCE Permanent Council -> Organization for Security and Co-operation in Europe');
  });

  it('should not make a document or an act named after a body a part of it ("EU Statement")', () => {
    expect(relationsOf('The EU Statement on water was published on Monday.').some((r) => r.startsWith('PART_OF'))).toBe(false);
  });
});
