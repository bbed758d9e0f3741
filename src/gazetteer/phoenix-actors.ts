/**
 * PETRARCH2's Phoenix actor dictionaries (MIT, Open Event Data Alliance) read as gazetteer
 * people: the office holders of Central Asia and its neighbours, with their dated roles. Pure:
 * dictionary text and the existing entries in, entries and a tally out; the script
 * `scripts/convert-phoenix-actors.ts` does the reading and writing.
 *
 * A record of the dictionary (format in `vendor/petrarch2/dictionaries.rst`):
 *
 *     AIBEK_SULTANOV_  # CountryInfo.txt      primary phrase, words joined by "_"
 *     +AIBEK_SULTANOVICH_SULTANOV_            synonyms
 *         [KGZELI 700101-050324]              dated codes: <date, >date, date-date (YYMMDD or YYYYMMDD)
 *         [KGZGOV >050324]
 */
import type { GazetteerEntry, GazetteerRole, PersonEntry } from '../../schema/gazetteer';
import { nameKey } from './normalise-surface';

/** One dictionary record as written. */
export interface PhoenixActor {
  name: string;
  synonyms: string[];
  /** Dated codes; a code without dates applies whenever no dated one does. */
  codes: { code: string; from?: string; to?: string }[];
  /** 1-based line of the primary phrase, for messages. */
  line: number;
}

/** Three-letter Phoenix country codes of the region and its neighbours, with the gazetteer label of each. */
export const PHOENIX_COUNTRIES: Readonly<Record<string, string>> = {
  KAZ: 'Kazakhstan',
  KGZ: 'Kyrgyzstan',
  TJK: 'Tajikistan',
  TKM: 'Turkmenistan',
  UZB: 'Uzbekistan',
  RUS: 'Russia',
  CHN: 'China',
  AFG: 'Afghanistan',
  IRN: 'Iran',
  AZE: 'Azerbaijan',
  MNG: 'Mongolia',
  PAK: 'Pakistan',
};

/** CAMEO agent codes (`Phoenix.agents.txt`) as the words of a role: KGZGOVMIL -> "government (military)". */
const AGENTS: Readonly<Record<string, string>> = {
  GOV: 'government',
  ELI: 'elite',
  MIL: 'military',
  LEG: 'legislature',
  JUD: 'judiciary',
  OPP: 'opposition',
  PTY: 'political party',
  BUS: 'business',
  EDU: 'education',
  HLH: 'health',
  AGR: 'agriculture',
  MED: 'media',
  ENV: 'environment',
  LAB: 'labour',
  DEV: 'development',
  SPY: 'intelligence',
  COP: 'police',
  CRM: 'criminal',
  REF: 'refugees',
  HRI: 'human rights',
  REL: 'religion',
  CVL: 'civilian',
  REB: 'rebels',
  INS: 'insurgents',
  IGO: 'intergovernmental organisation',
  NGO: 'non-governmental organisation',
  UAF: 'armed forces',
  MOD: 'moderate',
  RAD: 'radical',
};

/** "Tajikistan government official (military)" for "TJKGOVMIL"; undefined for codes outside the region or without an agent. */
export function roleTitleOf(code: string): string | undefined {
  const country = PHOENIX_COUNTRIES[code.slice(0, 3)];
  const agents = (code.slice(3).match(/.{3}/g) ?? []).map((a) => AGENTS[a]);
  if (!country || agents.length === 0 || agents.some((a) => a === undefined)) return undefined;
  const [first, ...rest] = agents as string[];
  const head = first === 'government' ? 'government official' : first === 'elite' ? 'political figure' : first;
  return rest.length > 0 ? `${head} (${rest.join(', ')})` : head;
}

/**
 * A Phoenix date as ISO: "050324" -> "2005-03-24", "19471231" -> "1947-12-31". Two-digit years
 * up to 30 are this century: the dictionaries were compiled in 2014 and hold births before 1930 in
 * four digits.
 */
