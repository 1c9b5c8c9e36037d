/**
 * A generalisation probe for PERSON recall: everyday frames of the kinds general text has (a
 * letter's salutation and sign-off, form fields, chat messages, encyclopedia and news sentences
 * with the person as subject, object or possessor, lists, role nouns, reported speech, captions,
 * signatures, apposition), written here and crossed with invented names of many origins composed
 * from the project's name lexicons (a fixed seeded sample), in both styles: formatted and raw ASR
 * (lower case, no punctuation). Whole pipeline (analyze), PERSON words only.
 *
 * Floors per frame kind and style sit at the measured level (a little below); PERSON_FRAMES=1
 * prints the kind x style table and the misses. The frames were written before any rule was
 * tuned, as a probe of text nobody here wrote.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { spansOf } from '../../../test/helpers/entity-spans.js';
import { readWordList } from '../lexicon-files.js';
import { seededUnit } from '../../../test/helpers/seeded.js';

const rand = seededUnit(20261206);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const title = (w: string): string =>
  w.replace(/(^|[-'])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
const usable = (w: string): boolean => /^[\p{Script=Latin}'-]{3,}$/u.test(w);
const lex = (kind: 'given' | 'family', locale: string): string[] =>
  readWordList(`names/${kind}/${locale}.txt`).filter(usable);

/** An origin: how a name of that country is composed, [given, family] in the order it is written. */
interface Origin {
  given: () => string;
  family: () => string;
  familyFirst?: boolean;
}
const fromLexicon = (given: string, family: string = given, familyFirst = false): Origin => {
  const g = lex('given', given);
  const f = lex('family', family);
  return { given: () => title(pick(g)), family: () => title(pick(f)), familyFirst };
};
// romanised parts for systems without a Latin lexicon here (parts, not people)
const THAI_GIVEN = ['Kittipong', 'Wanida', 'Supachai', 'Arunee', 'Thanakorn', 'Pimchanok', 'Chatchai'];
const THAI_FAMILY = ['Boonyaratana', 'Sirichaikul', 'Thanasombat', 'Wongkittikun', 'Charoensuk', 'Phromphan'];
const ORIGINS: Origin[] = [
  fromLexicon('en'),
  fromLexicon('en_IN'),
  fromLexicon('en_NG'),
  fromLexicon('yo_NG'),
  fromLexicon('en_GH'),
  fromLexicon('zu_ZA'),
  fromLexicon('es_MX'),
  fromLexicon('pt_PT'),
  fromLexicon('fr'),
  fromLexicon('it'),
  fromLexicon('de'),
  fromLexicon('nl'),
  fromLexicon('pl'),
  fromLexicon('cs_CZ'),
  fromLexicon('hu'),
  fromLexicon('ro'),
  fromLexicon('ru-latn'),
  fromLexicon('uk-latn'),
  fromLexicon('tr'),
  fromLexicon('sv'),
  fromLexicon('fi'),
  fromLexicon('hr'),
  fromLexicon('id_ID'),
  fromLexicon('uz_UZ_latin'),
  fromLexicon('zh_CN-latn', 'zh_CN-latn', true),
  fromLexicon('vi', 'vi', true),
  { given: () => pick(THAI_GIVEN), family: () => pick(THAI_FAMILY) },
];

/**
 * Frames by kind. Slots: X a full name, G a given name alone, S a family name alone (after a
 * title); X, Y and Z three different people.
 */
