import { blocksOf } from './helpers';
import { findHeader, headlineSender } from '../../src/read/find-header';

describe('findHeader', () => {
  const text = 'Border talks resume\n\nBy Aida Sultanova\n\n12 March 2025\n\nTalks resumed in Batken on Monday.\n\nBoth sides spoke.\n\nNothing was signed.';
  const blocks = blocksOf(text);

  it('should take the first short line as the title, bylines and datelines out of the body, and the next paragraph as lead', () => {
    const header = findHeader(text, blocks, { fallbackTitle: 'x' });
    expect(header.title).toBe('Border talks resume');
    expect(header.titleBlock).toBe(0);
    expect([...header.metaBlocks]).toEqual([1, 2]);
    expect(header.date).toBe('2025-03-12');
    expect(header.lead).toBe('Talks resumed in Batken on Monday.');
  });

  it('should prefer metadata for title and date, still finding the title block', () => {
    const header = findHeader(text, blocks, { metaTitle: 'Border Talks Resume.', metaDate: '2025-03', fallbackTitle: 'x' });
    expect(header.title).toBe('Border Talks Resume.');
    expect(header.titleBlock).toBe(0);
    expect(header.date).toBe('2025-03');
  });

  it('should not make a title of a long first paragraph, nor take it out of the body', () => {
    const long = 'Talks between Kyrgyzstan and Tajikistan resumed on Monday in Batken after a pause of three months, officials from both sides said.';
    const t = `${long}\n\nMore.\n\nEven more.`;
    const header = findHeader(t, blocksOf(t), { fallbackTitle: 'x' });
    expect(header.titleBlock).toBeNull();
    expect(header.title.endsWith('…')).toBe(true);
    expect(header.title.length).toBeLessThanOrEqual(121);
  });

  it('should accept a short question as a headline', () => {
    const t = 'Why do water deals fail?\n\nEvery spring the same arithmetic returns.\n\nMore.\n\nEnd.';
    expect(findHeader(t, blocksOf(t), { fallbackTitle: 'x' })).toMatchObject({ title: 'Why do water deals fail?', titleBlock: 0 });
  });

  it('should give no lead when the paragraph after the title is a question', () => {
    const t = 'Interview\n\nWhy did it happen?\n\nBecause.\n\nAnd then?';
    expect(findHeader(t, blocksOf(t), { fallbackTitle: 'x' }).lead).toBeNull();
  });
});

describe('a sender headline whose post has a remit', () => {
  it('should take the name after the post and its remit: "Statement by Assistant Secretary-General for Human Rights X on ..."', () => {
    expect(headlineSender('Statement by Assistant Secretary-General for Human Rights Ivan Horvat on his visit to Osh')).toBe('Ivan Horvat');
    expect(headlineSender('Statement by the Assistant Secretary-General on the floods')).toBeNull();
    expect(headlineSender('Statement by the Spokesperson on the sentencing of leaders of the Valley Renewal Party to long prison terms')).toBeNull();
  });
});
