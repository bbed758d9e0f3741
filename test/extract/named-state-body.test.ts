import { readAndExtract } from '../helpers/read-and-extract';
import { stancesOf } from '../helpers/stances-of';

const about = (text: string) => stancesOf(text).map((s) => `${s.holder} -> ${s.target}`);

describe('a generic body name in a text that names the body in full', () => {
  const TASHKENT = `Tashkent on the unrest in Kazakhstan

TASHKENT – The Ministry of Foreign Affairs of Uzbekistan issued a statement on the events in Kazakhstan on Tuesday. The Foreign Ministry condemned the attacks on Uzbek lorry drivers near Almaty. The MFA also called on Kazakhstan to protect foreign citizens.`;

  it('should read "the Foreign Ministry" and "the MFA" as the ministry named in full, not the focus country’s', () => {
    const { x } = readAndExtract(TASHKENT);
    const labels = x.entities.map((e) => e.label);
    expect(labels).toContain('Ministry of Foreign Affairs of Uzbekistan');
    expect(labels).not.toContain('Foreign Ministry');
    expect(labels).not.toContain('MFA');
    expect(labels).not.toContain('Ministry of Foreign Affairs of Kazakhstan');
    expect(about(TASHKENT)).toContain('Ministry of Foreign Affairs of Uzbekistan -> Kazakhstan');
  });

  it('should read "Parliament" as the European Parliament the text named before', () => {
    const text = `MEPs on Turkmenistan

On Thursday the European Parliament adopted a resolution on Turkmenistan. Parliament strongly condemns the persecution of journalists by the Turkmen authorities.`;
    expect(about(text)).toContain('European Parliament -> Government of Turkmenistan');
    expect(readAndExtract(text).x.entities.map((e) => e.label)).not.toContain('Mejlis');
  });

  it('should leave "the government" to the country in focus even when another government is named', () => {
    const text = `Uzbekistan opens new routes for its workers

TASHKENT – Uzbekistan sends more workers to Germany and South Korea. Aziz Karimov, a migration researcher in Tashkent, said the Russian government ignores migrants, but the government has done well to open new routes.`;
    const { x } = readAndExtract(text);
    expect(x.entities.map((e) => e.label)).toContain('Government of Uzbekistan');
  });

  it('should keep two ministries named in full apart, and a generic name with them unlinked', () => {
    const text = `Ministers meet

ASTANA – The Ministry of Foreign Affairs of Kazakhstan and the Ministry of Foreign Affairs of Kyrgyzstan met on Monday. The Foreign Ministry later praised the talks.`;
    const labels = readAndExtract(text).x.entities.map((e) => e.label);
    expect(labels).toEqual(expect.arrayContaining(['Ministry of Foreign Affairs of Kazakhstan', 'Ministry of Foreign Affairs of Kyrgyzstan']));
  });
});
