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

const SLOT = /^([^\p{L}]*)(X|Y|Z|G2|G|S|M|P)((?:'s)?[^\p{L}]*)$/u;
/** Surname particles for the P slot (a full name with a particle: "Lotte van der Wiel"). */
const PARTICLES = ['van', 'van der', 'de', 'da', 'dos', 'von', 'del', 'di', 'du', 'ter', 'bin', 'la'];
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
    const name =
      slot === 'X' || slot === 'Y' || slot === 'Z'
        ? full
        : slot === 'S'
          ? [family]
          : slot === 'M'
            ? [given, `${String.fromCharCode(65 + Math.floor(rand() * 26))}.`, family]
            : slot === 'P'
              ? [given, ...pick(PARTICLES).split(' '), family]
              : [given];
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

/**
 * Wider frames (round 14), a second table with its own kinds, drawn after the first so that its
 * sample stays as it was: record lines of many shapes, chat headers, e-mail sign-offs, the name as
 * object or after a preposition in narrative, at the start of a turn, with an age or a role, in
 * lists joined by "and"/"or", after a job title, in quoted speech. Names of origins the lists hold
 * thinly are composed from the given-name lists of the world dictionary (lexicons/names/given-world)
 * and the naming conventions of each system (theophoric prefixes, patronymic words, clan
 * prefixes), invented combinations, never people.
 */
const worldGiven = (area: string): string[] =>
  readWordList(`names/given-world/${area}.txt`)
    .map((l) => l.split(';')[0]!.trim())
    .filter((w) => /^[a-z]{4,}$/u.test(w));
const CENTRAL_ASIA = worldGiven('central-asia');
const SOUTH_ASIA = worldGiven('in-lk');
const ARABIC = worldGiven('arabia-persia');
const GEORGIA = worldGiven('ge');
const stem = (w: string): string => w.replace(/[aeiouy]+$/u, '');
const cv = (syllables: number, cons: string, vowels: string): string => {
  let w = '';
  for (let i = 0; i < syllables; i++) w += pick([...cons]) + pick([...vowels]);
  return w;
};
const THIN_ORIGINS: Origin[] = [
  fromLexicon('yo_NG'),
  fromLexicon('en_GH'),
  fromLexicon('fr_SN'),
  fromLexicon('en_NG'),
  fromLexicon('zu_ZA'),
  fromLexicon('az'),
  fromLexicon('uz_UZ_latin'),
  fromLexicon('ku_kmr_latin'),
  fromLexicon('en_IN'),
  fromLexicon('en_NP'),
  // Kazakh/Kyrgyz/Uzbek: the father's name with -ov/-ova, -bekov, -uly
  {
    given: () => title(pick(CENTRAL_ASIA)),
    family: () => title(stem(pick(CENTRAL_ASIA)) + pick(['ov', 'ova', 'bekov', 'baeva', 'uly', 'kyzy'])),
  },
  // Sinhala: compound family names ending in a lineage/honour element
  {
    given: () => title(pick(SOUTH_ASIA)),
    family: () =>
      title(stem(pick(SOUTH_ASIA)) + pick(['asinghe', 'aratne', 'awardena', 'asekara', 'anayake'])),
  },
  // Tamil: the father's given name as the second name, or a -nathan/-lingam compound
  {
    given: () => title(pick(SOUTH_ASIA)),
    family: () =>
      title(rand() < 0.5 ? pick(SOUTH_ASIA) : stem(pick(SOUTH_ASIA)) + pick(['anathan', 'alingam'])),
  },
  // Arabic: given name, "bin"/"ibn" and the father's, or a kunya "Abu X"
  {
    given: () => title(pick(ARABIC)),
    family: () => (rand() < 0.5 ? `bin ${title(pick(ARABIC))}` : `Al-${title(pick(ARABIC))}`),
  },
  // Georgian: -shvili/-dze family names
  {
    given: () => title(pick(GEORGIA)),
    family: () => title(stem(pick(GEORGIA)) + pick(['ashvili', 'adze', 'ia'])),
  },
  // Ethiopian/Eritrean: theophoric given names, the father's given name second
  {
    given: () =>
      pick(['Gebre', 'Wolde', 'Haile', 'Tekle', 'Habte', 'Kidane']) +
      pick(['mariam', 'selassie', 'medhin', 'giorgis', 'yesus']),
    family: () =>
      pick(['Gebre', 'Wolde', 'Haile', 'Tekle', 'Habte']) + pick(['michael', 'mariam', 'medhin', 'tsadik']),
  },
  // Igbo: names built on Chi/Chukwu (God), Nwa (child), Obi (heart)
  {
    given: () =>
      pick(['Chi', 'Chukwu', 'Nwa', 'Obi', 'Ifeanyi', 'Uche']) +
      pick(['nedu', 'emeka', 'ebuka', 'nonso', 'dalu', 'ka']),
    family: () =>
      pick(['Nwa', 'Okon', 'Chukwu', 'Obi', 'Eze']) +
      pick(['nkwo', 'chukwu', 'emeka', 'agu', 'dinma', 'kwe']),
  },
  // Polynesian: open syllables of a small consonant set
  {
    given: () => title(cv(2 + Math.floor(rand() * 2), 'fhklmnpstv', 'aeiou')),
    family: () => title(cv(3, 'fhklmnpstv', 'aeiou')),
  },
  // Filipino: a Spanish given name and a Tagalog family name of a verbal prefix
  {
    given: () => title(pick(lex('given', 'es'))),
    family: () => title(pick(['maca', 'dima', 'mag', 'pang', 'sa']) + cv(2, 'bdglmnpst', 'aiu')),
  },
];

const FRAMES_MORE: [kind: string, frame: string][] = [
  ['record line', 'Guest: X'],
  ['record line', 'X (guest)'],
  ['record line', 'Contact person - X'],
  ['record line', 'Name / X'],
  ['record line', 'Guest name ..... X'],
  ['record line', 'Booked by: X'],
  ['record line', 'Emergency contact: X (sister)'],
  ['record line', 'Driver - X, van 3'],
  ['record line', 'Tenant name X'],
  ['chat header', '[10:42] X: see you there'],
  ['chat header', 'X wrote: sounds good to me'],
  ['chat header', 'From: X'],
  ['chat header', 'G: ok thanks, will do'],
  ['chat header', 'Message from G at 9:15'],
  ['e-mail sign-off', 'Thanks, G'],
  ['e-mail sign-off', 'Kind regards, X'],
  ['e-mail sign-off', 'Talk soon, G'],
  ['e-mail sign-off', 'All the best, X'],
  ['e-mail sign-off', 'Many thanks, X'],
  ['narrative object', 'I had lunch with X yesterday.'],
  ['narrative object', 'We bought a small gift for G.'],
  ['narrative object', 'The report by X was published in March.'],
  ['narrative object', 'I stayed with G and her family for a week.'],
  ['narrative object', 'The car belongs to X.'],
  ['narrative object', 'She sent the keys to X on Monday.'],
  ['narrative object', 'I went to school with G.'],
  ['narrative object', "This is G's second visit."],
  ['turn start', 'X here, calling about the invoice.'],
  ['turn start', 'G speaking, how can I help?'],
  ['turn start', 'Hi, this is X from the clinic.'],
  ['turn start', 'G again, sorry, the line dropped.'],
  ['age or role', 'X, 34, a nurse from the city, was hurt.'],
  ['age or role', 'X (29) works in sales.'],
  ['age or role', 'X, 51, and Y, 47, were both fined.'],
  ['age or role', 'X, the new treasurer, opened the meeting.'],
  ['age or role', 'X, aged 63, died at home.'],
  ['coordinated', 'G and G2 will come on Sunday.'],
  ['coordinated', 'Either X or Y can sign the form.'],
  ['coordinated', 'I invited X and Y to the party.'],
  ['coordinated', 'X and Y and Z are on the list.'],
  ['job title', 'I spoke to doctor X this morning.'],
  ['job title', 'Nurse G will take your blood.'],
  ['job title', 'Professor X gave the lecture.'],
  ['job title', 'Detective X asked the questions.'],
  ['job title', 'Officer S wrote the report.'],
  ['job title', 'Pastor X led the service.'],
  ['quoted speech', '"It was fine," X said.'],
  ['quoted speech', '"No," said G, "not today."'],
  ['quoted speech', '"We will reopen soon," said X, who runs the shop.'],
  ['quoted speech', 'X: "we are closed on Mondays."'],
  ['quoted speech', '"Thank you," G replied.'],
];
const MORE_SAMPLES = 4;
const moreMisses: string[] = [];
for (const [kind, frame] of FRAMES_MORE) {
  for (let s = 0; s < MORE_SAMPLES; s++) {
    // every other sample of origins the lists hold thinly
    const pool = s % 2 === 0 ? THIN_ORIGINS : ORIGINS;
    const people = [pick(pool), pick(pool), pick(pool)];
    const formatted = compose(frame, people);
    for (const style of ['fmt', 'asr'] as const) {
      const { text, nameWords } = style === 'fmt' ? formatted : asAsr(formatted);
      const hit = personWords(text);
      const found = nameWords.filter((i) => hit.has(i)).length;
      add(`${kind}|${style}`, found, nameWords.length);
      add(`wider|${style}`, found, nameWords.length);
      if (s % 2 === 0) add(`thin origins|${style}`, found, nameWords.length);
      if (found < nameWords.length) moreMisses.push(`${kind} ${style}: ${text}`);
    }
  }
}

/**
 * Round 15's frames, a third table drawn after the other two (their samples stay as they were):
 * the positions a person's name takes in English sentences, letters, forms and messages, built
 * from the grammar rather than from any text — subject and object of verbs of business (hired,
 * invoiced, e-mailed, wired, billed, visited), the object of prepositions (with, for, to, from, by,
 * of, about, between X and Y), possessives of business nouns ("X's account"), appositions of a
 * role ("our client, X,"), vocatives ("Thanks X", "Sorry G, ..."), self-introductions ("X here"),
 * short sign-offs ("Best, X"), a name before a company or office ("X from ...", "X, CFO of ..."),
 * titles with and without a dot and of other languages (Herr, Señora, Madame), full names with a
 * middle initial (M) or a surname particle (P), and narrative frames about a person. One sample in
 * three is of invented names (syllables of several sound systems, endings of family names of many
 * countries): names no list holds, found by their place alone.
 */
const INVENTED_SHAPES: [cons: string, vowels: string, givenEnds: string[], familyEnds: string[]][] = [
  ['bdgklmnrstvz', 'aeiou', ['', 'a', 'o', 'ek', 'an'], ['ski', 'ovic', 'enko', 'escu', 'ak']],
  ['bdfghklmnprstv', 'aeiouy', ['', 'a', 'e', 'rik', 'mund'], ['sen', 'berg', 'strom', 'hoff', 'inger']],
  ['bcdlmnprstv', 'aeio', ['o', 'a', 'ina', 'ario'], ['elli', 'ando', 'etti', 'ares', 'ino']],
  ['bdgkmnrstz', 'aeiou', ['', 'a', 'e', 'id'], ['yan', 'oglu', 'adze', 'ian', 'ides']],
  ['bdgkmnprstwy', 'aeiou', ['', 'a', 'e', 'ele'], ['ola', 'wale', 'ike', 'uma', 'eze']],
  ['hkmnrstwy', 'aeiou', ['', 'ko', 'ro', 'ki'], ['ura', 'moto', 'ida', 'kawa', 'yama']],
];
// a given name of two or three syllables ("Me", "Go" would be English words), a family name of one
// or two and an ending
const inventedPart = (shape: (typeof INVENTED_SHAPES)[number], ends: string[], least: number): string =>
  title(cv(least + Math.floor(rand() * 2), shape[0], shape[1]) + pick(ends));
const INVENTED: Origin[] = INVENTED_SHAPES.map((shape) => ({
  given: () => inventedPart(shape, shape[2], 2),
  family: () => inventedPart(shape, shape[3], 1),
}));

const FRAMES_R15: [kind: string, frame: string][] = [
  ['business object', 'We hired X last spring.'],
  ['business object', 'The garage invoiced X for the repairs.'],
  ['business object', 'I emailed X the contract this morning.'],
  ['business object', 'We wired X the deposit on Tuesday.'],
  ['business object', 'The auditor reported X to the board.'],
  ['business object', 'They billed X twice for one order.'],
  ['business object', 'A technician visited X at home.'],
  ['business object', 'Please call X back before noon.'],
  ['business object', 'I forwarded X the quote.'],
  ['business object', 'We refunded X in full.'],
  ['business subject', 'X invoiced us for the repairs.'],
  ['business subject', 'X approved the refund yesterday.'],
  ['business subject', 'X signed the lease on Monday.'],
  ['business subject', 'X cancelled the order this morning.'],
  ['business subject', 'Yesterday X wired the money.'],
  ['business subject', 'X has already paid the balance.'],
  ['business subject', 'X will handle the claim.'],
  ['business subject', 'X reported the outage at noon.'],
  ['preposition', 'The parcel came on behalf of X.'],
  ['preposition', 'The package is for X.'],
  ['preposition', 'There is a note from X on your desk.'],
  ['preposition', 'The meeting between X and Y ran late.'],
  ['preposition', 'A letter about X arrived today.'],
  ['preposition', 'The refund was approved by X.'],
  ['preposition', 'Did you speak with X?'],
  ['preposition', 'The signature of X is missing.'],
  ['preposition', 'I sent it to X yesterday.'],
  ['preposition', 'Any news from X?'],
  ['business possessive', "X's account is overdue."],
  ['business possessive', "I need to update X's address."],
  ['business possessive', "X's order shipped on Friday."],
  ['business possessive', "Is this G's phone?"],
  ['business possessive', "We closed X's claim last week."],
  ['business possessive', "The card is in X's name."],
  ['business possessive', "Please confirm X's date of birth."],
  ['role apposition', 'Our client, X, called twice.'],
  ['role apposition', 'My husband, X, will sign.'],
  ['role apposition', 'The account holder, X, is abroad.'],
  ['role apposition', 'Your agent, X, confirmed it.'],
  ['role apposition', 'Their lawyer, X, sent a letter.'],
  ['role apposition', 'The new tenant, X, moves in on Friday.'],
  ['vocative', 'Hi X, thanks for calling.'],
  ['vocative', 'Thanks X, that helps.'],
  ['vocative', 'Thanks so much, G!'],
  ['vocative', 'Morning G!'],
  ['vocative', 'Sorry G, the line is bad.'],
  ['vocative', 'Okay G, one moment please.'],
  ['vocative', "Yes X, that's correct."],
  ['vocative', 'Welcome back, G.'],
  ['vocative', 'Thank you, Mrs S, that is all I need.'],
  ['self-introduction', 'X here from accounts.'],
  ['self-introduction', 'My name is X.'],
  ['self-introduction', 'This is G speaking.'],
  ['self-introduction', "It's X calling back."],
  ['self-introduction', "I'm X, the new tenant."],
  ['self-introduction', 'Everyone calls me G.'],
  ['self-introduction', 'You have reached X.'],
  ['self-introduction', 'G from billing here.'],
  ['short sign-off', 'Best, X'],
  ['short sign-off', 'Cheers X'],
  ['short sign-off', 'Thanks! G'],
  ['short sign-off', 'Regards X'],
  ['short sign-off', 'Sincerely, X'],
  ['short sign-off', 'Take care, G'],
  ['short sign-off', 'Love, G'],
  ['short sign-off', 'Best regards X'],
  ['name and company', 'X from Brightwell Plumbing called.'],
  ['name and company', 'X, CFO of Northwind, signed the deal.'],
  ['name and company', 'X at Harbourside Insurance sent the form.'],
  ['name and company', 'X with Copperleaf Bank confirmed the transfer.'],
  ['name and company', 'Please contact X, head of sales.'],
  ['name and company', 'X (Finance) approved it.'],
  ['name and company', 'X, Director of Operations'],
  ['name and company', 'X of Ravensworth Ltd wrote back.'],
  ['titled name', 'Dr. X will see you now.'],
  ['titled name', 'Mr X is not available.'],
  ['titled name', 'Mrs. S called earlier.'],
  ['titled name', 'Ms X signed for it.'],
  ['titled name', 'Prof. X chairs the panel.'],
  ['titled name', 'Sir X opened the new wing.'],
  ['titled name', 'Herr S is expected at ten.'],
  ['titled name', 'Señora S left a message.'],
  ['titled name', 'Madame S sends her regards.'],
  ['titled name', 'The letter is addressed to Mr. X.'],
  ['titled name', 'Miss S will take the class.'],
  ['middle initial', 'M signed the form.'],
  ['middle initial', 'The claim was filed by M.'],
  ['middle initial', 'Name: M'],
  ['middle initial', 'I spoke with M yesterday.'],
  ['middle initial', 'Dear M,'],
  ['middle initial', "M's account is closed."],
  ['particle', 'P called this morning.'],
  ['particle', 'I met P at the conference.'],
  ['particle', 'Contact: P'],
  ['particle', "P's flight lands at six."],
  ['particle', 'Thanks, P'],
  ['particle', 'The report by P is attached.'],
  ['narrative about', 'Little is known about the early life of X.'],
  ['narrative about', 'The story of X is told in the film.'],
  ['narrative about', 'Nobody has heard from X since June.'],
  ['narrative about', 'Follow up with X next week.'],
  ['narrative about', 'My grandfather was called X.'],
  ['narrative about', 'The baby was named G after her aunt.'],
  ['narrative about', 'We still think of X every day.'],
  ['narrative about', 'A portrait of X hangs in the hall.'],
  ['narrative about', 'The first album by X came out in 2009.'],
];
const R15_SAMPLES = 6;
const r15Misses: string[] = [];
for (const [kind, frame] of FRAMES_R15) {
  for (let s = 0; s < R15_SAMPLES; s++) {
    // origins in turn: the lexicons' own, those they hold thinly, invented
    const pool = s % 3 === 0 ? ORIGINS : s % 3 === 1 ? THIN_ORIGINS : INVENTED;
    const people = [pick(pool), pick(pool), pick(pool)];
    const formatted = compose(frame, people);
    for (const style of ['fmt', 'asr'] as const) {
      const { text, nameWords } = style === 'fmt' ? formatted : asAsr(formatted);
      const hit = personWords(text);
      const found = nameWords.filter((i) => hit.has(i)).length;
      add(`${kind}|${style}`, found, nameWords.length);
      add(`round 15|${style}`, found, nameWords.length);
      if (s % 3 === 2) add(`invented|${style}`, found, nameWords.length);
      if (found < nameWords.length) r15Misses.push(`${kind} ${style}: ${text}`);
    }
  }
}

const recall = (key: string): number => {
  const c = cells.get(key);
  return c && c.total > 0 ? c.found / c.total : 0;
};

if (process.env.PERSON_FRAMES) {
  const kinds = [
    ...new Set(FRAMES.map(([k]) => k)),
    'all',
    ...new Set(FRAMES_MORE.map(([k]) => k)),
    'thin origins',
    'wider',
    ...new Set(FRAMES_R15.map(([k]) => k)),
    'invented',
    'round 15',
  ];
  for (const k of kinds) {
    console.log(`${k.padEnd(22)} fmt ${recall(`${k}|fmt`).toFixed(2)}  asr ${recall(`${k}|asr`).toFixed(2)}`);
  }
  if (process.env.PERSON_FRAMES === 'misses')
    console.log([...misses, ...moreMisses, ...r15Misses].join('\n'));
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
  // round 14's wider frames (before -> after person14: record line asr 0.94 -> 1.00, e-mail
  // sign-off 0.97/0.91 -> 1.00/1.00, narrative object 0.88/0.81 -> 0.90/0.88, coordinated
  // 0.95/0.91 -> 0.97/0.97, thin origins 0.96/0.88 -> 0.97/0.96)
  'record line': [0.98, 0.98],
  'chat header': [0.95, 0.82],
  'e-mail sign-off': [0.98, 0.98],
  'narrative object': [0.88, 0.86],
  'turn start': [0.98, 0.98],
  'age or role': [0.98, 0.98],
  coordinated: [0.95, 0.95],
  'job title': [0.98, 0.98],
  'quoted speech': [0.98, 0.98],
  'thin origins': [0.95, 0.94],
  // round 15's frames (before -> after frames15's person-slots.ts: business object 0.82/0.77 ->
  // 0.88/0.77, business subject 0.85/0.81 -> 0.88/0.82, preposition 0.79/0.72 -> 0.86/0.81,
  // business possessive 0.76/0.72 -> 1.00/1.00, vocative 0.81/0.81 -> 0.99/0.92, short sign-off
  // asr 0.92 -> 0.99, self-introduction 0.92/0.92 -> 0.97/0.97, particle 0.78/0.75 -> 0.94/0.90, narrative about 0.86/0.75 -> 0.90/0.78,
  // invented 0.66/0.56 -> 0.82/0.70; round 16's person-cased-grow.ts, formatted: business object
  // 0.88 -> 0.93, business subject 0.88 -> 0.98, preposition 0.86 -> 0.96, name and company 0.79 ->
  // 0.90, invented 0.82 -> 0.91); the rest are names no list holds in slots a firm or a place
  // fills as often, or in raw ASR after a verb (left)
  'business object': [0.91, 0.75],
  'business subject': [0.96, 0.8],
  preposition: [0.94, 0.79],
  'business possessive': [0.98, 0.98],
  'role apposition': [0.97, 0.95],
  vocative: [0.97, 0.9],
  'self-introduction': [0.95, 0.95],
  'short sign-off': [0.98, 0.97],
  'name and company': [0.88, 0.73],
  'titled name': [0.97, 0.95],
  'middle initial': [0.98, 0.88],
  particle: [0.92, 0.88],
  'narrative about': [0.88, 0.76],
  invented: [0.89, 0.68],
};

describe('names of many origins in everyday frames', () => {
  it.each([
    ...new Set([...FRAMES, ...FRAMES_MORE, ...FRAMES_R15].map(([k]) => k)),
    'thin origins',
    'invented',
  ])('%s: word recall stays above its floor', (kind) => {
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
