import { relationsOf } from './relation-helpers';

describe('roles stated of a pronoun, given to the person it refers to', () => {
  it('should read "She is a Senior Adviser at Y" as the person named before working for Y, with the role', () => {
    expect(relationsOf('Aigul Nurova spoke first. She is a Senior Adviser at the Clean Water Trust.')).toContain('WORKS_FOR Aigul Nurova -> Clean Water Trust (Senior Adviser)');
  });

  it('should read "He was the director of Y" as leading Y', () => {
    expect(relationsOf('Timur Sadykov spoke first. He was the director of the Legal Aid Bureau.')).toContain('LEADS Timur Sadykov -> Legal Aid Bureau (director)');
  });

  it('should not read a pronoun with no role after it', () => {
    expect(relationsOf('Timur Sadykov spoke first. He visited the Legal Aid Bureau.').some((r) => r.startsWith('LEADS') || r.startsWith('WORKS_FOR'))).toBe(false);
  });
});
