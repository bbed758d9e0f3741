import { extractDocument } from '../../src/extract/extract-document';
import { docFromText } from '../helpers/doc-from-text';
import { stancesOf } from '../helpers/stances-of';

const about = (text: string) => stancesOf(text).map((s) => `${s.holder} -> ${s.target}`);

describe('holders of reported stances in news reports', () => {
  const REPORT = `UN expert ends visit

“The Government must free the detained reporters,” Helga Sorensen, Special Rapporteur on free expression, said in Bishkek. During the visit, the expert met students at the university. Later the expert condemned the ban on the Tenir Zhol party.

The ministry promised an inquiry. Parliament debated the bill. The detentions of students were arbitrary, she said.`;

  it('should give "the expert" to the person just named when no one else is called so', () => {
    // The ban is the authorities' act: the party it befell is no target of the condemnation.
    expect(about(REPORT)).toContain('Helga Sorensen -> Government of Kyrgyzstan');
    expect(about(REPORT)).not.toContain('Helga Sorensen -> Tenir Zhol party');
  });

  it('should give "she said" to the person named a few sentences back when the sentences between name no one', () => {
    expect(stancesOf(REPORT).some((s) => s.holder === 'Helga Sorensen' && s.quote.includes('were arbitrary'))).toBe(true);
  });

  it('should never guess a leader from the person just named', () => {
    const text = 'Journalist Arman Seitov spoke to the crowd in Bishkek. Later the president condemned the protest organisers.';
    expect(stancesOf(text).filter((s) => s.holder === 'Arman Seitov')).toEqual([]);
  });

  it('should read a manner adverb between a body and its verb', () => {
    expect(about('The European Union warmly welcomes Ambassador Arman Seitov to the council.')).toContain('European Union -> Arman Seitov');
  });

  it('should read "expressed deep concern" and "is deeply concerned" as the subject’s concern', () => {
    expect(about('The OSCE expressed its deep concern about the arrest of the editor of a Dushanbe weekly.')).toContain(
      'Organization for Security and Co-operation in Europe -> Government of Tajikistan',
    );
    expect(about('The European Union is deeply concerned about the harassment of lawyers in Turkmenistan.')).toContain('European Union -> Government of Turkmenistan');
  });

  it('should find the speaker of "according to" after a role in lower case', () => {
    expect(about('According to human rights lawyer Dilnoza Rakhimova, the Uzbek authorities are repressive.')).toContain('Dilnoza Rakhimova -> Government of Uzbekistan');
  });
});

describe('holders named by surname, pronoun or office in statements and reports', () => {
  it('should read a surname alone at the start of a sentence once the person was named in full', () => {
    const text = 'Ingrid Solberg, the OSCE media representative, spoke in Dushanbe. Solberg also criticized the Tajik government for closing newspapers.';
    expect(about(text)).toContain('Ingrid Solberg -> Government of Tajikistan');
  });

  it('should read a surname after "said" as the speaker of the quote before it', () => {
    const text = 'Ingrid Solberg visited Dushanbe. “The authorities must free the reporters,” said Solberg, adding that she would return.';
    expect(stancesOf(text).some((s) => s.holder === 'Ingrid Solberg')).toBe(true);
  });

  it('should not take a subject "he" for the person named after it in the same sentence', () => {
    const text = `Statement on the situation in the south

The Secretary-General of the United Nations, Pedro Alvarez, is concerned about the clashes. Dialogue is the only way forward. In this context, he welcomes the offer by President Rustam Ergashev to meet the protesters.`;
    const holders = stancesOf(text, 'inline/statement.txt')
      .filter((s) => s.quote.includes('he welcomes'))
      .map((s) => s.holder);
    expect(holders).not.toContain('Rustam Ergashev');
    expect(holders).toContain('Pedro Alvarez');
  });

  it('should read "all sides" as a group an appeal is addressed to', () => {
    expect(about('The European Union urged all sides in the border dispute to show restraint.')).toContain('European Union -> all parties');
  });

  it('should read a concern about events in a country, with no one to blame, as a neutral stance on the country', () => {
    const concern = stancesOf('The European Union expressed its surprise and concern about the latest developments in Kyrgyzstan.');
    expect(concern).toEqual([expect.objectContaining({ holder: 'European Union', target: 'Kyrgyzstan', polarity: 'neutral' })]);
  });

  it('should not make the speaker of a closing "she said" the object of the act she reports', () => {
    const text = 'Helga Sorensen visited Bishkek. The ministry raised its concerns about security, she said.';
    expect(stancesOf(text).filter((s) => s.target === 'Helga Sorensen')).toEqual([]);
  });
});

