import { findReportedSpeech, speakerBefore } from '../../src/read/find-reported-speech';

function speech(text: string): { speaker: string; cue: string; content: string }[] {
  return findReportedSpeech(text, 0, text.length).map((r) => {
    expect(text.slice(...r.speakerSpan)).toBe(r.speaker);
    return { speaker: r.speaker, cue: r.cue, content: text.slice(...r.span) };
  });
}

describe('findReportedSpeech', () => {
  it('should find "X claims ..." with the title kept in the speaker', () => {
    expect(speech('The bloc met. President Japarov claims the border is now agreed.')).toEqual([
      { speaker: 'President Japarov', cue: 'claims', content: 'the border is now agreed' },
    ]);
  });

  it('should read "<speech>, – assures X – <role>" as X’s speech, and a cue word right before ", –" as no cue', () => {
    expect(speech('The canal will be finished by the spring with the help of the neighbouring states, – assures Bolot Asanov – an engineer of the water board.')).toEqual([
      { speaker: 'Bolot Asanov', cue: 'assures', content: 'The canal will be finished by the spring with the help of the neighbouring states' },
    ]);
  });

  it('should take the role and name between commas for the speaker, not the body before them', () => {
    expect(speech('The head of the Centre for Steppe Studies, political scientist Ivan Petrov, said the canal was late.')).toEqual([
      { speaker: 'Ivan Petrov', cue: 'said', content: 'the canal was late' },
    ]);
  });

  it('should skip "in an interview that" and adverbs between speaker and cue', () => {
    expect(speech('The analyst Aigul Serikova recently said in an interview that the reforms were cosmetic.')).toEqual([
      { speaker: 'Aigul Serikova', cue: 'said', content: 'the reforms were cosmetic' },
    ]);
  });

  it('should not report speech nested inside reported speech twice', () => {
    const found = speech('Aliya Bekova said that she believes the law is unjust.');
    expect(found).toHaveLength(1);
    expect(found[0]!.content).toBe('she believes the law is unjust');
  });

  it('should find the quote-first form with a dash: “...”, – states X', () => {
    expect(speech('“The elections were neither free nor fair”, – states Marat Omarov, a lawyer.')).toEqual([
      { speaker: 'Marat Omarov', cue: 'states', content: 'The elections were neither free nor fair' },
    ]);
  });

  it('should find “...,” X said. over a quote of several sentences', () => {
    expect(speech('“We will not stop. We demand justice,” Saltanat Nurova said.')).toEqual([
      { speaker: 'Saltanat Nurova', cue: 'said', content: 'We will not stop. We demand justice' },
    ]);
  });

  it('should find “...,” said the minister with a common-noun speaker', () => {
    expect(speech('“The situation is under control,” said the interior minister.')[0]).toMatchObject({ speaker: 'interior minister', cue: 'said' });
  });

  it('should find according to X at the start and at the end of a sentence', () => {
    expect(speech('According to the Interior Ministry, 200 people were detained.')).toEqual([
      { speaker: 'Interior Ministry', cue: 'according to', content: '200 people were detained' },
    ]);
    expect(speech('Fifty people were hurt, according to Human Rights Watch.')).toEqual([{ speaker: 'Human Rights Watch', cue: 'according to', content: 'Fifty people were hurt' }]);
  });

  it('should read a speaker named by one role noun ("A senior US diplomat noted that ...", "One analyst said")', () => {
    expect(speech('A senior US diplomat noted that the orchard towns were empty.')).toEqual([{ speaker: 'US diplomat', cue: 'noted', content: 'the orchard towns were empty' }]);
    expect(speech('One analyst said the tariff would fail.')).toEqual([{ speaker: 'analyst', cue: 'said', content: 'the tariff would fail' }]);
  });

  it('should read a column’s "As X notes, ..." as X’s speech', () => {
    expect(speech('As Human Rights Watch notes, the orchard subsidies have failed the farmers.')).toEqual([
      { speaker: 'Human Rights Watch', cue: 'notes', content: 'the orchard subsidies have failed the farmers' },
    ]);
  });

  it('should leave the apposition after "According to X," out of the speech', () => {
    expect(speech('According to Aida Bekova, an analyst at the Steppe Policy Centre, the orchard subsidies have failed the farmers.')).toEqual([
      { speaker: 'Aida Bekova', cue: 'according to', content: 'the orchard subsidies have failed the farmers' },
    ]);
    expect(speech('According to Aida Bekova, the subsidies have failed, and the farmers know it.')[0]).toMatchObject({
      content: 'the subsidies have failed, and the farmers know it',
    });
  });

  it('should find content before a cue at the end of a sentence', () => {
    expect(speech('The border will reopen next week, officials said.')).toEqual([{ speaker: 'officials', cue: 'said', content: 'The border will reopen next week' }]);
  });

  it('should find content before "..., the ministry said."', () => {
    expect(speech('Trade will grow, the ministry said.')[0]).toMatchObject({ speaker: 'ministry', content: 'Trade will grow' });
  });

  it('should leave a dateline out of content that comes before the cue', () => {
    expect(speech('ALMATY, 5 May 2024 – Police detained ten people, officials said.')[0]).toMatchObject({ content: 'Police detained ten people' });
  });

  it('should take the name, not the apposition, in "X, a <role>, said"', () => {
    expect(speech('Nurlan Abenov, a lawyer for the family, said the trial was closed.')[0]).toMatchObject({ speaker: 'Nurlan Abenov' });
  });

  it('should keep a group with its place: "Authorities in X have always claimed"', () => {
    expect(speech('Authorities in Tajikistan have always claimed reforms take time.')[0]).toMatchObject({ speaker: 'Authorities in Tajikistan', cue: 'claimed' });
  });

  it('should find "X urged Y to ..." and "called on"', () => {
    expect(speech('The European Union urged Astana to investigate.')[0]).toMatchObject({ speaker: 'European Union', content: 'Astana to investigate' });
  });

  it('should take the name, not the common noun before it: "the group Sanaly Qogam today called on"', () => {
    expect(speech('The Almaty-based rights group Adal Soz today called on the police to stop.')[0]).toMatchObject({ speaker: 'Adal Soz', cue: 'called on' });
  });

  it('should resolve ", who said" to the phrase before it', () => {
    expect(speech('They met the Ombudsman of Kyrgyzstan, who said on Monday that the case was open.')[0]).toMatchObject({
      speaker: 'Ombudsman of Kyrgyzstan',
      content: 'the case was open',
    });
  });

  it('should read "X made a statement urging ..." as speech by X', () => {
    expect(speech('Several UN Special Rapporteurs made a statement yesterday urging respect for human rights.')[0]).toMatchObject({
      speaker: 'UN Special Rapporteurs',
      cue: 'urging',
      content: 'respect for human rights',
    });
  });

  it('should not take first-person speech of the turn’s own speaker as reported speech', () => {
    expect(speech('We believe this was done on purpose. I think so too.')).toEqual([]);
  });

  it('should end the speech before the first of listed speakers, with or without a comma before "and"', () => {
    const content = 'Police in Khujand detained four bloggers on Friday';
    for (const speakers of [
      'the Steppe Monitor, the Caspian Media Alliance and the Bar Association of Osh',
      'the Steppe Monitor, the Caspian Media Alliance, and the Bar Association of Osh',
    ]) {
      const found = speech(`${content}, ${speakers} said today.`);
      expect(found.map((f) => f.content)).toEqual([content]);
    }
  });

  it('should keep a place after a comma in the speech of one speaker', () => {
    expect(speech('Police detained four bloggers in Osh, Kyrgyzstan, the Steppe Monitor said.').map((f) => f.content)).toEqual([
      'Police detained four bloggers in Osh, Kyrgyzstan',
    ]);
  });

  it('should read a cue word after a possessive as a noun: "the Union’s claims are baseless" reports no speech', () => {
    expect(speech('The ministry said on Friday that the Farmers’ Union’s claims are baseless.')).toEqual([
      { speaker: 'ministry', cue: 'said', content: 'the Farmers’ Union’s claims are baseless' },
    ]);
    expect(speech('Bekova’s claims were denied by the ministry.')).toEqual([]);
  });

  it('should not take nouns such as "reports" for cues without a speaker', () => {
    expect(speech('There are reports that officers were beaten.')).toEqual([]);
  });
});