const FRAMES: [kind: string, frame: string][] = [
  ['salutation', 'Dear X,'],
  ['salutation', 'Hi G, hope you are well.'],
  ['salutation', 'Dear Ms S, many thanks for the parcel.'],
  ['salutation', 'Hello G and G2, the tickets are attached.'],
  ['salutation', 'Good morning G, quick question about the rota.'],
  ['sign-off', 'Best wishes, X'],
  ['sign-off', 'Cheers, G'],
  ['sign-off', 'Yours sincerely, X'],
  ['sign-off', 'Thanks again for everything, G'],
  ['sign-off', 'Warm regards, X'],
  ['form field', 'Name: X'],
  ['form field', 'Full name: X'],
  ['form field', 'Applicant: X'],
  ['form field', 'Contact person: X'],
  ['form field', 'Patient name: X'],
  ['form field', 'Account holder: X'],
  ['chat', 'hey G are you coming tonight?'],
  ['chat', 'G can you send me the photos from saturday'],
  ['chat', 'just talked to G, all good'],
  ['chat', 'tell G I said hi'],
  ['chat', 'lol G said the same thing'],
  ['encyclopedia subject', 'X was born in 1962 in a small village.'],
  ['encyclopedia subject', 'X is a retired civil engineer and author.'],
  ['encyclopedia subject', 'In 1998, X founded a small publishing house.'],
  ['encyclopedia subject', 'X won the regional chess title twice.'],
  ['encyclopedia subject', 'After the election X returned to teaching.'],
  ['object', 'The committee appointed X as its chair.'],
  ['object', 'The award was presented to X last year.'],
  ['object', 'Critics praised X for the second novel.'],
  ['object', 'The council elected X in 2004.'],
  ['object', 'She later married X, a violinist.'],
  ['possessor', "X's latest book sold well."],
  ['possessor', "The house belonged to X's grandmother."],
  ['possessor', "We met at X's office on Friday."],
  ['possessor', "I borrowed G's bike again."],
  ['list', 'X, Y and Z signed the letter.'],
  ['list', 'Present: X, Y, Z'],
  ['list', 'The team includes X, Y, and Z.'],
  ['list', 'The winners were X and Y.'],
  ['role noun', 'The plumber X fixed the sink.'],
  ['role noun', 'Our neighbour X has a spare key.'],
  ['role noun', 'Ask your manager X for the form.'],
  ['role noun', 'Coach X praised the players.'],
  ['role noun', 'The lawyer X will call you tomorrow.'],
  ['role noun', 'My landlord X raised the rent.'],
  ['reported speech', '"We are ready," said X.'],
  ['reported speech', 'X said the results were good.'],
  ['reported speech', 'According to X, the road will reopen in May.'],
  ['reported speech', 'X told reporters that the talks had failed.'],
  ['reported speech', 'X added that more staff were needed.'],
  ['caption', 'Pictured: X at the opening.'],
  ['caption', 'Photo: X'],
  ['caption', 'X (left) with Y at the ceremony.'],
  ['caption', 'From left: X, Y and Z.'],
  ['signature', '-- X, Senior Analyst'],
  ['signature', 'Regards, X | Office Manager'],
  ['signature', 'Sent on behalf of X'],
  ['apposition', 'X, a teacher from the north, won the prize.'],
  ['apposition', 'X, 42, was taken to hospital.'],
  ['apposition', 'My colleague, X, will join us.'],
  ['apposition', 'The author, X, lives in the city.'],
  ['greeting', 'Congratulations to X on the new job!'],
  ['greeting', 'Happy birthday G!'],
  ['greeting', 'Thank you X for your help.'],
  ['greeting', 'Meet X, our new intern.'],
  ['greeting', 'Please welcome X to the team.'],
];

