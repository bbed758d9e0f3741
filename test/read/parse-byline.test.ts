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