describe('speakerBefore', () => {
  it('should return null when no name ends the text', () => {
    expect(speakerBefore('and then it was ')).toBeNull();
  });

  it('should keep an acronym in brackets with the name', () => {
    expect(speakerBefore('The State Committee for National Security (GKNB) ')?.text).toBe('State Committee for National Security (GKNB)');
  });
});

describe('a quote whose speaker is described after it', () => {
  it('should find "“...,” the rights group said" with the description as the speaker', () => {
    expect(speech('“The new grazing fees will ruin small herders,” the rights group said.')).toEqual([
      { speaker: 'rights group', cue: 'said', content: 'The new grazing fees will ruin small herders' },
    ]);
  });

  it('should find "«...», the statement says" and "“...,” it said"', () => {
    expect(speech('«The fees must be cut at once,» the statement says.').map((s) => s.speaker)).toEqual(['statement']);
    expect(speech('“The fees must be cut at once,” it said.').map((s) => s.speaker)).toEqual(['it']);
  });

  it('should not take a description without a speaker noun for a speaker', () => {
    expect(speech('“The fees must be cut at once,” the two said.')).toEqual([]);
  });
});

describe('an attribution that closes the sentence with a time', () => {
  it('should take what comes before "..., X said today" as the speech', () => {
    expect(speech('Border guards turned back forty herders, the Kyrgyz Border Service said today.')).toEqual([
      { speaker: 'Kyrgyz Border Service', cue: 'said', content: 'Border guards turned back forty herders' },
    ]);
    expect(speech('The herders lost their summer pastures, Aida Bekova said last week.').map((s) => s.content)).toEqual(['The herders lost their summer pastures']);
  });
});