const asr = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'\s-]+/gu, ' ')
    .replace(/(^|\s)-+(?=\s|$)/gu, ' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();

interface Sentence {
  text: string;
  /** Word indexes of name words. */
  nameWords: number[];
}

const SLOT = /^([^\p{L}]*)(X|Y|Z|G2|G|S)((?:'s)?[^\p{L}]*)$/u;
/** Fills a frame with names; returns the sentence and the word indexes that belong to names. */
function compose(frame: string, people: Origin[]): Sentence {
  const words: string[] = [];
  const nameWords: number[] = [];
  let next = 0;
  for (const token of frame.split(' ')) {
    const m = SLOT.exec(token);
    if (!m) {
      words.push(token);
      continue;
    }
    const o = people[next++ % people.length]!;
    const [given, family] = [o.given(), o.family()];
    const full = o.familyFirst ? [family, given] : [given, family];
    const slot = m[2]!;
    const name = slot === 'X' || slot === 'Y' || slot === 'Z' ? full : slot === 'S' ? [family] : [given];
    name[0] = `${m[1] ?? ''}${name[0]!}`;
    name[name.length - 1] = `${name[name.length - 1]!}${m[3] ?? ''}`;
    for (const w of name) {
      nameWords.push(words.length);
      words.push(w);
    }
  }
  return { text: words.join(' '), nameWords };
}

/** Raw ASR: the same words without punctuation or case; a word that was only punctuation goes. */
function asAsr(sentence: Sentence): Sentence {
  const words = sentence.text.split(' ');
  const kept: number[] = [];
  const out: string[] = [];
  words.forEach((w, i) => {
    const a = asr(w);
    if (a === '') return;
    kept[i] = out.length;
    out.push(a);
  });
  return { text: out.join(' '), nameWords: sentence.nameWords.map((i) => kept[i]!) };
}

const personWords = (text: string): Set<number> => {
  const hit = new Set<number>();
  for (const c of analyze(sayWords(text))) {
    if (c.type !== 'PERSON') continue;
    for (let i = c.startWord; i < c.endWord; i++) hit.add(i);
  }
  return hit;
};

const SAMPLES = 4;
interface Cell {
  found: number;
  total: number;
}
const cells = new Map<string, Cell>();
const misses: string[] = [];
const add = (key: string, found: number, total: number): void => {
  const c = cells.get(key) ?? { found: 0, total: 0 };
  c.found += found;
  c.total += total;
  cells.set(key, c);
};
for (const [kind, frame] of FRAMES) {
  for (let s = 0; s < SAMPLES; s++) {
    const people = [pick(ORIGINS), pick(ORIGINS), pick(ORIGINS)];
    const formatted = compose(frame, people);
    // the same people written two ways
    for (const style of ['fmt', 'asr'] as const) {
      const { text, nameWords } = style === 'fmt' ? formatted : asAsr(formatted);
      const hit = personWords(text);
      const found = nameWords.filter((i) => hit.has(i)).length;
      add(`${kind}|${style}`, found, nameWords.length);
      add(`all|${style}`, found, nameWords.length);
      if (found < nameWords.length) misses.push(`${kind} ${style}: ${text}`);
    }
  }
}
const recall = (key: string): number => {
  const c = cells.get(key);
  return c && c.total > 0 ? c.found / c.total : 0;
};

if (process.env.PERSON_FRAMES) {
  const kinds = [...new Set(FRAMES.map(([k]) => k)), 'all'];
  for (const k of kinds) {
    console.log(`${k.padEnd(22)} fmt ${recall(`${k}|fmt`).toFixed(2)}  asr ${recall(`${k}|asr`).toFixed(2)}`);
  }
  if (process.env.PERSON_FRAMES === 'misses') console.log(misses.join('\n'));
}

/**
 * Recall floors per frame kind, (fmt, asr): measured on this sample after round 13, a little below
 * (before round 13's rules: object 0.90/0.85, possessor 0.89/0.89, chat asr 0.90, role noun 0.96/0.98;
 * possessor 0.93/0.93 -> 1.00/1.00 with precall13b's possessive before a belonging).
 */
const FLOORS: Record<string, [number, number]> = {
  salutation: [0.98, 0.98],
  'sign-off': [0.98, 0.98],
  'form field': [0.98, 0.98],
  chat: [0.98, 0.93],
  'encyclopedia subject': [0.93, 0.95],
  object: [0.98, 0.93],
  possessor: [0.98, 0.98],
  list: [0.95, 0.97],
  'role noun': [0.98, 0.96],
  'reported speech': [0.98, 0.95],
  caption: [0.98, 0.98],
  signature: [0.98, 0.98],
  apposition: [0.98, 0.98],
  greeting: [0.98, 0.98],
};

describe('names of many origins in everyday frames', () => {
  it.each([...new Set(FRAMES.map(([k]) => k))])('%s: word recall stays above its floor', (kind) => {
    const [fmt, asrFloor] = FLOORS[kind] ?? [0, 0];
    expect(recall(`${kind}|fmt`)).toBeGreaterThanOrEqual(fmt);
    expect(recall(`${kind}|asr`)).toBeGreaterThanOrEqual(asrFloor);
  });

  // exact PERSON word ranges (end exclusive) for a sample of frames, invented names
  const exact: [string, [number, number][]][] = [
    ['Dear Ms Okonjo, many thanks for the parcel.', [[2, 3]]],
    ['Yours sincerely, Teodora Balan', [[2, 4]]],
    ['Patient name: Ruxandra Pelin', [[2, 4]]],
    ['After the election Oskar Lindqvist returned to teaching.', [[3, 5]]],
    ['after the election oskar lindqvist returned to teaching', [[3, 5]]],
    ['The committee appointed Halina Wrobel as its chair.', [[3, 5]]],
    ['According to Bogdan Hrytsenko, the road will reopen in May.', [[2, 4]]],
    ['Pictured: Emeka Adeyemi at the opening.', [[1, 3]]],
    [
      'The winners were Ines Valadares and Tomas Brandao.',
      [
        [3, 5],
        [6, 8],
      ],
    ],
  ];
  it.each(exact)('exact: %s', (text, expected) => {
    expect(spansOf('PERSON', text)).toEqual(expected);
  });
});