describe('opinions a column reports', () => {
  const COLUMN = `The reform nobody asked for

By Aida Bekova

Sadyr Japarov considers the new media law a great success for Kyrgyzstan. Kamchybek Tashiev regarded the court ruling as a fair decision.

The law came into force in March.

Editors in Bishkek protested.`;

  it('should not give the author the praise in what the column says another person considers or regards', () => {
    const held = stancesOf(COLUMN).filter((s) => s.holder === 'Aida Bekova');
    expect(held).toEqual([]);
  });
});

describe('a person named between commas after their post', () => {
  const H = 'Media report\n\nBISHKEK – ';

  it('should give the stance to the person, not to the post or the body named before them', () => {
    expect(stancesOf(`${H}Kazakhstan's foreign minister, Mukhtar Tileuberdi, criticised the sanctions imposed by Russia.`)).toContainEqual(
      expect.objectContaining({ holder: 'Mukhtar Tileuberdi', target: 'Russia', polarity: 'oppose' }),
    );
    expect(stancesOf(`${H}The ministry's spokesman, Aibek Smadiyarov, criticised the protesters in Osh.`)).toContainEqual(
      expect.objectContaining({ holder: 'Aibek Smadiyarov', polarity: 'oppose' }),
    );
  });

  it('should never make the person a target of the post they hold', () => {
    const found = stancesOf(`${H}The OSCE Representative on Freedom of the Media, Harlem Désir, criticised the verdict against journalist Bolot Temirov.`);
    expect(found.map((s) => s.holder)).toEqual(['Harlem Désir']);
    expect(found.map((s) => s.target)).not.toContain('Harlem Désir');
  });

  it('should read no holder in a list of names between commas', () => {
    const found = stancesOf(`${H}The court jailed three activists, Aida Bekova, Timur Asanov and Bolot Temirov, for five years.`);
    expect(found.map((s) => s.holder)).not.toContain('Aida Bekova');
  });
});

describe('a subject of several actors joined by "and"', () => {
  const H = 'Media report\n\nBISHKEK – ';

  it('should give each of them the stance: "Sweden and Norway criticised ..."', () => {
    const found = stancesOf(`${H}In a joint statement, Sweden and Norway criticised the arrests in Kyrgyzstan.`).map((s) => `${s.holder} -> ${s.target}`);
    expect(found).toEqual(expect.arrayContaining(['Sweden -> Government of Kyrgyzstan', 'Norway -> Government of Kyrgyzstan']));
  });

  it('should read a list closed by "and" and people as well as states', () => {
    expect(new Set(stancesOf(`${H}Kazakhstan, Uzbekistan and Tajikistan welcomed the agreement with Russia.`).map((s) => s.holder))).toEqual(
      new Set(['Kazakhstan', 'Uzbekistan', 'Tajikistan']),
    );
    expect(new Set(stancesOf(`${H}Aida Bekova and Timur Asanov said the verdict was unjust.`).map((s) => s.holder))).toEqual(new Set(['Aida Bekova', 'Timur Asanov']));
  });

  it('should not make a holder of a name that is the object of a verb before "and"', () => {
    const found = stancesOf(`${H}Police detained Aida Bekova and Timur Asanov criticised the raid.`);
    expect(found.map((s) => s.holder)).not.toContain('Aida Bekova');
  });
});

