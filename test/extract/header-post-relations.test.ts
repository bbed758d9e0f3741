import { readAndExtract } from '../helpers/read-and-extract';

const relationsOf = (text: string) => {
  const { x } = readAndExtract(text);
  const label = (id: string) => x.entities.find((e) => e.id === id)?.label;
  return x.relations.map((r) => `${label(r.from)} ${r.type} ${label(r.to)}`);
};

describe('a header that names the speaker on one line and the post on the next', () => {
  it('should give the person the post in the body the next line names, a suffix after the name aside (an Assistant Secretary leads a bureau)', () => {
    const found = relationsOf(`Remarks at the Embassy in Bishkek

Press Availability
Robert O. Blake, Jr.
Assistant Secretary, Bureau of Water Affairs
Bishkek, Kyrgyzstan

ASSISTANT SECRETARY BLAKE: Good morning. I am glad to be in Bishkek.

QUESTION: Why now?`);
    expect(found).toContain('Robert O. Blake LEADS Bureau of Water Affairs');
  });

  it('should not join a name to a post line when the name line says more than the name', () => {
    const found = relationsOf(`Remarks at the Embassy in Bishkek

Press Availability
Robert O. Blake spoke to the press.
Assistant Secretary, Bureau of Water Affairs
Bishkek, Kyrgyzstan`);
    expect(found.filter((r) => r.includes('Bureau of Water Affairs') && r.startsWith('Robert'))).toEqual([]);
  });
});
