/**
 * Synthetic corpus for the extraction benchmark: 1,000 varied articles (news with quotes, Q&A
 * interviews, analysis pieces), 300–1,500 words each, mixing real gazetteer-like names (states,
 * cities, international bodies) with invented people and organisations. A seeded PRNG makes
 * every run produce the same corpus, so figures from two runs are comparable. Nothing is
 * committed: the corpus lives in memory, or in a temporary folder when run as a script:
 *
 *   npx tsx bench/generate-corpus.ts [--count 1000] [--seed 42] [--out /tmp/kg-corpus]
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Genre = 'news' | 'interview' | 'analysis';

export interface SyntheticArticle {
  /** File name the article would have on disk (the extension picks the reader's format). */
  name: string;
  genre: Genre;
  text: string;
  words: number;
}

export interface CorpusOptions {
  count: number;
  seed: number;
  minWords: number;
  maxWords: number;
}

export const DEFAULT_CORPUS_OPTIONS: CorpusOptions = { count: 1000, seed: 42, minWords: 300, maxWords: 1500 };

import { createRandom } from './seeded-random';

export { createRandom };

const COUNTRIES: [string, string][] = [
  ['Kazakhstan', 'Kazakh'],
  ['Kyrgyzstan', 'Kyrgyz'],
  ['Tajikistan', 'Tajik'],
  ['Uzbekistan', 'Uzbek'],
  ['Turkmenistan', 'Turkmen'],
  ['Afghanistan', 'Afghan'],
  ['Russia', 'Russian'],
  ['China', 'Chinese'],
  ['Iran', 'Iranian'],
  ['Mongolia', 'Mongolian'],
  ['Azerbaijan', 'Azerbaijani'],
  ['Turkey', 'Turkish'],
];
const CITIES = [
  'Almaty',
  'Astana',
  'Bishkek',
  'Osh',
  'Dushanbe',
  'Khujand',
  'Tashkent',
  'Samarkand',
  'Ashgabat',
  'Moscow',
  'Kabul',
  'Shymkent',
  'Karakol',
  'Nukus',
  'Termez',
  'Urumqi',
];
const REGIONS = ['Central Asia', 'the Fergana Valley', 'Gorno-Badakhshan', 'Karakalpakstan', 'the Batken region', 'the Caspian region'];
const BODIES = [
  'the OSCE',
  'the United Nations',
  'the CSTO',
  'the Shanghai Cooperation Organisation',
  'the Eurasian Economic Union',
  'the European Union',
  'the CIS',
  'the World Bank',
  'the Asian Development Bank',
  'the UN Human Rights Council',
  'Human Rights Watch',
  'Amnesty International',
  'the International Monetary Fund',
  'UNICEF',
];
const MINISTRIES = [
  'Ministry of Internal Affairs',
  'Ministry of Foreign Affairs',
  'Ministry of Energy',
  'Ministry of Justice',
  'Ministry of Culture and Information',
  'State Committee for National Security',
  "Prosecutor General's Office",
];
const FIRST = [
  'Aibek',
  'Aigerim',
  'Nurlan',
  'Dilnoza',
  'Farrukh',
  'Madina',
  'Rustam',
  'Zarina',
  'Timur',
  'Gulnara',
  'Bakhyt',
  'Saule',
  'Jasur',
  'Nodira',
  'Erlan',
  'Kamila',
  'Daniyar',
  'Malika',
  'Azamat',
  'Svetlana',
  'Olzhas',
  'Feruza',
  'Ilkhom',
  'Asel',
];
const SYLL = ['tok', 'bek', 'sul', 'tan', 'kar', 'im', 'nur', 'ali', 'mur', 'zak', 'yol', 'dash', 'shir', 'am', 'ra', 'sha', 'kul', 'bay', 'ota', 'mir'];
const SUFFIX = ['ov', 'ova', 'bekov', 'bekova', 'aliev', 'alieva', 'zoda', 'uly', 'kyzy', 'baev', 'baeva', 'shev'];
const ORG_HEAD = ['Centre for', 'Institute of', 'Foundation for', 'Bureau of', 'Council on', 'Network for', 'Coalition for'];
const ORG_TOPIC = [
  'Civic Monitoring',
  'Water Policy',
  'Media Freedom',
  'Legal Aid',
  'Economic Prospects',
  'Migration Studies',
  'Regional Security',
  'Open Governance',
  'Energy Transition',
];
const OUTLETS = ['Steppe Herald', 'Silk Road Monitor', 'Pamir Daily', 'Caspian Wire', 'Kun Media', 'Tien Shan Post', 'Oasis News'];
const GROUPS = [
  'human rights defenders',
  'journalists',
  'civil society',
  'the opposition',
  'labour migrants',
  'protesters',
  'farmers',
  'independent media',
  'security forces',
  'detainees',
  'students',
  'local residents',
];
const ROLES = ['spokesperson for the', 'deputy head of the', 'senior adviser at the', 'director of the', 'a researcher at the', 'chair of the', 'a lawyer with the'];
const TOPICS = [
  'the border dispute',
  'water sharing',
  'the new media law',
  'electricity shortages',
  'labour migration',
  'the gas pipeline',
  'the detention of activists',
  'customs reform',
  'the election campaign',
  'food prices',
  'the hydropower project',
  'freedom of assembly',
];
const SAY = ['said', 'told reporters', 'said in a statement', 'claimed', 'told a news conference', 'wrote on Telegram', 'said in an interview'];
const EVAL_POS = ['welcomed', 'praised', 'supported', 'endorsed', 'applauded'];
const EVAL_NEG = ['criticised', 'condemned', 'rejected', 'denounced', 'questioned'];
const ADJ = ['serious', 'unprecedented', 'long-awaited', 'controversial', 'fragile', 'promising', 'worrying', 'modest'];

