import { stancesOf } from '../helpers/stances-of';

describe('an act of force against an ill', () => {
  it('should accuse no one of fighting terrorism and drug trafficking, and take no tone from those words', () => {
    const found = stancesOf('Media report\n\nBISHKEK – Aida Bekova said Kyrgyzstan and Kazakhstan were fighting international terrorism and drug trafficking together.');
    expect(found).toEqual([]);
  });

  it('should still read force used against people as an accusation', () => {
    const found = stancesOf('Media report\n\nBISHKEK – Aida Bekova said the police fought the protesters in the square.').map((s) => `${s.holder} -> ${s.target} ${s.polarity}`);
    expect(found).toContain('Aida Bekova -> Government of Kyrgyzstan oppose');
  });
});