describe('acts of the authorities that a watchdog or a ministry reports', () => {
  const H = 'Media report\n\nTASHKENT – ';

  it('should read coercion a rights group states as its charge against whoever did it', () => {
    expect(about(`${H}Police in Nukus detained five activists on Monday, Human Rights Watch said.`)).toEqual(['Human Rights Watch -> police']);
    expect(about(`${H}Uzbek authorities have cracked down on bloggers in Nukus, Human Rights Watch said today.`)).toContain('Human Rights Watch -> Government of Uzbekistan');
  });

  it('should read the same act a ministry reports as no charge', () => {
    expect(about(`${H}Police in Nukus detained five activists on Monday, the Interior Ministry said today.`)).toEqual([]);
  });
});

describe('harm that is denied, and harm that a person reports', () => {
  const H = 'Media report\n\nTASHKENT – ';

  it('should read no abuse in a denial of abuse, whoever reports the denial', () => {
    expect(about(`${H}The police denied any abuse of the detainees.`)).toEqual([]);
    expect(about(`${H}Aida Bekova said the police denied any abuse of the detainees.`)).toEqual([]);
    expect(about(`${H}The ministry denied that the detainees had been tortured.`)).toEqual([]);
  });

  it('should not make the one who reports a denial its target', () => {
    expect(about(`${H}Aida Bekova said the police rejected the complaints of the families.`)).not.toContain('police -> Aida Bekova');
  });

  it('should read harm a watchdog or a person says was done as their charge against whoever did it', () => {
    expect(about(`${H}Human Rights Watch said the detainees had been tortured by the police.`)).toEqual(['Human Rights Watch -> police']);
    expect(about(`${H}Human Rights Watch said the detainees had been tortured.`)).toEqual(['Human Rights Watch -> Government of Uzbekistan']);
  });

  it('should read the same harm a ministry reports as no charge', () => {
    expect(about(`${H}The Interior Ministry said police had detained the protesters in Nukus.`)).toEqual([]);
  });
});

describe('judgements named by a noun or an adjective, and "labelled ... a"', () => {
  const H = 'Media report\n\nBISHKEK – ';

  it('should read "labelled the action a violation" as the subject’s charge', () => {
    expect(about(`${H}The Committee to Protect Journalists labelled the raid on Azattyk a violation of press freedom.`)).toContain(
      'Committee to Protect Journalists -> Government of Kyrgyzstan',
    );
  });

  it('should read "inaccurate", "violated" and "a mistake" as opposing whom they judge', () => {
    expect(about(`${H}The Ministry of Culture said Radio Azattyk’s programme was inaccurate.`)).toContain('Ministry of Culture -> Radio Azattyk');
    expect(about(`${H}The Ministry of Culture stated that the reports of Radio Azattyk violated the media law.`)).toContain('Ministry of Culture -> Radio Azattyk');
  });

  it('should read "expressed alarm" after a name wink mistags as the body’s concern', () => {
    expect(about(`${H}Human Rights Watch expressed alarm at the arrests of journalists in Kyrgyzstan.`)).toContain('Human Rights Watch -> Government of Kyrgyzstan');
  });
});

describe('a release datelined abroad about a country whose government it names at once', () => {
  it('should take the country of "Authorities in Kazakhstan" for the focus, not the city of the dateline', () => {
    const text = `Kazakhstan report

Stockholm, January 20, 2022 – Authorities in Kazakhstan must stop jailing journalists, the Committee to Protect Journalists said today.

“Authorities should quash the convictions of the three journalists,” said Aida Bekova, its coordinator, in New York.`;
    const targets = stancesOf(text).map((s) => s.target);
    expect(targets).toContain('Government of Kazakhstan');
    expect(targets).not.toContain('Government of Sweden');
    expect(targets).not.toContain('Government of the United States');
  });
});

describe('words a quotation closes', () => {
  it('should not make the speaker named after a quote a target of a clause inside it', () => {
    const found = stancesOf(
      'Media report\n\nDUSHANBE – “Amnesty considers that the charges against the blogger were fabricated,” said John Dalhuisen, Amnesty’s deputy director.',
    ).map((s) => `${s.holder} -> ${s.target}`);
    expect(found.some((s) => s.endsWith('-> John Dalhuisen'))).toBe(false);
  });
});

