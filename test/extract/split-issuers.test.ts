import { splitIssuers } from '../../src/extract/split-issuers';

const KNOWN = new Set([
  'France',
  'Spain',
  'Italy',
  'United Kingdom of Great Britain and Northern Ireland',
  'Organization for Security and Co-operation in Europe',
  'European Union',
]);
const known = (s: string) => KNOWN.has(s);

describe('splitIssuers', () => {
  it('should list the states of "the Embassies of A, B and C"', () => {
    expect(splitIssuers('the Embassies of France, Spain and Italy', known)).toEqual(['France', 'Spain', 'Italy']);
  });

  it('should keep a known name with "and" inside it whole', () => {
    expect(splitIssuers('Embassies of Spain and the United Kingdom of Great Britain and Northern Ireland', known)).toEqual([
      'Spain',
      'United Kingdom of Great Britain and Northern Ireland',
    ]);
  });

  it('should keep an unknown body first and the known ones after it', () => {
    expect(splitIssuers('Delegation of the European Union to Moldova and the Embassies of France and Italy', known)).toEqual([
      'Delegation of the European Union to Moldova',
      'France',
      'Italy',
    ]);
  });

  it('should leave a single name alone, "and" or not', () => {
    expect(splitIssuers('Organization for Security and Co-operation in Europe', known)).toEqual(['Organization for Security and Co-operation in Europe']);
    expect(splitIssuers('Friends and Neighbours Fund', known)).toEqual(['Friends and Neighbours Fund']);
  });
});

describe('ministers and posts of states issuing a declaration together', () => {
  it('should list the states of "The Foreign Ministers of A, B, and the Secretary of State of C"', () => {
    expect(splitIssuers('Foreign Ministers of France, Spain, and the Secretary of State of Italy', known)).toEqual(['France', 'Spain', 'Italy']);
  });

  it('should keep a post of a body the gazetteer does not know as written', () => {
    expect(splitIssuers('Foreign Ministers of France, Spain, and the Secretary General of the Valley Forum', known)).toEqual([
      'France',
      'Spain',
      'Secretary General of the Valley Forum',
    ]);
  });
});
