import { extractDocument } from '../../src/extract/extract-document';
import { docFromText } from '../helpers/doc-from-text';

function entitiesOf(text: string) {
  return extractDocument(docFromText(text, 'inline/mentions.txt')).entities;
}

describe('finding mentions', () => {
  it('should find an organisation that no gazetteer knows from the noun before it', () => {
    const e = entitiesOf('The human rights group Sanaly Qogam called on the authorities of Kazakhstan to act. Sanaly Qogam said more arrests were likely.');
    expect(e.find((x) => x.label === 'Sanaly Qogam')?.kind).toBe('Organisation');
  });

  it('should not take a role written alone for a person', () => {
    const e = entitiesOf('Ivar Dale, Senior Policy Adviser at the Norwegian Helsinki Committee, criticised the verdict.');
    expect(e.map((x) => x.label)).not.toContain('Senior Policy Adviser');
  });

  it('should not start a name with a capitalised word that opens the sentence', () => {
    const e = entitiesOf('Leading Kazakh lawyer Aigul Serikova condemned the verdict.');
    expect(e.map((x) => x.label)).toContain('Aigul Serikova');
    expect(e.map((x) => x.label)).not.toContain('Leading Kazakh');
  });

  it('should stop an organisation name before "in" and a place', () => {
    const e = entitiesOf('Police searched Tash Media in Osh and Batken on Friday, and Tash Media condemned the searches.');
    expect(e.map((x) => x.label)).toContain('Tash Media');
  });

  it('should read "Washington will" as the United States and "in Washington" as the city', () => {
    const labels = entitiesOf('I hope Washington will listen, an activist said in Almaty.').map((x) => x.label);
    expect(labels).toContain('United States');
  });

  it('should find an event named by its month, tied to its country', () => {
    const x = extractDocument(docFromText('The human rights defenders condemned the March protests in Karakalpakstan and criticised the government.', 'inline/event.txt'));
    expect(x.entities.some((e) => e.kind === 'Event' && /March protests/.test(e.label))).toBe(true);
  });
});