describe('concern stated with "with concern"', () => {
  it('should read "is following X with great concern" as the subject’s concern', () => {
    const concern = about('Statement by the European Union\n\nThe European Union is following the shelling by the Government of Kyrgyzstan with great concern.');
    expect(concern).toContain('European Union -> Government of Kyrgyzstan');
  });

  it('should not take a demonym for a target', () => {
    expect(about('Statement by the European Union\n\nThe European Union is following the protests by Kyrgyz farmers with concern.')).not.toContain('European Union -> Kyrgyzstan');
  });
});

describe('an embassy’s own statement', () => {
  const text = `Press Statement on the Protest in Front of the U.S. Embassy

The U.S. Embassy in Bishkek respects the right of the people to assemble peacefully. We call on the Government of Kyrgyzstan to release the detained journalists.`;

  const published = () => {
    const x = extractDocument(docFromText(text, 'inline/statement.txt', { publisher: 'U.S. Embassy in the Kyrgyz Republic' }));
    const label = (id: string) => x.entities.find((e) => e.id === id)?.label ?? id;
    return x.stances.map((s) => `${label(s.holder)} -> ${label(s.target)}`);
  };

  it('should give what the embassy says to the state it speaks for', () => {
    expect(published()).toContain('United States -> Government of Kyrgyzstan');
  });

  it('should take no position of the state on its own embassy', () => {
    expect(published().filter((s) => s.endsWith('Embassy of the United States in Kyrgyzstan'))).toEqual([]);
  });
});

describe('a statement issued by a post and its holder', () => {
  it('should give the statement to the person named after a post and its remit', () => {
    const text = `Visit to Osh

The following statement was issued today by the Assistant Secretary-General for Human Rights Ivan Horvat:

The Assistant Secretary-General is concerned about the detention of lawyers by the Government of Kyrgyzstan.`;
    expect(about(text)).toContain('Ivan Horvat -> Government of Kyrgyzstan');
  });
});

describe('the issuer named with a long title', () => {
  it('should give "Minister of Foreign Affairs X released the following statement:" to the person the text names', () => {
    const text = `Independence Day

Minister of Foreign Affairs Jonas Berg released the following statement:

We welcome the reforms of the Government of Kazakhstan. Jonas Berg visited Almaty in May.`;
    const x = extractDocument(docFromText(text, 'inline/statement.txt'));
    expect(x.entities.filter((e) => e.kind === 'Person').map((e) => e.label)).toEqual(['Jonas Berg']);
  });
});

describe('a state’s own statement', () => {
  it('should give the "we" of a statement that opens "The United States is concerned ..." to the United States', () => {
    const text = `Kyrgyzstan: detention of journalists

Press Statement

The United States is concerned by the detention of two journalists in Bishkek. We call on the Government of Kyrgyzstan to release them. We urge all parties to refrain from violence.`;
    const found = about(text);
    expect(found).toContain('United States -> Government of Kyrgyzstan');
    expect(found).toContain('United States -> all parties');
  });
});

describe('where the speakers are is not who speaks', () => {
  it('should give "Activists living in Norway, Sweden and Finland told ..." to the activists, not to a country', () => {
    const stances = about('Activists living in Norway, Sweden and Finland told Amnesty International that the police in Turkmenistan harassed their families.');
    expect(stances.filter((s) => /^(Norway|Sweden|Finland) ->/.test(s))).toEqual([]);
    expect(stances).toContain('activists -> police in Turkmenistan');
  });

  it('should give no act to the platform a video was posted on ("a video on Facebook calling for ...")', () => {
    const text = 'The blogger Arman Seitov was fined after he posted a video on Facebook calling for officials to cancel the visit of the Chinese premier.';
    expect(about(text).filter((s) => s.startsWith('Facebook'))).toEqual([]);
  });
});

