import { extractDocument } from '../../src/extract/extract-document';
import { docFromText } from '../helpers/doc-from-text';

/** Relations of one sentence as "TYPE from -> to (role)", by entity label, each checked against its evidence. */
function relationsOf(text: string): string[] {
  const x = extractDocument(docFromText(text, 'inline/relations.txt'));
  const label = (id: string) => x.entities.find((e) => e.id === id)?.label ?? id;
  for (const r of x.relations) if ('evidence' in r) expect(text.slice(r.evidence.span[0], r.evidence.span[1])).toBe(r.evidence.quote);
  return x.relations.map((r) => `${r.type} ${label(r.from)} -> ${label(r.to)}${r.role ? ` (${r.role})` : ''}`);
}

describe('relations from appositions, possessives and clauses', () => {
  it('should read "the Vienna-based programme officer of the Y" as work for Y, and not place Y in Vienna', () => {
    const rs = relationsOf('Marat Ilyasov, the Vienna-based programme officer of the Clean Water Trust, resigned on Monday.');
    expect(rs).toContain('WORKS_FOR Marat Ilyasov -> Clean Water Trust (programme officer)');
    expect(rs.some((r) => r.startsWith('BASED_IN Clean Water Trust'))).toBe(false);
  });

  it('should read "X, who chairs the alliance Y" and "X, who heads Y" as leading Y', () => {
    expect(relationsOf('Gulzat Abdrakhmanova, who chairs the alliance Civic Platform of Naryn, called for a recount.')).toContain(
      'LEADS Gulzat Abdrakhmanova -> Civic Platform of Naryn',
    );
    expect(relationsOf('Nazira Toktogulova, who heads the Bureau for Legal Aid, disagreed.')).toContain('LEADS Nazira Toktogulova -> Bureau for Legal Aid');
  });

  it('should read "a former deputy from the Z party" as membership of the party, with the role as written', () => {
    expect(relationsOf('Bakyt Osmonov, a former deputy from the Green Valley party, was detained.')).toContain('MEMBER_OF Bakyt Osmonov -> Green Valley party (former deputy)');
  });

  it('should read "X, the former head of Y" as leading Y with the role "former head"', () => {
    expect(relationsOf('Kanat Bekmurzaev, the former head of the Talas Water Board, was arrested.')).toContain('LEADS Kanat Bekmurzaev -> Talas Water Board (former head)');
  });

  it('should read "deputy head of Y" as a post in Y, not as leading it', () => {
    expect(relationsOf('Saule Ismailova, deputy head of the Legal Aid Bureau, agreed.')).toContain('WORKS_FOR Saule Ismailova -> Legal Aid Bureau (deputy head)');
  });

  it('should read "X, a spokesperson for Y" and "Y spokesperson X" as work for Y with the role', () => {
    expect(relationsOf('Aibek Tokonov, a spokesperson for the Chui Transport Agency, said the road was closed.')).toContain(
      'WORKS_FOR Aibek Tokonov -> Chui Transport Agency (spokesperson)',
    );
    expect(relationsOf('Chui Transport Agency spokesperson Aibek Tokonov said the road was closed.')).toContain('WORKS_FOR Aibek Tokonov -> Chui Transport Agency (spokesperson)');
  });

  it('should read "Y\'s chairman X" as leading Y', () => {
    expect(relationsOf("The Bureau for Legal Aid's chairman Timur Sadykov disagreed.")).toContain('LEADS Timur Sadykov -> Bureau for Legal Aid (chairman)');
  });

  it('should read "X is a member of Y", "X, a member of Y" and "X joined Y" for a party or an alliance as membership', () => {
    expect(relationsOf('Kanat Bekmurzaev is a member of the Social Renewal Party.')).toContain('MEMBER_OF Kanat Bekmurzaev -> Social Renewal Party');
    expect(relationsOf('Asel Duisheeva, a member of the Council of Elders, said the vote was fair.')).toContain('MEMBER_OF Asel Duisheeva -> Council of Elders (member)');
    expect(relationsOf('Kanat Bekmurzaev joined the Green Alliance in 2016.')).toContain('MEMBER_OF Kanat Bekmurzaev -> Green Alliance');
  });

  it('should read "X joined" a company as work for it, not membership', () => {
    expect(relationsOf('Kanat Bekmurzaev joined Tengri Logistics LLC in 2015.')).toContain('WORKS_FOR Kanat Bekmurzaev -> Tengri Logistics LLC');
  });

  it('should read "the Y-based Z" as Z based in Y', () => {
    expect(relationsOf('The Osh-based watchdog Fair Courts Initiative published a report.')).toContain('BASED_IN Fair Courts Initiative -> Osh');
  });

  it('should place a town in the region it is the centre of, and the region in its country', () => {
    const rs = relationsOf('Rushan, the district centre of the Gorno-Badakhshan region of Tajikistan, was cut off by a landslide.');
    expect(rs).toContain('LOCATED_IN Rushan -> Gorno-Badakhshan');
    expect(rs).toContain('LOCATED_IN Gorno-Badakhshan -> Tajikistan');
    expect(relationsOf('Kulob, the centre of the Khatlon region, was flooded in spring.')).toContain('LOCATED_IN Kulob -> Khatlon Region');
  });
});

