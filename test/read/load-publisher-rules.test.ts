import { detectPublisher } from '../../src/read/detect-publisher';
import { loadPublisherRules, parsePublisherRules } from '../../src/read/load-publisher-rules';
import { isFurniture } from '../../src/read/classify-blocks';
import { errorOf } from './helpers';

const rules = loadPublisherRules();
const byName = (name: string) => rules.find((r) => r.shortName === name)!;
const generic = rules.filter((r) => r.publisher === null);

describe('publisher rule files', () => {
  it('should load a generic file and at least three publishers, all valid', () => {
    expect(generic).toHaveLength(1);
    expect(
      rules
        .filter((r) => r.publisher !== null)
        .map((r) => r.shortName)
        .sort(),
    ).toEqual(expect.arrayContaining(['CABAR.asia', 'Eurasianet', 'RFE/RL']));
  });

  it('should name CABAR.asia in full with its site', () => {
    expect(byName('CABAR.asia')).toMatchObject({ publisher: 'CABAR.asia – Central Asian Bureau for Analytical Reporting', url: 'https://cabar.asia' });
  });

  it.each([
    ['© CABAR - Central Asian Bureau for Analytical Reporting', 'CABAR.asia'],
    ['Please make active links to the source, when using materials from this website', 'CABAR.asia'],
    ['If you have found a spelling error, please, notify us by selecting that text and pressing Ctrl+Enter.', 'CABAR.asia'],
    ['Spelling error report', 'CABAR.asia'],
    ['The following text will be sent to our editors:', 'CABAR.asia'],
    ['Copyright (c) 2022. RFE/RL, Inc. Used with the permission of Radio Free Europe/Radio Liberty', 'RFE/RL'],
    ['Eurasianet is an independent news organization that covers news from and about Central Asia.', 'Eurasianet'],
    ['Enjoying this article? Click here to subscribe for full access. Just $5 a month.', 'The Diplomat'],
  ])('should drop "%s" under the %s rules', (line, publisher) => {
    expect(isFurniture(line, [byName(publisher)])).toBe(true);
  });

  it.each([
    'All rights reserved.',
    '© 2024 Vlast.kz',
    'Copyright 2023 Kloop Media',
    'Photo: NRK',
    'Share this article',
    'Subscribe to our newsletter',
    'Read also: Protests in Almaty',
    'Tags: Kazakhstan, protests',
    'PRESS RELEASE',
    'Media contact: press office',
  ])('should drop "%s" under the generic rules', (line) => {
    expect(isFurniture(line, generic)).toBe(true);
  });

  it.each([
    'Ivar Dale. Photo: NRK',
    'Subscribers to the channel grew to a million after the blockade.',
    'The photographer was detained in Almaty.',
    'Share prices of Kazakh banks fell.',
    'Copyright law in Kazakhstan was amended in 2023.',
    'The authorities should let them work and not intimidate NGO staff or hinder their activities.',
  ])('should keep the content line "%s"', (line) => {
    expect(isFurniture(line, rules)).toBe(false);
  });

  it('should report every problem of a bad rules file at once', () => {
    const result = parsePublisherRules('bad.json', JSON.stringify({ publisher: 'X', url: 'not a url', dropLines: [{ pattern: '(' }] }));
    expect(result.rules).toBeUndefined();
    expect(result.problems).toEqual([expect.stringContaining('bad.json: url'), expect.stringContaining('bad.json: dropLines[0].pattern: not a valid regular expression')]);
  });

  it('should refuse a missing rules folder with E_METADATA', () => {
    expect(errorOf(() => loadPublisherRules('/nonexistent/publishers')).code).toBe('E_METADATA');
  });
});

describe('detectPublisher', () => {
  it('should match by metadata name, URL host, site name and copyright line', () => {
    expect(detectPublisher(rules, { publisher: 'CABAR.asia – Central Asian Bureau for Analytical Reporting', plain: '' })?.shortName).toBe('CABAR.asia');
    expect(detectPublisher(rules, { url: 'https://www.rferl.org/a/kazakhstan/123.html', plain: '' })?.shortName).toBe('RFE/RL');
    expect(detectPublisher(rules, { url: 'https://rus.azattyq.org/a/1.html', plain: '' })?.shortName).toBe('RFE/RL');
    expect(detectPublisher(rules, { siteName: 'Eurasianet', plain: '' })?.shortName).toBe('Eurasianet');
    expect(detectPublisher(rules, { plain: '© CABAR - Central Asian Bureau for Analytical Reporting\nText' })?.shortName).toBe('CABAR.asia');
  });

  it('should not take a publisher merely mentioned in the text', () => {
    expect(detectPublisher(rules, { plain: 'Title\n\nRFE/RL reported that CABAR.asia and Eurasianet were blocked.\n' })).toBeNull();
  });
});
