import { readAndExtract } from '../helpers/read-and-extract';
import { EVENT_ENTRIES } from '../../src/extract/find-events';
import { statedDate } from '../../src/extract/event-date';

const eventsOf = (text: string) => {
  const r = readAndExtract(text);
  return { ...r, events: r.x.events ?? [] };
};

describe('findEvents', () => {
  it('should read a participle straight after its subject, with no object, as passive: "Two bloggers detained in Osh"', () => {
    const { events, idOf } = eventsOf('Two bloggers detained in Osh after a protest\n\nThe families of the two bloggers asked for news on Tuesday.');
    expect(events.find((e) => e.trigger === 'detained')).toMatchObject({ target: idOf('bloggers') });
    expect(events.find((e) => e.trigger === 'detained')?.actor).toBeUndefined();
    // With an object the same form is active.
    const active = eventsOf('Police detained two bloggers in Osh on Monday.').events.find((e) => e.trigger === 'detained');
    expect(active?.target).toBeDefined();
    expect(active?.actor).toBeDefined();
  });

  it('should record "police detained five activists" as an arrest by the police of the activists, with place and date', () => {
    const { events, idOf, doc } = eventsOf('Police detained five activists in Almaty on Monday.');
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({
      code: '173',
      name: 'Arrest, detain, or charge with legal action',
      trigger: 'detained',
      actor: idOf('police'),
      target: idOf('activists'),
      place: idOf('Almaty'),
      date: 'on Monday',
    });
    expect(doc.text.slice(event!.span[0], event!.span[1])).toBe(event!.quote);
    expect(event!.quote).toBe('Police detained five activists in Almaty on Monday');
  });

  it('should read the passive with "by": the agent acts, the subject suffers', () => {
    const { events, idOf } = eventsOf('Five journalists were detained by the police in Bishkek on 12 March.');
    expect(events[0]).toMatchObject({ code: '173', actor: idOf('police'), target: idOf('journalists'), place: idOf('Bishkek'), date: '12 March' });
  });

  it('should leave the actor empty for an implied agent, never giving it to the reporter', () => {
    const { events, idOf } = eventsOf('Several bloggers were jailed in Dushanbe last year.');
    expect(events).toHaveLength(1);
    expect(events[0]!.actor).toBeUndefined();
    expect(events[0]!.target).toBe(idOf('bloggers'));
  });

  it('should find the act inside reported speech and not make the speaker its actor', () => {
    const { events, idOf } = eventsOf('The ministry said police had detained three students in Osh.');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor: idOf('police'), target: idOf('students') });
    expect(events[0]!.quote).toBe('police had detained three students in Osh');
  });

  it('should read "the arrest of X" as an arrest of X', () => {
    const { events, idOf } = eventsOf('The arrest of Aida Bekova shocked her colleagues.');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ code: '173', target: idOf('Aida Bekova'), quote: 'The arrest of Aida Bekova' });
  });

  it('should give an assault its CAMEO code and actor', () => {
    const { events, idOf } = eventsOf('Uzbek troops attacked the protesters near the border.');
    expect(events[0]).toMatchObject({ code: '190', actor: idOf('Uzbek troops'), target: idOf('protesters') });
  });

  it.each([
    ['a denied act', 'Kazakh police did not arrest the protesters.'],
    ['a threat', 'The governor threatened to arrest the protesters.'],
    ['an appeal', 'The union called for the arrest of Timur Asanov.'],
    ['a possibility', 'Police could detain the protesters at any moment.'],
    ['a condition', 'If police detain the protesters, the union will strike.'],
    ['a question', 'Did police detain the protesters?'],
  ])('should record no event for %s', (_what, text) => {
    expect(eventsOf(text).events).toEqual([]);
  });

  it('should key an event by where it is stated, the same on every run', () => {
    const text = 'Police detained five activists in Almaty on Monday.';
    expect(eventsOf(text).events.map((e) => e.id)).toEqual(eventsOf(text).events.map((e) => e.id));
    expect(eventsOf(text).events[0]!.id).toMatch(/^event:[0-9a-f]{20}$/);
  });

  it('should give no stance to whoever reports an arrest in their own words', () => {
    const { x } = eventsOf('The ministry said police had detained three students in Osh.');
    expect(x.stances.filter((s) => s.code === '173')).toEqual([]);
  });

  it('should read only event entries of CAMEO roots 14 to 20', () => {
    expect(EVENT_ENTRIES.length).toBeGreaterThan(50);
    for (const entry of EVENT_ENTRIES) expect(entry.code).toMatch(/^(14|15|16|17|18|19|20)/);
  });
});

describe('statedDate', () => {
  it.each([
    ['Police raided the office on Tuesday.', 'on Tuesday'],
    ['The court jailed him on 3 May 2021.', '3 May 2021'],
    ['They were detained on March 12, 2023.', 'March 12, 2023'],
    ['The strike began in June 2020.', 'in June 2020'],
    ['The raid took place on 2022-01-05.', '2022-01-05'],
  ])('should find the date written in "%s"', (text, date) => {
    expect(statedDate(text)).toBe(date);
  });

  it('should find no date where none is written', () => {
    expect(statedDate('Police detained the protesters.')).toBeUndefined();
  });
});