interface Cast {
  country: [string, string];
  other: [string, string];
  city: string;
  people: { name: string; role: string; org: string }[];
  ngo: string;
  outlet: string;
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)];
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function inventSurname(rnd: () => number): string {
  const stem = pick(rnd, SYLL) + pick(rnd, SYLL);
  return cap(stem) + pick(rnd, SUFFIX);
}

function castFor(rnd: () => number): Cast {
  const country = pick(rnd, COUNTRIES);
  let other = pick(rnd, COUNTRIES);
  if (other[0] === country[0]) other = COUNTRIES[(COUNTRIES.indexOf(other) + 1) % COUNTRIES.length];
  const ngo = `${pick(rnd, ORG_HEAD)} ${pick(rnd, ORG_TOPIC)}`;
  const people = Array.from({ length: 3 + Math.floor(rnd() * 3) }, () => {
    const org = rnd() < 0.5 ? `${country[1]} ${pick(rnd, MINISTRIES)}` : rnd() < 0.7 ? ngo : pick(rnd, BODIES).replace(/^the /, '');
    return { name: `${pick(rnd, FIRST)} ${inventSurname(rnd)}`, role: pick(rnd, ROLES), org };
  });
  return { country, other, city: pick(rnd, CITIES), people, ngo, outlet: pick(rnd, OUTLETS) };
}

type Sentence = (rnd: () => number, c: Cast) => string;
const surname = (full: string) => full.split(' ').slice(-1)[0];