export function phoenixDate(raw: string): string | undefined {
  const m = /^(\d{2}|\d{4})(\d{2})(\d{2})$/.exec(raw);
  if (!m) return undefined;
  const year = m[1]!.length === 4 ? m[1]! : `${Number(m[1]) <= 30 ? '20' : '19'}${m[1]}`;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${m[2]}-${m[3]}`;
}

function parseCode(body: string): PhoenixActor['codes'][number] | undefined {
  const m = /^([A-Z]{3,15})(?:\s+(.+))?$/.exec(body.trim());
  if (!m) return undefined;
  const code = m[1]!;
  const when = m[2]?.trim();
  if (!when) return { code };
  let r: RegExpExecArray | null;
  if ((r = /^<(\d+)$/.exec(when))) return { code, ...opt('to', phoenixDate(r[1]!)) };
  if ((r = /^>(\d+)$/.exec(when))) return { code, ...opt('from', phoenixDate(r[1]!)) };
  if ((r = /^(\d+)-(\d+)$/.exec(when))) return { code, ...opt('from', phoenixDate(r[1]!)), ...opt('to', phoenixDate(r[2]!)) };
  return undefined;
}

function opt<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

/** Parse an actor dictionary into its records, comments and blank lines dropped. */
export function parsePhoenixActors(text: string): PhoenixActor[] {
  const out: PhoenixActor[] = [];
  let current: PhoenixActor | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/\s+[#;].*$/, '').replace(/^[#;].*$/, '');
    if (line.trim() === '') return;
    if (/^\s/.test(line)) {
      const m = /^\s+\[([^\]]+)\]/.exec(line);
      const code = m ? parseCode(m[1]!) : undefined;
      if (current && code) current.codes.push(code);
      return;
    }
    if (line.startsWith('+')) {
      if (current) current.synonyms.push(line.slice(1).trim());
      return;
    }
    const m = /^(\S+)\s*(?:\[([^\]]+)\])?/.exec(line);
    if (!m) return;
    current = { name: m[1]!, synonyms: [], codes: [], line: index + 1 };
    const code = m[2] ? parseCode(m[2]) : undefined;
    if (code) current.codes.push(code);
    out.push(current);
  });
  return out;
}

const PARTICLES = new Set(['al', 'el', 'ul', 'bin', 'ibn', 'de', 'van', 'von', 'der', 'ud', 'din']);

/** "ABDUL_GHANI_AL_RASHID_" -> "Abdul Ghani al Rashid"; hyphenated parts are capitalised each. */
export function phraseToName(phrase: string): string {
  const words = phrase
    .replace(/_+$/, '')
    .split(/_+/)
    .filter((w) => w !== '');
  return words
    .map((w, k) => {
      const lower = w.toLowerCase();
      if (k > 0 && k < words.length - 1 && PARTICLES.has(lower)) return lower;
      return lower.replace(/(^|[-'])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
    })
    .join(' ');
}

export interface ConversionTally {
  /** People written as new entries. */
  added: number;
  /** Phoenix people already in the gazetteer (same name, or same surname, country and first name): not duplicated. */
  merged: string[];
  /** Names dropped because another entry already claims them. */
  droppedNames: number;
}

/** What the converter needs to know of the gazetteer it adds to. */
export interface ExistingGazetteer {
  entries: readonly GazetteerEntry[];
  /** Lower-case title words and phrases ("president", "prime minister"): a synonym that is a title plus a name is not a name. */
  titles: ReadonlySet<string>;
  /** Lower-case organisation head words: a phrase with one is a body, not a person. */
  orgHeadWords: ReadonlySet<string>;
  /** Lower-case honorifics without dots ("mr", "mullah"): never the first word of a name. */
  honorifics: ReadonlySet<string>;
}

function namesOf(entry: GazetteerEntry): string[] {
  return [entry.label, ...entry.aliases, ...entry.acronyms];
}

function countryRefOf(entries: readonly GazetteerEntry[], label: string): string {
  const country = entries.find((e) => e.kind === 'Country' && e.label === label);
  return country?.id ?? label;
}

/**
 * Turn actor records into person entries for the region's office holders. People the gazetteer
 * already has are not added again; no entry gets a QID (Phoenix has none, and a guessed one
 * would merge strangers); names another entry claims are dropped, so the result loads without
 * conflicts.
 */
export function convertPhoenixActors(actors: readonly PhoenixActor[], existing: ExistingGazetteer): { entries: PersonEntry[]; tally: ConversionTally } {
  const claimed = new Map<string, GazetteerEntry | PersonEntry>();
  for (const e of existing.entries) for (const n of namesOf(e)) claimed.set(nameKey(n), e);
  const people = existing.entries.filter((e): e is PersonEntry => e.kind === 'Person');
  const tally: ConversionTally = { added: 0, merged: [], droppedNames: 0 };
  const byLabel = new Map<string, PersonEntry>();

  /** "Mullah Mohammad Rabbani" -> "Mohammad Rabbani": an honorific is not part of a name. */
  const withoutHonorific = (name: string): string => {
    const words = name.split(' ');
    return words.length > 2 && existing.honorifics.has(nameKey(words[0]!)) ? words.slice(1).join(' ') : name;
  };
  const isPersonName = (name: string): boolean => {
    const words = nameKey(name).split(' ');
    if (existing.honorifics.has(words[0]!)) return false;
    if (words.length < 2 || words.length > 5) return false;
    if (words.some((w) => existing.orgHeadWords.has(w) || /\d/.test(w))) return false;
    // "President Nazarbayev", "Prime Minister X": a synonym with a title is a way of writing the name, not a name.
    for (let k = 0; k < words.length; k++) for (let n = 1; n <= 3 && k + n <= words.length; n++) if (existing.titles.has(words.slice(k, k + n).join(' '))) return false;
    return true;
  };
  /** The gazetteer's person for this name: same name, or same country, surname and first-name start ("Kasym"/"Kassym"). */
  const knownPerson = (names: readonly string[], country: string): PersonEntry | undefined => {
    for (const n of names) {
      const hit = claimed.get(nameKey(n));
      if (hit && hit.kind === 'Person') return hit as PersonEntry;
    }
    for (const n of names) {
      const words = nameKey(n).split(' ');
      const last = words[words.length - 1]!;
      const first = words[0]!.slice(0, 3);
      const same = people.find(
        (p) =>
          p.country === country &&
          [p.label, ...p.aliases].some((a) => {
            const w = nameKey(a).split(' ');
            return w.length >= 2 && w[w.length - 1] === last && w[0]!.slice(0, 3) === first;
          }),
      );
      if (same) return same;
    }
    return undefined;
  };

  for (const actor of actors) {
    const roles: GazetteerRole[] = [];
    const countries = new Map<string, number>();
    // A code without dates is the dictionary's fallback for the times no dated code covers; next
    // to dated codes it would read as "at all times" and is left out.
    const dated = actor.codes.some((c) => c.from || c.to);
    for (const c of actor.codes) {
      if (dated && !c.from && !c.to) continue;
      const title = roleTitleOf(c.code);
      if (!title) continue;
      const label = PHOENIX_COUNTRIES[c.code.slice(0, 3)]!;
      const of = countryRefOf(existing.entries, label);
      countries.set(of, (countries.get(of) ?? 0) + 1);
      roles.push({ title, of, code: c.code, ...(c.from ? { from: c.from } : {}), ...(c.to ? { to: c.to } : {}) });
    }
    if (roles.length === 0) continue;
    const label = withoutHonorific(phraseToName(actor.name));
    if (!isPersonName(label)) continue;
    const country = [...countries.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const synonyms = actor.synonyms.map((s) => withoutHonorific(phraseToName(s))).filter(isPersonName);
    const known = knownPerson([label, ...synonyms], country);
    if (known) {
      if (!tally.merged.includes(known.label)) tally.merged.push(known.label);
      continue;
    }
    const same = byLabel.get(nameKey(label));
    if (same) {
      // The same person listed under two countries (a Soviet official under Russia and Kazakhstan): one entry, all roles.
      for (const r of roles) if (!same.roles.some((o) => o.code === r.code && o.from === r.from && o.to === r.to)) same.roles.push(r);
      continue;
    }
    if (claimed.has(nameKey(label))) {
      tally.droppedNames++;
      continue;
    }
    const aliases: string[] = [];
    for (const s of synonyms) {
      const key = nameKey(s);
      if (key === nameKey(label) || aliases.some((a) => nameKey(a) === key)) continue;
      if (claimed.has(key)) {
        tally.droppedNames++;
        continue;
      }
      aliases.push(s);
    }
    const entry: PersonEntry = {
      kind: 'Person',
      label,
      aliases,
      acronyms: [],
      country,
      roles,
      description: `${roles[roles.length - 1]!.title} of ${PHOENIX_COUNTRIES[roles[roles.length - 1]!.code!.slice(0, 3)]} (Phoenix actor dictionary)`,
    };
    for (const n of [label, ...aliases]) claimed.set(nameKey(n), entry);
    byLabel.set(nameKey(label), entry);
    tally.added++;
  }
  const entries = [...byLabel.values()].sort((a, b) => (a.country! < b.country! ? -1 : a.country! > b.country! ? 1 : a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  for (const e of entries) e.roles.sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
  return { entries, tally };
}