describe('an office named by its country before its holder is named', () => {
  it('should give "The President of Uzbekistan said" to the one president the text names, not to Uzbekistan', () => {
    const text = 'Mirziyoyev on the press\n\nThe President of Uzbekistan said that foreign bloggers spread false information. Shavkat Mirziyoyev spoke at a meeting with editors.';
    const stances = about(text);
    expect(stances.filter((s) => s.startsWith('Uzbekistan ->'))).toEqual([]);
    expect(stances.some((s) => s.startsWith('Shavkat Mirziyoyev ->'))).toBe(true);
  });
});

describe('bodies that speak together', () => {
  it('should give "Freedom House and the Norwegian Helsinki Committee say ..." to both bodies', () => {
    const stances = about('Freedom House and the Norwegian Helsinki Committee say Turkmen authorities have detained relatives of exiled bloggers.');
    expect(stances).toEqual(expect.arrayContaining(['Freedom House -> Government of Turkmenistan', 'Norwegian Helsinki Committee -> Government of Turkmenistan']));
  });

  it('should read through the acronyms in brackets after each name', () => {
    const stances = about(
      'Amnesty International (AI) and the International Partnership for Human Rights (IPHR) say Turkmen authorities have detained relatives of exiled bloggers.',
    );
    expect(stances).toEqual(
      expect.arrayContaining(['Amnesty International -> Government of Turkmenistan', 'International Partnership for Human Rights -> Government of Turkmenistan']),
    );
  });
});

describe('an office named with its country as the subject of an act', () => {
  it('should give "The President of Uzbekistan congratulated X" to the president the text names', () => {
    const text = `Telephone conversation with the President of Turkmenistan

Shavkat Mirziyoyev had a telephone conversation with Serdar Berdimuhamedow.

The President of Uzbekistan congratulated Serdar Berdimuhamedow on the national holiday.`;
    expect(about(text)).toContain('Shavkat Mirziyoyev -> Serdar Berdimuhamedow');
  });
});

describe('a comment issued in a spokesperson’s name', () => {
  it('should give "Comment by Foreign Ministry Spokeswoman X on ..." to the spokeswoman, not to a body of that name', () => {
    const text = `Comment by Foreign Ministry Spokeswoman Irina Volkova on the remarks of Latvian officials

We have read the remarks of Latvian officials with regret. Latvia should stop lecturing its neighbours.`;
    const stances = about(text);
    expect(stances).toContain('Irina Volkova -> Latvia');
    expect(stances.some((s) => s.startsWith('Foreign Ministry Spokeswoman'))).toBe(false);
  });
});

describe('election observers as speakers', () => {
  it('should read "international observers said" as a group that holds what it said, not as vague observers', () => {
    const stances = stancesOf('Vote in Latvia\n\nRIGA – The authorities unfairly barred two candidates from the ballot, international observers said in a statement on Monday.');
    expect(stances.map((s) => s.holder)).toContain('election observers');
  });
});

describe('speech reported within speech', () => {
  const stanceOf = (text: string) => stancesOf(text).map((s) => `${s.holder} -> ${s.target} ${s.polarity}`);

  it('should not make the subject of the inner speech a target of the outer speaker ("X said America believes ...")', () => {
    const stances = stanceOf('Richard Peters said America believes the Uzbek government is lying about the floods, even though Uzbekistan is an ally.');
    expect(stances).toContain('United States -> Government of Uzbekistan oppose');
    expect(stances.filter((s) => s.startsWith('Richard Peters -> United States'))).toEqual([]);
  });
});

describe('words of deceit', () => {
  const stanceOf = (text: string) => stancesOf(text).map((s) => `${s.holder} -> ${s.target} ${s.polarity}`);

  it('should read "is lying about" and "misled" as accusations, and "the village lies in the valley" as none', () => {
    expect(stanceOf('Aida Bekova said the Turkmen government is lying about the floods.')).toContain('Aida Bekova -> Government of Turkmenistan oppose');
    expect(stanceOf('Aida Bekova said the Turkmen government misled the public about the floods.')).toContain('Aida Bekova -> Government of Turkmenistan oppose');
    expect(about('Aida Bekova said the village lies in the valley near the Turkmen border.')).toEqual([]);
  });
});
