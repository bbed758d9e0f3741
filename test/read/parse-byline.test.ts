import { parseByline } from '../../src/read/find-header';
import { decodeSource } from '../../src/read/decode-source';

describe('parseByline', () => {
  it('should read the author and the role after the name', () => {
    expect(parseByline('By Gulnara Bekmukhambetova, political analyst')).toEqual({ name: 'Gulnara Bekmukhambetova', description: 'political analyst' });
  });

  it('should not take an agency, a desk or a pair of names for one author', () => {
    expect(parseByline('By Reuters staff')).toBeNull();
    expect(parseByline('By Aida Bekova and Timur Aliyev')).toBeNull();
  });
});

describe('a byline in a Markdown column', () => {
  it('should make the byline author the speaker of the column', () => {
    const md = '# Why Astana should stop courting Moscow\n\n*By Gulnara Bekmukhambetova, political analyst*\n\nKazakhstan has done well. The government must change course.\n';
    const doc = decodeSource(new TextEncoder().encode(md), 'column.md');
    expect(doc.speakers).toContainEqual({ name: 'Gulnara Bekmukhambetova', role: 'author' });
    expect(doc.body.map((s) => doc.text.slice(...s)).join('\n')).not.toContain('By Gulnara');
  });
});

describe('a byline surname set in capitals', () => {
  it('should write the surname as a name when the rest is in mixed case, and leave a name all in capitals as it is', () => {
    expect(parseByline('By Aida K. BEKOVA')?.name).toBe('Aida K. Bekova');
    expect(parseByline('By AIDA BEKOVA')?.name).toBe('AIDA BEKOVA');
  });
});

describe('bylines of blogs and think-tank pages', () => {
  const speakersOf = (text: string) => decodeSource(new TextEncoder().encode(text), 'column.txt').speakers;

  it('should read "Article by X" and "Commentary by X" as bylines', () => {
    expect(parseByline('Article by Aida Bekova')).toEqual({ name: 'Aida Bekova' });
    expect(parseByline('Commentary by Timur Aliyev, senior fellow')).toEqual({ name: 'Timur Aliyev', description: 'senior fellow' });
  });

  it('should read a blog user name and the date it was posted ("by Aida_Bekova on 10/2/2013")', () => {
    expect(parseByline('by Aida_Bekova on 10/2/2013')).toEqual({ name: 'Aida Bekova', description: '10/2/2013' });
    expect(parseByline('By Timur Aliyev on March 3, 2020')?.name).toBe('Timur Aliyev');
  });

  it('should not take a section heading of ordinary words under the title for the author', () => {
    const text =
      'The orchard towns are emptying\n\nSystematic Neglect\nThe ministry has ignored the orchard towns for a decade. Farmers have left for the cities.\n\nThe roads are worse every year.\n\nNobody repairs them.\n';
    expect(speakersOf(text)).toEqual([]);
  });

  it('should not take a heading word that the title repeats ("...: Introduction" / "Introduction: ...") for an interviewee', () => {
    const text =
      'Orchard Towns – Naryn: Introduction\n\nArticle by Aida Bekova\n\nIntroduction: Examining the decline of the orchard towns\n\nThe orchard towns of Naryn have lost half their people since 2010.\n\nThe ministry has ignored them.\n';
    expect(speakersOf(text)).toEqual([{ name: 'Aida Bekova', role: 'author' }]);
  });
});