const NEWS: Sentence[] = [
  (r, c) => {
    const p = pick(r, c.people);
    return `${p.name}, ${p.role} ${p.org}, ${pick(r, SAY)} that ${pick(r, TOPICS)} was "${pick(r, ADJ)}" for ${c.country[0]}.`;
  },
  (r, c) => {
    const p = pick(r, c.people);
    return `"We will not accept ${pick(r, TOPICS)} on these terms," ${surname(p.name)} ${pick(r, SAY)}.`;
  },
  (r, c) => `The ${c.country[1]} authorities ${pick(r, EVAL_NEG)} the statement by ${pick(r, BODIES)} on ${pick(r, TOPICS)}.`,
  (r, c) => {
    const p = pick(r, c.people);
    return `According to ${surname(p.name)}, ${pick(r, GROUPS)} in ${c.city} have been waiting for months for a decision on ${pick(r, TOPICS)}.`;
  },
  (r, c) => `The ${c.city}-based ${c.ngo} ${pick(r, EVAL_POS)} the decision, calling it "a ${pick(r, ADJ)} step".`,
  (r, c) => `Officials in ${c.other[0]} declined to comment, but ${c.other[1]} media reported that talks on ${pick(r, TOPICS)} would resume in ${pick(r, CITIES)} next month.`,
  (r, c) => {
    const p = pick(r, c.people);
    return `"The government must release the ${pick(r, GROUPS)} immediately and stop intimidating ${pick(r, GROUPS)}," said ${p.name}.`;
  },
  (r, c) => `${cap(pick(r, BODIES))} urged ${c.country[0]} and ${c.other[0]} to resolve ${pick(r, TOPICS)} through dialogue.`,
  (r, c) => `Police in ${c.city} detained ${2 + Math.floor(r() * 40)} people on ${pick(r, ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}, ${c.outlet} reported.`,
  (r, c) => {
    const p = pick(r, c.people);
    return `${surname(p.name)} told reporters that ${pick(r, GROUPS)} had been ${pick(r, ['harassed', 'fined', 'questioned', 'ignored'])} during ${pick(r, TOPICS)}.`;
  },
  (r, c) => `The ${pick(r, MINISTRIES)} of ${c.country[0]} said the measures were lawful and "temporary".`,
  (r) => `Analysts in ${pick(r, CITIES)} expect ${pick(r, TOPICS)} to dominate the agenda of the next summit of ${pick(r, BODIES)}.`,
];

const ANALYSIS: Sentence[] = [
  (r, c) => `For ${c.country[0]}, ${pick(r, TOPICS)} is no longer a technical question but a political one.`,
  (r) => `The record of ${pick(r, BODIES)} in ${pick(r, REGIONS)} has been ${pick(r, ADJ)} at best.`,
  (r, c) => `${c.other[0]} has tried to present itself as a mediator, yet its own ${pick(r, TOPICS)} remains unresolved.`,
  (r, c) => `Three decades after independence, ${c.country[1]} policy on ${pick(r, TOPICS)} still follows Soviet habits.`,
  (r, c) => `Neither ${c.country[0]} nor ${c.other[0]} has an interest in a prolonged conflict over ${pick(r, TOPICS)}.`,
  (r) => `Investors in ${pick(r, CITIES)} and ${pick(r, CITIES)} are watching closely, and so is ${pick(r, BODIES)}.`,
  (r) => `The real losers are ${pick(r, GROUPS)}, who bear the cost of every failed negotiation.`,
  (r) => `It would be a mistake to read the latest agreement as a turning point for ${pick(r, REGIONS)}.`,
  (_r, c) => `What ${c.country[0]} needs is an institution with a budget, data that all sides trust, and a dispute procedure.`,
  (r) => `Unless ${pick(r, BODIES)} changes course, ${pick(r, TOPICS)} will remain the ${pick(r, ADJ)} issue of the decade.`,
];

function interviewTurn(r: () => number, c: Cast): string {
  const q = [
    `Q: How do you assess ${pick(r, TOPICS)} in ${c.country[0]}?`,
    `Q: What should ${pick(r, BODIES)} do about ${pick(r, TOPICS)}?`,
    `Q: Is ${c.other[0]} a partner or a rival for ${c.country[0]}?`,
    `Q: What happens to ${pick(r, GROUPS)} now?`,
  ];
  const a = Array.from({ length: 2 + Math.floor(r() * 4) }, () =>
    pick(r, [
      () => `We have documented ${10 + Math.floor(r() * 200)} cases in ${c.city} alone.`,
      () => `I think the authorities in ${c.country[0]} ${pick(r, ['underestimate', 'ignore', 'exaggerate'])} ${pick(r, TOPICS)}.`,
      () => `${cap(pick(r, BODIES))} has been ${pick(r, ADJ)} in its response, and that is ${pick(r, ['welcome', 'disappointing', 'understandable'])}.`,
      () => `The ${c.other[1]} side ${pick(r, EVAL_NEG)} our proposal, but we remain open to talks.`,
      () => `Our ${c.ngo} will keep working with ${pick(r, GROUPS)} in ${pick(r, REGIONS)}.`,
      () => `I am ${pick(r, ['cautiously optimistic', 'pessimistic', 'worried'])} about ${pick(r, TOPICS)}.`,
    ])(),
  ).join(' ');
  return `${pick(r, q)}\n\nA: ${a}`;
}

