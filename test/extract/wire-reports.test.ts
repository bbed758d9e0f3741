/** Wire and agency reports: the outlets that file them, their datelines and their sourcing. */
import { extractDocument } from '../../src/extract/extract-document';
import { docFromText } from '../helpers/doc-from-text';

const labelled = (text: string, id: string) => {
  const x = extractDocument(docFromText(text, `inline/${id}.txt`));
  const label = new Map(x.entities.map((e) => [e.id, e.label]));
  return { x, label, kindOf: (name: string) => x.entities.find((e) => e.label === name)?.kind };
};

describe('news agencies that file Central Asian wire copy', () => {
  it('should read "Trend" in "..., Trend reports." as the Azerbaijani news agency, not a person', () => {
    const { kindOf } = labelled('BAKU, Azerbaijan, May 3. Turkmenistan will double gas exports to Europe, its foreign minister said in Baku, Trend reports.', 'trend');
    expect(kindOf('Trend')).toBe('Organisation');
  });

  it('should read "Kabar" as the Kyrgyz state news agency', () => {
    const { kindOf } = labelled('BISHKEK. The Cabinet approved the new budget on Friday, Kabar news agency reported.', 'kabar');
    expect(kindOf('Kabar')).toBe('Organisation');
  });

  it('should give the outlet no stance on the source it cites: "..., Kazinform reports citing Akorda press service."', () => {
    const { x, label } = labelled(
      'ASTANA. KAZINFORM President Kassym-Jomart Tokayev met the head of the Red Crescent in Astana today, Kazinform reports citing Akorda press service.',
      'citing',
    );
    expect(x.stances.filter((s) => label.get(s.holder) === 'Kazinform')).toEqual([]);
  });
});

describe('reporting verbs of wire copy', () => {
  it('should read "underscored X\'s progress" as the speaker speaking well of X', () => {
    const { x, label } = labelled(
      'UN Secretary-General Ban Ki-moon visited Uzbekistan on Friday.\n\nThe Secretary-General underscored Uzbekistan’s progress in reducing poverty.',
      'underscored',
    );
    expect(x.stances.map((s) => `${label.get(s.holder)} -> ${label.get(s.target)} ${s.polarity}`)).toContain('Ban Ki-moon -> Uzbekistan support');
  });
});

describe('a wire report that names a Korean by family name', () => {
  it('should give "Ban, in a statement issued through his spokesman\'s office, praised ..." to Ban Ki-moon', () => {
    const { x, label } = labelled(
      "U.N. Secretary-General Ban Ki-moon met Kyrgyz Foreign Minister Ruslan Kazabayev in Vienna.\n\nNevertheless, Ban, in a statement issued through his spokesman's office, praised Kyrgyzstan for the relative peace.",
      'ban-statement',
    );
    expect(x.stances.map((s) => `${label.get(s.holder)} -> ${label.get(s.target)} ${s.polarity}`)).toContain('Ban Ki-moon -> Kyrgyzstan support');
  });
});

describe('posts before names in wire copy', () => {
  const relationsOf = (text: string, id: string) => {
    const { x, label } = labelled(text, id);
    return x.relations.map((r) => `${label.get(r.from)} ${r.type} ${label.get(r.to)}`);
  };

  it('should read "Kazakhstan’s First Deputy Foreign Minister Akan Rakhmetullin" as a person of the Kazakh government', () => {
    expect(relationsOf('ASTANA, May 22. The talks were held with Kazakhstan’s First Deputy Foreign Minister Akan Rakhmetullin.', 'first-deputy')).toContain(
      'Akan Rakhmetullin WORKS_FOR Government of Kazakhstan',
    );
  });

  it('should read "the Minister for Foreign Affairs of Uzbekistan, Bakhtiyor Saidov," as a minister of the Uzbek government', () => {
    expect(relationsOf('Later in the evening, the Minister for Foreign Affairs of Uzbekistan, Bakhtiyor Saidov, hosted the delegation.', 'minister-for')).toContain(
      'Bakhtiyor Saidov WORKS_FOR Government of Uzbekistan',
    );
  });

  it('should not look up who held a post when an apposition names its holder: "the Kyrgyz State Minister of Foreign Affairs, Kadyrbek Sarbaev,"', () => {
    const { x } = labelled('After being received by the Kyrgyz State Minister of Foreign Affairs, Kadyrbek Sarbaev, the Secretary-General left for Osh.', 'apposed-holder');
    expect(x.entities.filter((e) => e.kind === 'Person').map((e) => e.label)).toEqual(['Kadyrbek Sarbaev']);
  });
});