describe('roles stated by a copula', () => {
  it('should read "X is a <title> at Y", "X is the <title> of Y" and "X has been a <title> at Y"', () => {
    expect(relationsOf('Bakyt Osmonov is a lecturer at the Naryn Mountain Academy.')).toContain('WORKS_FOR Bakyt Osmonov -> Naryn Mountain Academy (lecturer)');
    expect(relationsOf('Bakyt Osmonov is the director of the Naryn Mountain Academy.')).toContain('LEADS Bakyt Osmonov -> Naryn Mountain Academy (director)');
    expect(relationsOf('Bakyt Osmonov has been a senior fellow at the Naryn Mountain Academy since 2019.')).toContain(
      'WORKS_FOR Bakyt Osmonov -> Naryn Mountain Academy (senior fellow)',
    );
  });

  it('should not read a copula before a word that is no post as a role', () => {
    expect(relationsOf('Bakyt Osmonov is a critic of the Naryn Mountain Academy.')).toEqual([]);
  });
});

describe('roles given after a possessive, and phrases that are no role', () => {
  it('should read a post scoped to a region after a possessive as work for the body, never its lead', () => {
    expect(relationsOf('"The ruling will be appealed," said Malika Rahimova, Amnesty International\'s Europe and Central Asia researcher.')).toContain(
      'WORKS_FOR Malika Rahimova -> Amnesty International (Europe and Central Asia researcher)',
    );
    expect(relationsOf('"The ruling will be appealed," said Malika Rahimova, Amnesty International\'s Central Asia director.')).toContain(
      'WORKS_FOR Malika Rahimova -> Amnesty International (Central Asia director)',
    );
  });

  it('should read "X, Y\'s director" as leading Y and "X, the Y\'s researcher" as work for Y', () => {
    expect(relationsOf('Nurlan Abenov, Freedom House’s director, spoke first.')).toContain('LEADS Nurlan Abenov -> Freedom House (director)');
    expect(relationsOf('Aibek Sadykov, the CPJ’s researcher, agreed.')).toContain('WORKS_FOR Aibek Sadykov -> Committee to Protect Journalists (researcher)');
  });

  it('should read a director "for" a region as a post in the body, not as leading it', () => {
    const rs = relationsOf('Denis Orlov, Amnesty International’s acting director for Eastern Europe, said the verdict was unjust.');
    expect(rs).toContain('WORKS_FOR Denis Orlov -> Amnesty International (acting director)');
    expect(rs.some((r) => r.startsWith('LEADS Denis Orlov'))).toBe(false);
  });

  it('should not give a person the title of someone they met ("X, at a meeting with the chairman of Y")', () => {
    const rs = relationsOf('Marat Aliev, at a meeting with the chairman of the Eurasian Economic Commission, raised tariffs.');
    expect(rs.some((r) => r.includes('Marat Aliev -> Eurasian Economic Commission'))).toBe(false);
  });
});

describe('envoys and their own country', () => {
  it('should read "<demonym> Ambassador to <place> X" as X being a national of the envoy\'s state, not of the host', () => {
    const rs = relationsOf('The Kyrgyz Ambassador to Turkey Aibek Osmonov met the minister.');
    expect(rs).toContain('NATIONAL_OF Aibek Osmonov -> Kyrgyzstan');
    expect(rs).toContain('WORKS_FOR Aibek Osmonov -> Government of Kyrgyzstan (Ambassador)');
    expect(rs.some((r) => r.includes('Aibek Osmonov -> Turkey'))).toBe(false);
  });
});

describe('a title of a body written right before its holder', () => {
  it('should split "Director of <acronym> <name>" into the body and the person who leads it, known or not', () => {
    expect(relationsOf('Interim Executive Director of IPI Aliya Serikova said journalism is not a crime.')).toContain('LEADS Aliya Serikova -> IPI (Interim Executive Director)');
    expect(relationsOf('Executive Director of CPJ Marat Ismailov spoke.')).toContain('LEADS Marat Ismailov -> Committee to Protect Journalists (Executive Director)');
  });
});

describe('posts over one region of a body', () => {
  it('should read "X, Europe and Central Asia director at Y" as work for Y, not its lead', () => {
    const relations = relationsOf('“The verdict is unjust,” said Anna Berg, Europe and Central Asia director at Human Rights Watch.');
    expect(relations).toContain('WORKS_FOR Anna Berg -> Human Rights Watch (director)');
    expect(relations.filter((r) => r.startsWith('LEADS'))).toEqual([]);
  });

  it('should still read "X, director of Y" as its lead', () => {
    expect(relationsOf('“The verdict is unjust,” said Anna Berg, director of the Valley Rights Centre.')).toContain('LEADS Anna Berg -> Valley Rights Centre (director)');
  });
});