describe('a quote followed by a role and the name of who said it', () => {
  it('should take the name after the role as the speaker: "“...,” State Department spokesman Ned Price told reporters"', () => {
    expect(speech('“We call on all sides to show restraint,” State Department spokesman Ned Price told reporters.')).toEqual([
      { speaker: 'Ned Price', cue: 'told', content: 'We call on all sides to show restraint' },
    ]);
    expect(speech('“The fees must go,” opposition leader Aida Bekova said.').map((s) => s.speaker)).toEqual(['Aida Bekova']);
  });
});

describe('"according to" a body whose name runs on through "of"', () => {
  it('should take "Kyrgyzstan’s Ministry of Culture" whole as the speaker', () => {
    expect(speech('According to Kyrgyzstan’s Ministry of Culture, the programme was inaccurate.').map((s) => s.speaker)).toEqual(['Kyrgyzstan’s Ministry of Culture']);
  });
});

describe('an attribution after the speech with the speaker after the cue', () => {
  it('should read "..., said Amnesty International." and "..., said <Name>, <role>." as speech before the comma', () => {
    expect(speech('The authorities must free the herders, said the Tien Shan Herders’ Union.')).toEqual([]);
    expect(speech('The authorities must free the herders, said Amnesty International.')).toEqual([
      { speaker: 'Amnesty International', cue: 'said', content: 'The authorities must free the herders' },
    ]);
    expect(speech('The fees must be cut, said Aida Bekova, director of the Naryn Herders’ Union, in a statement.').map((s) => [s.speaker, s.content])).toEqual([
      ['Aida Bekova', 'The fees must be cut'],
    ]);
  });

  it('should read a described speaker too, and no speaker in a sentence that only goes on', () => {
    expect(speech('Police detained five herders, said the ministry.').map((s) => s.speaker)).toEqual(['ministry']);
    expect(speech('He left the valley, said nothing and returned in May.')).toEqual([]);
  });
});

describe('a quote followed by a name, its role between commas, and the cue', () => {
  it('should take the name as the speaker: "“...,” Aida Bekova, a lawyer for the family, told reporters"', () => {
    expect(speech('“We will appeal the verdict,” Aida Bekova, a lawyer for the family, told reporters.')).toEqual([
      { speaker: 'Aida Bekova', cue: 'told', content: 'We will appeal the verdict' },
    ]);
  });
});

describe('a closing attribution followed by a participle', () => {
  it('should still take the words before it as the speech', () => {
    expect(speech('The herders must be paid, the ministry said on Monday, calling for calm in Naryn.').map((s) => [s.speaker, s.content])).toEqual([
      ['ministry', 'The herders must be paid'],
    ]);
  });
});

describe('a news outlet naming its source', () => {
  it('should read no speech of the outlet in "..., Kazinform reports citing Akorda press service."', () => {
    expect(speech('President Tokayev has met the head of the Red Crescent in Astana today, Kazinform reports citing Akorda press service.')).toEqual([]);
  });

  it('should keep the speaker\'s words when the outlet closes with "Trend reports via Akorda"', () => {
    expect(speech('Water is a shared resource, Aliya Serikova said during the talks in Baku, Trend reports via Akorda.').map((s) => [s.speaker, s.content])).toEqual([
      ['Aliya Serikova', 'Water is a shared resource'],
    ]);
  });
});

describe('"point out", a reporting verb of two words', () => {
  it('should take "pointed out" whole as the cue, not "pointed" with speech that opens with "out"', () => {
    expect(speech('Minister Aida Bekova pointed out the high level of trust between the two ministries.')).toEqual([
      { speaker: 'Minister Aida Bekova', cue: 'pointed out', content: 'the high level of trust between the two ministries' },
    ]);
  });
});

describe('speakers of a rights group’s quotes', () => {
  it('should take the person after a capitalised title too long for a name: "“...,” CPJ Europe and Central Asia Program Coordinator X said"', () => {
    const text = '“The court ignored the evidence,” IPI Europe and Central Asia Program Coordinator Aliya Serikova said.';
    expect(speech(text).map((s) => [s.speaker, s.content])).toEqual([['Aliya Serikova', 'The court ignored the evidence']]);
  });

  it('should not read the end of a word as a cue: "Reporters Without Borders added: “...”"', () => {
    const text = 'Reporters Without Borders added: “We urge the ministry to explain the arrest.”';
    expect(speech(text).map((s) => [s.speaker, s.cue])).toEqual([['Reporters Without Borders', 'added']]);
  });
});
