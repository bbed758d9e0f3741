import { extractDocument } from '../../src/extract/extract-document';
import { docFromText } from '../helpers/doc-from-text';

function groupsOf(text: string): string[] {
  return extractDocument(docFromText(text, 'inline/group-acts.txt'))
    .entities.filter((e) => e.kind === 'Group')
    .map((e) => e.label);
}

describe('groups that act in the text', () => {
  it('should keep every group of a list that a verb acts on', () => {
    expect(groupsOf('Prosecutors opened cases against lawyers, journalists and activists last year.').sort()).toEqual(['activists', 'journalists', 'lawyers']);
  });

  it('should keep a group that is the subject of its clause', () => {
    expect(groupsOf('Local residents blocked the road to the mine for a week.')).toContain('local residents');
  });

  it('should keep a group that a measure is aimed at', () => {
    expect(groupsOf('The new rules add restrictions on opposition parties ahead of the vote.')).toContain('opposition');
  });

  it('should keep a group whose prosecution the text reports', () => {
    expect(groupsOf('Observers noted the prosecution of citizens who had posted videos of the floods.')).toContain('citizens');
  });

  it('should drop a group mentioned in passing', () => {
    expect(groupsOf('The ministry spent millions promoting the country in foreign media.')).toEqual([]);
  });

  it('should not keep a bare vague noun, but keep it qualified by a country', () => {
    expect(groupsOf('Some analysts believe the currency will weaken further.')).toEqual([]);
    expect(groupsOf('According to experts from Kyrgyzstan, the glaciers are shrinking faster than expected.').join()).toMatch(/experts/);
  });

  it('should not make a group of citizens named by a demonym', () => {
    expect(groupsOf('Kyrgyz citizens crossed the border to work in the fields.')).toEqual([]);
  });

  it('should not count what a question asks a group to do', () => {
    expect(groupsOf('How should foreign governments respond to the arrests?')).toEqual([]);
  });

  it('should find the West acting in a headline', () => {
    expect(groupsOf('The West Has Lost Interest in the Caspian\n\nDiplomats in Baku say attention has shifted elsewhere.')).toContain('the West');
  });
});
