import { extractDocument } from '../../src/extract/extract-document';
import { docFromText } from '../helpers/doc-from-text';

describe('findGroupMentions', () => {
  it('should read "civil society in that country" as civil society in the country named last', () => {
    const x = extractDocument(
      docFromText(
        `Rights report

TASHKENT – Aida Bekova, director of the Tashkent Legal Centre, spoke about Uzbekistan on Monday. She said civil society in that country is brave.`,
        'inline/that-country.txt',
      ),
    );
    expect(x.entities.find((e) => e.aliases.includes('civil society in that country'))?.label).toBe('civil society in Uzbekistan');
  });
});

describe('groups named by a participle', () => {
  const labelsOf = (text: string) => extractDocument(docFromText(text, 'inline/participle.txt')).entities.map((e) => e.label);

  it('should read "the detained" as the detainees but the verb "detained" as no group', () => {
    expect(labelsOf('Border report\n\nOSH – Police in Osh detained five traders at the market on Monday.')).not.toContain('detainees');
    expect(labelsOf('Border report\n\nOSH – Lawyers said the detained had no access to their families.')).toContain('detainees');
  });
});

describe('a group named with an acronym', () => {
  const labelsOf = (text: string) => extractDocument(docFromText(text, 'inline/acronym-group.txt')).entities.map((e) => `${e.label}[${e.kind}]`);

  it('should read "the LGBT+ community" and "LGBTQ people" as one group, not bodies called LGBT and LGBTQ', () => {
    const labels = labelsOf('Rights report\n\nOSH – The LGBT+ community protested against the new law in Osh. Aida Bekova said LGBTQ people face daily harassment by the police.');
    expect(labels).toContain('LGBT+ community[Group]');
    expect(labels.filter((l) => /^LGBT/.test(l) && l.endsWith('[Organisation]'))).toEqual([]);
  });
});

describe('a term of office', () => {
  const labels = (text: string) => extractDocument(docFromText(text, 'inline/presidency.txt')).entities.map((e) => e.label);

  it('should not read "during your presidency" as the presidential administration', () => {
    expect(labels('Media report\n\nBISHKEK – “The reforms of your presidency will last,” Aida Bekova told Sadyr Japarov.')).not.toContain(
      'Presidential Administration of Kyrgyzstan',
    );
  });

  it('should still read "the presidency" as the body', () => {
    expect(labels('Media report\n\nBISHKEK – Aida Bekova said the presidency had approved the law.')).toContain('Presidential Administration of Kyrgyzstan');
  });
});