describe('a TASS-style appeal', () => {
  const about = (text: string, id: string) => {
    const { x, label } = labelled(text, id);
    return x.stances.map((s) => `${label.get(s.holder)} -> ${label.get(s.target)} ${s.code}`);
  };

  it('should read "called upon X to show restraint" as an appeal to X', () => {
    expect(about('UNITED NATIONS, August 16. UN Secretary-General Antonio Guterres called upon the Taliban to show restraint.', 'call-upon')).toContain(
      'António Guterres -> Taliban 020',
    );
  });

  it('should keep "the Taliban movement" a target: a body\'s own kind after its name is no person\'s role', () => {
    expect(about('UNITED NATIONS. UN Secretary-General Antonio Guterres called on the Taliban movement to show restraint.', 'taliban-movement')).toContain(
      'António Guterres -> Taliban 020',
    );
  });

  it('should read no charge into a bracketed aside of the writer\'s: "the Taliban movement (banned in Russia)"', () => {
    const stances = about('MOSCOW, May 3. /TASS/. Foreign Minister Sergey Lavrov said the delegation of the Taliban movement (banned in Russia) arrived in Moscow.', 'aside');
    expect(stances.filter((s) => /1122|Russia/.test(s))).toEqual([]);
  });
});

describe('a wire lead that names its speaker by title only', () => {
  it('should give "..., the U.N. secretary-general said." to the secretary-general the next paragraph names', () => {
    const { x, label } = labelled(
      'VIENNA (UPI) -- The new Kyrgyz government has made remarkable progress on reconciliation, the U.N. secretary-general said.\n\nU.N. Secretary-General Ban Ki-moon met in Vienna with Kyrgyz Foreign Minister Ruslan Kazabayev.',
      'title-lead',
    );
    expect(x.stances.map((s) => `${label.get(s.holder)} -> ${label.get(s.target)} ${s.polarity}`)).toContain('Ban Ki-moon -> Government of Kyrgyzstan support');
  });

  it('should read "the U.N. chief said" as the U.N. secretary-general named before', () => {
    const { x, label } = labelled(
      'U.N. Secretary-General Ban Ki-moon arrived in Bishkek on Saturday.\n\nKyrgyzstan has made remarkable progress on reconciliation, the U.N. chief said.',
      'un-chief',
    );
    expect(x.stances.map((s) => `${label.get(s.holder)} -> ${label.get(s.target)}`)).toContain('Ban Ki-moon -> Kyrgyzstan');
  });
});

describe('a lead that introduces its speaker by role', () => {
  const lead =
    'An independent United Nations human rights expert today voiced concern over the arrests of journalists in Uzbekistan.\n\n“The authorities must free them at once,” Anna Novak, Special Rapporteur on the situation of human rights defenders, said in Tashkent.';

  it('should give "An independent United Nations human rights expert today voiced concern ..." to the expert the next sentence names', () => {
    const { x, label } = labelled(lead, 'lead-role');
    const holders = x.stances.filter((s) => /voiced concern/.test(s.quote)).map((s) => label.get(s.holder));
    expect(holders).toContain('Anna Novak');
  });

  it('should not read an indefinite role as the person named next once the text has named someone', () => {
    const { x } = labelled(`Officials met Timur Aliyev on Monday.\n\n${lead}`, 'lead-role-named');
    expect(x.mentions.find((m) => m.text === 'human rights expert')).toBeUndefined();
  });
});

