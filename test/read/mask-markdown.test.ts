import { maskMarkdown } from '../../src/read/mask-markdown';

function masked(text: string): string {
  const { plain } = maskMarkdown(text);
  expect(plain).toHaveLength(text.length);
  return plain;
}

describe('maskMarkdown', () => {
  it('should mask heading marks and emphasis but keep the words in place', () => {
    const text = '## The **CSTO** and _Russia_\n';
    const plain = masked(text);
    expect(plain).toBe('   The   CSTO   and  Russia \n');
    expect(plain.indexOf('CSTO')).toBe(text.indexOf('CSTO'));
    expect(plain.replace(/\s+/g, ' ').trim()).toBe('The CSTO and Russia');
  });

  it('should keep link text and mask the target', () => {
    const text = 'See [the OSCE statement](https://osce.org/x "t") now.';
    expect(masked(text).replace(/\s+/g, ' ')).toBe('See the OSCE statement now.');
  });

  it('should keep an image alt text as a caption and mask its syntax', () => {
    const text = 'Before\n\n![Protesters in Almaty](a.jpg)\n';
    const result = maskMarkdown(text);
    expect(result.captions).toHaveLength(1);
    expect(text.slice(...result.captions[0]!)).toBe('Protesters in Almaty');
    expect(result.plain).not.toContain('a.jpg');
  });

  it('should mask HTML comments, inline tags and autolinks', () => {
    const text = 'A <!-- hidden\nnote --> B <span>C</span> <https://x.org>';
    expect(masked(text).replace(/\s+/g, ' ').trim()).toBe('A B C');
  });

  it('should not treat underscores inside words as emphasis', () => {
    expect(masked('snake_case_name stays')).toBe('snake_case_name stays');
  });

  it('should read title and date from front matter and mask it', () => {
    const text = '---\ntitle: "Water wars"\ndate: 2024-05-03\n---\nBody.';
    const result = maskMarkdown(text);
    expect(result.hints).toEqual({ title: 'Water wars', date: '2024-05-03' });
    expect(result.plain.trim()).toBe('Body.');
  });

  it('should mask list and quote markers', () => {
    expect(
      masked('- one\n> two\n1. three')
        .split('\n')
        .map((l) => l.trim()),
    ).toEqual(['one', 'two', 'three']);
  });
});