function paragraph(r: () => number, c: Cast, pool: readonly Sentence[]): string {
  return Array.from({ length: 2 + Math.floor(r() * 4) }, () => pick(r, pool)(r, c)).join(' ');
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** One article of the given genre, grown paragraph by paragraph up to its target length. */
export function generateArticle(rnd: () => number, index: number, genre: Genre, targetWords: number): SyntheticArticle {
  const c = castFor(rnd);
  const guest = c.people[0];
  const title =
    genre === 'interview'
      ? `${guest.name}: "${cap(pick(rnd, TOPICS))} is a test for ${c.country[0]}"`
      : genre === 'news'
        ? `${c.country[0]}: ${pick(rnd, TOPICS)} draws criticism from ${pick(rnd, GROUPS)}`
        : `Why ${pick(rnd, TOPICS)} matters for ${pick(rnd, REGIONS)}`;
  const parts: string[] = [title];
  if (genre === 'news') parts.push(`${c.city.toUpperCase()}, ${1 + Math.floor(rnd() * 28)} ${pick(rnd, ['March', 'June', 'October'])} 2025 – ${paragraph(rnd, c, NEWS)}`);
  if (genre === 'interview') parts.push(`${c.outlet} spoke with ${guest.name}, ${guest.role} ${guest.org}, about ${pick(rnd, TOPICS)}.`);
  if (genre === 'analysis') parts.push(`By ${c.people[1].name}`);
  let words = countWords(parts.join(' '));
  while (words < targetWords) {
    const next = genre === 'news' ? paragraph(rnd, c, NEWS) : genre === 'analysis' ? paragraph(rnd, c, ANALYSIS) : interviewTurn(rnd, c);
    parts.push(next);
    words += countWords(next);
  }
  const ext = rnd() < 0.85 ? 'txt' : 'md';
  const text = ext === 'md' ? `# ${parts[0]}\n\n${parts.slice(1).join('\n\n')}\n` : `${parts.join('\n\n')}\n`;
  return { name: `synthetic-${String(index).padStart(4, '0')}-${genre}.${ext}`, genre, text, words: countWords(text) };
}

/** The whole corpus, in memory. Same options, same articles. */
export function generateCorpus(options: Partial<CorpusOptions> = {}): SyntheticArticle[] {
  const o = { ...DEFAULT_CORPUS_OPTIONS, ...options };
  const rnd = createRandom(o.seed);
  const genres: Genre[] = ['news', 'interview', 'analysis'];
  return Array.from({ length: o.count }, (_, i) => {
    const genre = genres[i % genres.length];
    const target = o.minWords + Math.floor(rnd() * (o.maxWords - o.minWords - 60));
    return generateArticle(rnd, i, genre, target);
  });
}

function argValue(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const corpus = generateCorpus({ count: Number(argValue(argv, '--count') ?? 1000), seed: Number(argValue(argv, '--seed') ?? 42) });
  const out = argValue(argv, '--out') ?? mkdtempSync(join(tmpdir(), 'kg-corpus-'));
  mkdirSync(out, { recursive: true });
  for (const article of corpus) writeFileSync(join(out, article.name), article.text);
  const words = corpus.reduce((n, a) => n + a.words, 0);
  process.stdout.write(`wrote ${corpus.length} articles (${words} words) to ${out}\n`);
}