describe('restrictions named as a noun', () => {
  it('should not make the people restricted the target of a concern about the restrictions', () => {
    const { x, label } = labelled(
      'Aida Serikova, the ombudsman, voiced concern over the increasing Government restrictions on opposition parties and civil society in Kazakhstan.',
      'restrictions',
    );
    expect(x.stances.filter((s) => /civil society/.test(label.get(s.target) ?? ''))).toEqual([]);
  });
});

describe('honours in a visit report', () => {
  it('should read "X awarded the Secretary-General the Order of ..." as X\'s praise of the Secretary-General', () => {
    const { x, label } = labelled(
      'United Nations Secretary-General António Guterres arrived in Ashgabat, Turkmenistan, on Friday.\n\nPresident Serdar Berdimuhamedov awarded the Secretary-General the Order of Neutrality.',
      'awarded',
    );
    expect(x.stances.map((s) => `${label.get(s.holder)} -> ${label.get(s.target)} ${s.polarity}`)).toContain('Serdar Berdimuhamedow -> António Guterres support');
  });
});

describe('UN press-release furniture', () => {
  it('should make no entity of a document symbol and its label: "(See Press Release SG/SM/12827)"', () => {
    const { x } = labelled('The Secretary-General said this was a concrete symbol of commitment. (See Press Release SG/SM/12827)', 'symbol');
    expect(x.entities.map((e) => e.label)).toEqual([]);
  });

  it('should read "press" before a noun as a modifier ("a press conference", "the press service"), and "the press" alone as the media', () => {
    const { x } = labelled('He told a press conference in Astana that the press should be free.', 'press');
    expect(x.mentions.filter((m) => m.text.toLowerCase() === 'press').map((m) => m.span[0])).toEqual([46]);
  });
});

describe('UN shorthand for the Secretary-General', () => {
  it('should read "the SG" and "UN Sec-Gen" as the Secretary-General, not as bodies', () => {
    const { x, label } = labelled(
      'UN Sec-Gen mulls co-op prospects with Uzbek president\n\nUN Secretary-General Ban Ki-moon visited Bukhara on Friday.\n\nThe SG praised Uzbekistan for its progress in reducing poverty.',
      'sg',
    );
    expect(x.entities.filter((e) => e.kind === 'Organisation').map((e) => e.label)).toEqual(['United Nations']);
    expect(x.stances.map((s) => `${label.get(s.holder)} -> ${label.get(s.target)}`)).toContain('Ban Ki-moon -> Uzbekistan');
  });
});

describe('an office of one holder written after a demonym', () => {
  it('should read "Kyrgyz Prime Minister Daniyar Usenov" as leading Kyrgyzstan, as "the Prime Minister of Kyrgyzstan, Daniyar Usenov" is', () => {
    const { x, label } = labelled('The Secretary-General met with Kyrgyz Prime Minister Daniyar Usenov in Bishkek.', 'kyrgyz-pm');
    const relations = x.relations.map((r) => `${label.get(r.from)} ${r.type} ${label.get(r.to)}`);
    expect(relations).toContain('Daniyar Usenov LEADS Kyrgyzstan');
    expect(relations.filter((r) => r === 'Daniyar Usenov LEADS Kyrgyzstan')).toHaveLength(1);
  });

  it('should not make a Kyrgyz expert lead anything: "Kyrgyz human rights expert Aida Bekova"', () => {
    const { x, label } = labelled('Kyrgyz human rights expert Aida Bekova spoke in Osh.', 'kyrgyz-expert');
    expect(x.relations.map((r) => `${label.get(r.from)} ${r.type} ${label.get(r.to)}`)).toEqual(['Aida Bekova NATIONAL_OF Kyrgyzstan']);
  });
});
