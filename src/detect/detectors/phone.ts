/**
 * PHONE_NUMBER: digit runs of the spoken view (spoken "four one five ..." and formatted
 * "(415) 555-0132" alike) that form a phone number.
 * - 10 digits (or 11 with a leading 1) in the NANP shape, validated with libphonenumber-js: a
 *   phone number with or without a cue; two of them said back to back (a number and its
 *   read-back) are two phone numbers;
 * - international: a run after "plus"/"+" or "00"/"011" ("+44 (0)20 ...", "double oh four four
 *   ..."), valid for its country code (libphonenumber's numbering plans of every region);
 * - national numbers of any region (src/detect/phone-regions.ts): with the region's trunk prefix
 *   ("020 7946 0018", "(030) 901820", "06-12345678", "8 (495) 123-45-67") and written in groups or
 *   said digit by digit; valid in the default region (policy.region, else US) or, with a phone cue
 *   or label before or after it ("Tel.:", "Handy", "(mobile)"), in any region, 6 digits and up.
 *   Without a cue, also written in the groups libphonenumber formats it with in a region where it
 *   is valid ("612 34 56 78", "(11) 96123-4567", the area code in brackets: "(96) 123456"), said
 *   with pauses between those groups (word timings), or followed by an extension; digits said one
 *   by one with none of these are valid in some region by chance and left to the account detector.
 *   Dates, year ranges, decimals and thousands written like numbers are not phone numbers; six
 *   digits in pairs shaped like a date are one only after a word naming the telephone;
 * - two numbers written around a slash ("0471 12 34 56 / 0472 65 43 21") are two numbers;
 * - an extension said or written after the number ("x204", "ext. 17", "extension one seven")
 *   belongs to its span;
 * - with a phone cue ("cell", "call back", "reach you", "my number") also 7 digits (local number)
 *   and 9 to 24 digits (ASR dropped or repeated digits: half a phone number still leaks); right
 *   after the cue also 5 digits, a whole number in the small plans of some regions;
 * - a number said in pieces ("area code four one five, then five five five ...") is joined when
 *   two or three short runs close together make 10 digits; an area code after a phone cue and the
 *   7-digit local number said a few words later are both taken.
 * The nearest cue decides: after "order/case/claim/confirmation number" the run is a company
 * reference (not PII), and so is a repeat of one. After "account", "card", "social", "zip" ... it is
 * another detector's value, except that a complete NANP number stays a phone number unless such a
 * cue introduces it directly ("my account number is ..."). Money and quantities are skipped. A
 * company word that only mentions a record ("the number I gave with my order, 020 ...") does not
 * take a number that a phone cue before it asked for.
 *
 * Vocabularies: lexicons/number-cues/ (cues before numbers), lexicons/phone/extension/ and
 * lexicons/phone/after/ (labels after a number), one file per language.
 */
import type { CountryCode, PhoneNumber } from 'libphonenumber-js/max';
import type { Candidate } from '../../types.js';
import type { DetectionContext, Detector } from '../types.js';
import type { SpokenRun } from '../../transcript/spoken-view.js';
import {
  cuesBefore,
  isCompanyReference,
  modifiesBareCue,
  nearestCue,
  unitAfter,
  type CueHit,
} from '../number-cues.js';
import { nanp, splitNanp } from '../nanp.js';
import { addressView } from '../address/view.js';
import { postcodeBeforeScript } from '../address/script-lead.js';
import { internationalNumber, knownRegion, nationalFit, type NationalFit } from '../phone-regions.js';
import { wordSet } from '../gazetteer/name-data.js';
import { openingHours } from '../opening-hours.js';
import { calendarRun } from '../date-shapes.js';
import { FILLERS, runOfChunks, runsCutAtSlashes } from '../../transcript/spoken-view.js';
import { addressWordBetween } from './phone-gap-words.js';

const NAME = 'phone';

/**
 * Cue words that name the telephone itself in the languages of lexicons/number-cues/phone/
 * ("phone", "Tel.", "Handy", "móvil", "puhelin", "телефон"): a bare "number", "call" or "text"
 * names no phone.
 */
const NAMES_PHONE_WORD =
  /phon|fon|tel|tlf|tfn|puh|cell|mobi|móvil|móvel|portable|celular|komórka|^cep$|gsm|handy|fax|faks|landline|festnetz|whatsapp|ponsel|^ph$|^mob|тел|моб|факс/u;

const EXTENSION_WORDS = wordSet('phone/extension');
/** "my number", "your cell" ...: phrases after a number naming it, as "first second" */
const CUES_AFTER = wordSet('phone/cue-after');
/** Significant words after a number in which a phrase of CUES_AFTER is looked for. */
const CUE_AFTER_WINDOW = 5;
const LABELS_AFTER = wordSet('phone/after');
const DATE_LABELS = wordSet('phone/date-labels');

/**
 * The digits after an international prefix when the run was introduced as international ("plus
 * four four ...", "+44 20 ...", "0044 ...", "011 44 ...", "double oh four four ..."). A "(0)" written
 * after the country code is the trunk prefix kept for national callers: not dialled ("+44 (0)20 ...").
 */
function international(ctx: DetectionContext, run: SpokenRun): string | null {
  const first = ctx.words[run.startWord]!.text.trim();
  let digits = run.digits;
  if (
    run.chunks.length > 1 &&
    /^\+?\d{1,3}$/.test(first) &&
    /^\(0\)/.test(ctx.words[run.startWord + 1]?.text ?? '')
  )
    digits = run.chunks[0]!.text + run.digits.slice(run.chunks[0]!.text.length + 1);
  if (WRITTEN_PLUS.test(first) || ctx.tokens[run.startWord - 1] === 'plus') return digits;
  if (digits.startsWith('00')) return digits.slice(2);
  if (digits.startsWith('011')) return digits.slice(3);
  return null;
}

/**
 * The number dialled from abroad, and its digits: the trunk zero said or written in full after the
 * country code ("plus four nine zero three oh ...", "+49 0 30 ...": "+49 (0)30" read out) is not
 * dialled, so a number invalid with it is read again without it.
 */
function dialledAbroad(intl: string): { number: PhoneNumber | undefined; digits: string } {
  const p = internationalNumber(intl);
  if (!p || p.isValid()) return { number: p, digits: intl };
  const cc = p.countryCallingCode;
  if (intl[cc.length] !== '0') return { number: p, digits: intl };
  const digits = cc + intl.slice(cc.length + 1);
  const q = internationalNumber(digits);
  return q && (q.isValid() || (q.isPossible() && !p.isPossible()))
    ? { number: q, digits }
    : { number: p, digits: intl };
}

/** Opening quotes and brackets written before a number or its label ("(+44", "\"tel:+33", "<+43"). */
const OPENING_MARKS = `["'“‘«([<]*`;
const GLUED_PHONE_LABEL = new RegExp(`^${OPENING_MARKS}(\\p{L}{2,}(?:_\\p{L}+)*)\\.?[:=]`, 'u');

/**
 * Is a phone label glued to the word's value ("Mobile:07700900123", "Tel:+44 ...", "Tel.:030 ...",
 * an export's "phone=0151 ..." or "mobile_phone=...")?
 */
function gluedLabel(ctx: DetectionContext, w: number): boolean {
  const label = GLUED_PHONE_LABEL.exec(ctx.words[w]!.text);
  return (
    label !== null &&
    label[1]!
      .toLowerCase()
      .split('_')
      .some((l) => LABELS_AFTER.has(l) || GLUABLE.has(l))
  );
}

/** A label word ending with a colon: "Handy:", "Tlf.:", "Cel:", "Telefon/Fax:". */
const COLON_LABEL = /^(\p{L}{2,})\.?(?:\/(\p{L}{2,})\.?)?:$/u;

/**
 * Is the word before a number a phone label written as a form's field name, with a colon ("Handy:
 * 0151 ...", "Tlf.: 12 34 56 78")? The labels written after numbers are field names too; some
 * ("Handy") are no cue words in running text.
 */
function colonLabelBefore(ctx: DetectionContext, w: number): boolean {
  const before = ctx.words[w - 1]?.text ?? '';
  // a contact block's initial with a colon ("T: 030 901820", "M: 0151 ...")
  if (/^\p{Lu}:$/u.test(before) && LABEL_INITIALS.has(before[0]!.toLowerCase())) return true;
  const label = COLON_LABEL.exec(before);
  // "Telefon/Fax:": either word names the telephone
  return label !== null && label.slice(1).some((l) => l !== undefined && GLUABLE.has(l.toLowerCase()));
}

/** A bare label before a number (no colon) vouches for a run of at least this many digits. */
const BARE_LABEL_DIGITS = 7;

/**
 * Is the word right before the run a label naming the telephone, with no colon ("Handy 0151 ...",
 * raw ASR "handy five six oh ...")? Labels written after numbers that no cue list holds ("Handy"
 * is an English word too) vouch only for a run as long as a subscriber number, said or written
 * right after them.
 */
function bareLabelBefore(ctx: DetectionContext, run: SpokenRun): boolean {
  const t = ctx.tokens[run.startWord - 1] ?? '';
  return LABELS_AFTER.has(t) && NAMES_PHONE_WORD.test(t) && run.digits.length >= BARE_LABEL_DIGITS;
}

/**
 * Words naming the telephone that a form may glue to a number with a hyphen ("Tel-030 901820",
 * "71 38 06-Office", "241-3030 x471-Fax"): the labels written after a number and the one-word
 * phone cues that name the telephone itself (not "call" or "number").
 */
const GLUABLE = new Set([
  ...LABELS_AFTER,
  ...[...wordSet('number-cues/phone')].filter((w) => !w.includes(' ') && NAMES_PHONE_WORD.test(w)),
]);

/** A run with a label glued to its first or last word taken off, and which side had one. */
interface Unglued {
  run: SpokenRun;
  before: boolean;
  after: boolean;
}

const LABEL_FIRST = /^(\p{L}{2,})-[(+]?\d/u;
const LABEL_LAST = /\d-(\p{L}{2,})[.,;:!?]*$/u;

/**
 * The run without a phone label glued to it by a hyphen: "Tel-030" opens it, "06-Office" ends it.
 * The spoken view reads such a word as one literal ("tel030", "13office"); only its digits belong
 * to the number, and the label says what the number is.
 */
function unglue(ctx: DetectionContext, run: SpokenRun): Unglued {
  let chunks = run.chunks;
  let before = false;
  let after = false;
  const first = chunks[0]!;
  const lead = first.kind === 'literal' ? LABEL_FIRST.exec(ctx.words[first.startWord]!.text) : null;
  // before the number only a word naming the telephone ("Tel-", "Mobil-"), not "Office-2019"
  if (lead && GLUABLE.has(lead[1]!.toLowerCase()) && NAMES_PHONE_WORD.test(lead[1]!.toLowerCase())) {
    const digits = first.text.slice(lead[1]!.length);
    if (/^\d+$/.test(digits)) {
      chunks = [{ ...first, text: digits }, ...chunks.slice(1)];
      before = true;
    }
  }
  const last = chunks[chunks.length - 1]!;
  const tail = last.kind === 'literal' ? LABEL_LAST.exec(ctx.words[last.startWord]!.text) : null;
  if (tail && GLUABLE.has(tail[1]!.toLowerCase()) && last.text.endsWith(tail[1]!.toLowerCase())) {
    chunks = [...chunks.slice(0, -1), { ...last, text: last.text.slice(0, -tail[1]!.length) }];
    after = true;
  }
  if (!before && !after) return { run, before, after };
  const text = chunks.map((c) => c.text).join('');
  return { run: { ...run, chunks, text, digits: text.replace(/\D/g, '') }, before, after };
}

/**
 * "+44", also after a label glued to it ("tel:+44", "Phone:+44") or an opening quote or bracket
 * ("(+44", "\"+33"): a country code follows.
 */
const WRITTEN_PLUS = new RegExp(
  `^${OPENING_MARKS}(?:\\p{L}{2,}(?:_\\p{L}+)*\\.?[:=])?${OPENING_MARKS}\\+`,
  'u',
);

const OH = /^(?:uh-)?oh$/;

/**
 * The run without a final "oh": after a number "oh" is often an interjection ("... two seven oh
 * I ordered ..."), so a run one digit too long is read again without it.
 */
function withoutTrailingOh(ctx: DetectionContext, run: SpokenRun): SpokenRun {
  const last = run.chunks[run.chunks.length - 1]!;
  if (run.chunks.length < 2 || !OH.test(ctx.tokens[last.startWord]!)) return run;
  const chunks = run.chunks.slice(0, -1);
  const text = chunks.map((c) => c.text).join('');
  return { ...run, chunks, text, digits: text, endWord: chunks[chunks.length - 1]!.endWord };
}

/**
 * The run without a first "oh" before a complete NANP number, which never starts with 0: "my
 * number is uh oh six oh two ..." opens with an interjection.
 */
function withoutLeadingOh(ctx: DetectionContext, run: SpokenRun, region?: CountryCode): SpokenRun {
  const first = run.chunks[0]!;
  if (run.chunks.length < 2 || !OH.test(ctx.tokens[first.startWord]!) || !nanp(run.text.slice(1), ctx))
    return run;
  // "my phone number is oh five oh one ...": a national number with its trunk prefix, unless
  // a filler shows the "oh" is an interjection ("uh oh")
  const before = ctx.tokens[first.startWord - 1] ?? '';
  if (!FILLERS.has(before) && nationalFit(run.text, region, ctx).trunk) return run;
  const chunks = run.chunks.slice(1);
  const text = run.text.slice(1);
  return { ...run, chunks, text, digits: text, startWord: chunks[0]!.startWord };
}

type Found = Omit<Candidate, 'type' | 'detector'>;

/** What the words around a run say about it: a phone cue before it, a phone label right after it. */
interface RunContext {
  phoneCue: boolean;
  labelAfter: boolean;
  region: CountryCode | undefined;
  /** spelled letters came right before the digits ("p v four four one ..."): maybe one code */
  afterLetters?: boolean;
  /** a word naming the telephone right before ("Tel.", "my phone number is"), or a label after it */
  namesPhone?: boolean;
  /** any phone cue within a couple of words before ("call", "ring us on", "reach me at") */
  phoneCueNear?: boolean;
}

/**
 * Two numbers written around a slash inside one word ("0412 345 678/0412 345 647", "... 678/0412
 * ..."): the digits on each side of the slash. The spoken view reads such a word as no number.
 */
const GLUED_SLASH = /^[(]?(\+?\d[\d.)-]*)\/(\+?[\d(][\d.()-]*)[.,;:!?)]*$/;

/** Digits on each side of a slash inside a word that make it two numbers. */
const SLASH_SIDE = 6;

/**
 * The runs with each word holding two numbers around a slash split between them: its left digits
 * end the run before it, its right digits open the run after it (`shared`: the runs that open on
 * such a word, which the number before it also covers). When each side has six digits or more.
 */
function splitGluedSlashes(
  ctx: DetectionContext,
  runs: readonly SpokenRun[],
): { runs: readonly SpokenRun[]; shared: Set<SpokenRun> } {
  const shared = new Set<SpokenRun>();
  let out: SpokenRun[] | null = null;
  for (let i = 0; i < runs.length; i++) {
    const a = runs[i]!;
    const w = a.endWord;
    const m =
      w < ctx.words.length && ctx.spoken.wordRun[w] === -1 ? GLUED_SLASH.exec(ctx.words[w]!.text) : null;
    const b = m && runs[i + 1]?.startWord === w + 1 ? runs[i + 1]! : null;
    const left = m ? m[1]!.replace(/\D/g, '') : '';
    const right = m ? m[2]!.replace(/\D/g, '') : '';
    if (
      !m ||
      a.text !== a.digits ||
      a.digits.length + left.length < SLASH_SIDE ||
      right.length + (b?.digits.length ?? 0) < SLASH_SIDE
    ) {
      if (out) out.push(a);
      continue;
    }
    const leftChunk = { startWord: w, endWord: w + 1, text: left, kind: 'literal' as const };
    const rightChunk = { startWord: w, endWord: w + 1, text: right, kind: 'literal' as const };
    const a2: SpokenRun = {
      ...a,
      endWord: w + 1,
      text: a.text + left,
      digits: a.digits + left,
      chunks: [...a.chunks, leftChunk],
    };
    const b2: SpokenRun = b
      ? {
          ...b,
          startWord: w,
          text: right + b.text,
          digits: right + b.digits,
          chunks: [rightChunk, ...b.chunks],
        }
      : { startWord: w, endWord: w + 1, text: right, digits: right, chunks: [rightChunk] };
    out ??= runs.slice(0, i);
    out.push(a2, b2);
    shared.add(b2);
    if (b) i++;
  }
  return { runs: out ?? runs, shared };
}

/**
 * Initials of a contact block's labels ("T: ... F: ...", "M: ... P: ..."): telephone, fax, mobile,
 * phone, cell, home, office, work. Said, the label is one letter between two numbers.
 */
const LABEL_INITIALS = new Set(['t', 'f', 'm', 'p', 'c', 'h', 'o', 'w']);
/** Digits on each side of a label's initial that make the run two numbers. */
const INITIAL_SIDE = 7;

/**
 * The runs with a run cut at a label's initial said between two numbers ("t oh one eight ... f oh
 * one five ..."): the spoken view reads the letter and both numbers as one run of letters and
 * digits; the number before the letter ends the first run, the one after it is a run of its own.
 */
function splitAtInitials(runs: readonly SpokenRun[]): readonly SpokenRun[] {
  let out: SpokenRun[] | null = null;
  runs.forEach((run, i) => {
    const parts: SpokenRun[] = [];
    let from = 0;
    const cs = run.chunks;
    for (let k = 1; k < cs.length - 1; k++) {
      const c = cs[k]!;
      if (c.kind === 'literal' || c.endWord - c.startWord !== 1 || !LABEL_INITIALS.has(c.text)) continue;
      const before = cs.slice(from, k);
      const after = cs.slice(k + 1);
      const digitsOf = (chunks: typeof cs, dir: 1 | -1): number => {
        let n = 0;
        const list = dir === 1 ? chunks : [...chunks].reverse();
        for (const x of list) {
          if (!/^\d+$/.test(x.text)) break;
          n += x.text.length;
        }
        return n;
      };
      if (digitsOf(before, -1) < INITIAL_SIDE || digitsOf(after, 1) < INITIAL_SIDE) continue;
      parts.push(runOfChunks(before));
      from = k + 1;
    }
    if (parts.length === 0) {
      out?.push(run);
      return;
    }
    parts.push(runOfChunks(cs.slice(from)));
    out ??= runs.slice(0, i);
    out.push(...parts);
  });
  return out ?? runs;
}

/** A label glued to a value ("Tel.:", "phone=", "ref="): the value is what is written. */
const GLUED_KEY = new RegExp(`^(${OPENING_MARKS})\\p{L}{2,}(?:_\\p{L}+)*\\.?[:=](?=\\S*\\d)`, 'u');

/** A word's text as a run reads it: one side of the slash when the word holds two numbers. */
function textIn(ctx: DetectionContext, run: SpokenRun, w: number): string {
  const text = ctx.words[w]!.text.replace(GLUED_KEY, '$1');
  const m = GLUED_SLASH.exec(text);
  if (!m) return text;
  if (
    w === run.startWord &&
    run.chunks[0]!.startWord === w &&
    run.chunks[0]!.text === m[2]!.replace(/\D/g, '')
  )
    return m[2]!;
  return w === run.endWord - 1 ? m[1]! : text;
}

/** Digit groups as written ("(030) 901820" -> [3, 6], "06-12345678" -> [2, 8]); null when spoken. */
function writtenGroups(ctx: DetectionContext, run: SpokenRun): number[] | null {
  if (run.chunks.some((c) => c.kind !== 'literal')) return null;
  const groups: number[] = [];
  for (let w = run.startWord; w < run.endWord; w++) {
    const text = textIn(ctx, run, w).replace(WORD_EXTENSION, '');
    for (const g of text.split(/\D+/)) if (g !== '') groups.push(g.length);
  }
  return groups;
}

/** The run as written, words joined by one space ("(030) 901820"). */
const writtenText = (ctx: DetectionContext, run: SpokenRun): string =>
  Array.from({ length: run.endWord - run.startWord }, (_, k) =>
    textIn(ctx, run, run.startWord + k).replace(WORD_EXTENSION, ''),
  )
    .join(' ')
    .replace(/[.,;:!?]+$/, '');

/** a year of four digits is one of the last centuries ("02-16-9032" is a Slovak number, no date) */
const DAY_MONTH = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|(?:1[5-9]|20)\d\d)$/;
const YEAR_FIRST = /^(?:1[89]|20)\d\d[./-](\d{1,2})[./-](\d{1,2})$/;
const YEAR_RANGE = /^(?:1[89]|20)\d\d ?[-/] ?(?:(?:1[89]|20)\d\d|\d\d)$/;
/** one separator: a decimal number or a number with one thousands separator ("3.14159", "12.500") */
const DECIMAL = /^\d+[.,]\d+$/;
/** thousands written with spaces or dots ("1 234 567", "1.234.567") */
const THOUSANDS = /^\d{1,3}(?:([ .])\d{3})(?:\1\d{3})*$/;

/**
 * Written like a date or a year range ("12.03.2019", "2019-03-12", "1990-1995", also with spaces
 * around the separators: "2016 - 08 - 14", "23 / 09 / 2015"): not a phone number.
 */
function dateShaped(written: string): boolean {
  const text = written.replace(/ ?([./-]) ?/g, '$1');
  const dm = DAY_MONTH.exec(text);
  if (dm && ((+dm[1]! <= 31 && +dm[2]! <= 12) || (+dm[1]! <= 12 && +dm[2]! <= 31))) return true;
  const ym = YEAR_FIRST.exec(text);
  return (ym !== null && +ym[1]! <= 12 && +ym[2]! <= 31) || YEAR_RANGE.test(text);
}

/** An area code written in brackets as a word of its own ("(96)", "(5123)"). */
const AREA_IN_BRACKETS = /^\(\d{1,5}\)$/;
/** The longest national number written in groups that the format rule reads without a cue. */
const MAX_NATIONAL = 11;
/** Years written one after the other ("1998 2004", "2019-2021-2023"). */
const YEARS = /^(?:1[5-9]|20)\d\d(?:[ ,/-]+(?:1[5-9]|20)\d\d)+$/;
/** A year and another number after a space ("2006 125", "1998 2 500"). */
const YEAR_THEN_NUMBER = /^(?:1[5-9]|20)\d\d \d/;
/** A US ZIP+4 code ("90210-1234"). */
const ZIP_PLUS_4 = /^\d{5}-\d{4}$/;
/** A range of times of day ("09.00 - 17.30", "9:00-17:30"): opening hours, no phone. */
const TIME_RANGE = /^([01]?\d|2[0-4])[.:][0-5]\d ?[-–] ?([01]?\d|2[0-4])[.:][0-5]\d$/;
/**
 * An Iranian postcode written as two groups of five ("44179-05376"); India's mobiles, also written
 * five and five, open with 6-9.
 */
const IR_POSTCODE = /^[0-5]\d{4}-\d{5}$/;
/** A Brazilian postcode (CEP, "01310-100"): five digits and three, a grouping no numbering plan writes. */
const CEP = /^\d{5}-\d{3}$/;
/** A day, a month and a year written with spaces ("12 03 2019", "21 12 34"). */
const SPACED_DATE = /^(\d{1,2}) (\d{1,2}) (?:\d\d|(?:1[89]|20)\d\d)$/;

function spacedDate(text: string): boolean {
  const m = SPACED_DATE.exec(text);
  return m !== null && ((+m[1]! <= 31 && +m[2]! <= 12) || (+m[1]! <= 12 && +m[2]! <= 31));
}

/**
 * ISBN-10 or ISBN-13 written in hyphenated or spaced groups, with a valid check digit ("0-306-40615-2").
 * The check digit is always a group of its own: "02 00 38 65 73" (a Finnish number in pairs that
 * passes the ISBN-10 sum by chance, one time in eleven) is no ISBN.
 */
function isbnShaped(text: string): boolean {
  if (!/^\d+(?:[- ]\d+){2,3}[- ][\dxX]$/.test(text)) return false;
  const d = text.replace(/[- ]/g, '').toUpperCase();
  if (d.length === 10) {
    let sum = 0;
    for (let i = 0; i < 10; i++) sum += (10 - i) * (d[i] === 'X' ? 10 : Number(d[i]));
    return sum % 11 === 0;
  }
  if (d.length === 13 && /^97[89]/.test(d)) {
    let sum = 0;
    for (let i = 0; i < 13; i++) sum += (i % 2 ? 3 : 1) * Number(d[i]);
    return sum % 10 === 0;
  }
  return false;
}

/** Written like a decimal or a thousands-grouped amount ("3.14159", "1 234 567"): a phone only after a cue. */
const amountShaped = (text: string): boolean => DECIMAL.test(text) || THOUSANDS.test(text);

/**
 * A phone number written in groups of three: eight digits or more that libphonenumber finds valid
 * in some region ("699 482 137", "12 345 678") and not round ("12 500 000"), or a first group with a
 * trunk zero ("061 123 456"): no amount is written with a leading zero.
 */
const phoneInThousands = (text: string, fit: NationalFit): boolean =>
  /^0/.test(text)
    ? fit.trunk !== undefined
    : text.replace(/\D/g, '').length >= 8 && !ROUND.test(text) && fit.plain !== undefined;
/** A round amount ("12 500 000", "3.000.000"): its last group is zeros. */
const ROUND = /\D000$/;

/** Said digit by digit (ASR style): at least half of the digits come from single digit words. */
function saidAsDigits(run: SpokenRun): boolean {
  let single = 0;
  for (const c of run.chunks) if (c.kind === 'digit') single += c.text.length;
  return single * 2 >= run.digits.length;
}

/**
 * Said in pairs, as French, Moroccan or Pacific numbers are read ("six seventy one twenty three
 * forty five sixty seven"): three pairs or more, every other chunk a single digit. Only a phone cue
 * makes such a run a phone number: "twenty twelve" is a year, "ten thirty" a time.
 */
function saidInPairs(run: SpokenRun): boolean {
  let pairs = 0;
  for (const c of run.chunks) {
    if (c.kind === 'number' && c.text.length === 2) pairs++;
    else if (c.kind !== 'digit') return false;
  }
  return pairs >= 3;
}

/** A pause between two words of a number said digit by digit that ends a group, in seconds. */
const GROUP_PAUSE = 0.25;

/**
 * Digits per group of a number said digit by digit, as the speaker's pauses split it ("six one
 * two ... three four ... five six ... seven eight" -> [3, 2, 2, 2]), also with groups of two said
 * as numbers ("six one two ... thirty four ... fifty six ... seventy eight", as French, Spanish or
 * Norwegian numbers are read) when three pauses or more split eight digits or more that no date
 * reads. A pause is a gap between two chunks of GROUP_PAUSE or more and at least twice the
 * shortest gap between two words of the run. Null when no word timings show one (plain text, evenly timed words).
 */
function spokenGroups(ctx: DetectionContext, run: SpokenRun): number[] | null {
  if (run.chunks.length < 2) return null;
  let pairs = 0;
  for (const c of run.chunks) {
    if (c.kind === 'number' && c.text.length === 2) pairs++;
    else if (c.kind !== 'digit') return null;
  }
  // the shortest gap between two words of the run ("seventy two" said as one pair counts too)
  let least = Infinity;
  for (let w = run.startWord + 1; w < run.endWord; w++) {
    const before = ctx.words[w - 1]!.end;
    const after = ctx.words[w]!.start;
    if (before === undefined || after === undefined) return null;
    least = Math.min(least, after - before);
  }
  const groups: number[] = [];
  let size = run.chunks[0]!.text.length;
  for (let k = 1; k < run.chunks.length; k++) {
    const gap = ctx.words[run.chunks[k]!.startWord]!.start! - ctx.words[run.chunks[k - 1]!.endWord - 1]!.end!;
    if (gap >= GROUP_PAUSE && gap >= 2 * least) {
      groups.push(size);
      size = 0;
    }
    size += run.chunks[k]!.text.length;
  }
  groups.push(size);
  if (groups.length < 2) return null;
  if (pairs === 0) return groups;
  // "twenty one, twelve, nineteen ninety": a date said in pairs
  const dated = SAID_DATE.exec(run.digits);
  if (dated && ((+dated[1]! <= 31 && +dated[2]! <= 12) || (+dated[1]! <= 12 && +dated[2]! <= 31)))
    return null;
  return groups.length >= 4 && run.digits.length >= 8 ? groups : null;
}

/**
 * Could the digits be a date said or written without separators: up to five digits, six to eight
 * read as day-month-year or month-day-year ("211290", "2111990", "21121990") or year-month-day?
 */
function dateDigits(d: string): boolean {
  if (d.length <= 5) return true;
  const dayMonth = (a: string, b: string): boolean => (+a <= 31 && +b <= 12) || (+a <= 12 && +b <= 31);
  if (d.length === 6) return dayMonth(d.slice(0, 2), d.slice(2, 4));
  if (d.length === 7)
    return /(?:1[5-9]|20)\d\d$/.test(d) && (dayMonth(d[0]!, d.slice(1, 3)) || dayMonth(d.slice(0, 2), d[2]!));
  if (d.length !== 8) return false;
  const dm = SAID_DATE.exec(d);
  if (dm && dayMonth(dm[1]!, dm[2]!)) return true;
  const ymd = /^(?:1[5-9]|20)\d\d(\d\d)(\d\d)$/.exec(d);
  return ymd !== null && +ymd[1]! <= 12 && +ymd[2]! <= 31;
}

/** Eight digits read as a day, a month and a year of the last centuries ("21121990"). */
const SAID_DATE = /^(\d\d)(\d\d)(?:1[5-9]|20)\d\d$/;

/**
 * Said in the pieces a phone number is read in: single digits, pairs said as tens and round
 * hundreds ("three oh one twenty three forty five", "four fifteen five five five ...", "eight
 * hundred ..."), three chunks or more. Only a phone cue or label makes such a run a phone number.
 */
function saidInPieces(run: SpokenRun): boolean {
  if (run.chunks.length < 3) return false;
  for (const c of run.chunks) {
    if (c.kind === 'digit') continue;
    if (c.kind !== 'number' || !(/^[1-9]\d$/.test(c.text) || /^[1-9]00$/.test(c.text))) return false;
  }
  return true;
}

/** Written with digits, or said mostly digit by digit ("five five five twenty one hundred" too). */
const readAsPhone = (run: SpokenRun): boolean =>
  run.chunks.every((c) => c.kind === 'literal') || saidAsDigits(run) || saidInPieces(run);

/**
 * "date nineteen ninety six oh seven twenty nine fourteen fifty eight": calendar fields right
 * after a word naming a date or time (lexicons/phone/date-labels/) are a timestamp, even when a
 * phone label ("... fax 415 555 0142 mobile") stood a few words before.
 */
function dateAfterLabel(ctx: DetectionContext, run: SpokenRun): boolean {
  let w = run.startWord - 1;
  while (w >= 0 && (ctx.tokens[w] === '' || FILLERS.has(ctx.tokens[w]!))) w--;
  if (w < 0 || !DATE_LABELS.has(ctx.tokens[w]!)) return false;
  return calendarRun(
    run,
    ctx.words.slice(run.startWord, run.endWord).map((word) => word.text),
  );
}

function classify(ctx: DetectionContext, run: SpokenRun, rc: RunContext): Found | null {
  const { phoneCue } = rc;
  const range = { startWord: run.startWord, endWord: run.endWord };
  if (dateAfterLabel(ctx, run)) return null;
  const intl = international(ctx, run);
  if (intl) {
    const { number: p, digits } = dialledAbroad(intl);
    // "plus" is said as part of the number
    const spokenPlus = ctx.tokens[run.startWord - 1] === 'plus';
    const start = spokenPlus ? run.startWord - 1 : run.startWord;
    // "+44 ...", "plus four four ...", or an international prefix written before three groups or
    // more ("001-415-555-0132", "0044 20 7946 0018"): dialled from abroad by its writing alone
    const written =
      WRITTEN_PLUS.test(ctx.words[run.startWord]!.text.trim()) ||
      spokenPlus ||
      (writtenGroups(ctx, run)?.length ?? 0) >= 3;
    if (p && (p.isValid() || (p.isPossible() && (phoneCue || rc.labelAfter || written)))) {
      return {
        ...range,
        startWord: start,
        score: phoneCue ? 0.95 : p.isValid() ? 0.9 : 0.8,
        reason: 'libphonenumber:intl',
        // values are national numbers for NANP (+1), so "+1 415 ..." and "415 ..." are one value
        value: p.countryCallingCode === '1' ? p.nationalNumber : digits,
      };
    }
  }
  const d = run.digits;
  const national = d.length === 11 && d[0] === '1' ? d.slice(1) : d;
  // "44179-05376": two groups of five are how Iran writes a postcode, never how NANP writes a number
  const fiveAndFive =
    run.endWord - run.startWord === 1 &&
    IR_POSTCODE.test(ctx.words[run.startWord]!.text.replace(/[.,;:]+$/, ''));
  const shaped = fiveAndFive ? null : nanp(d, ctx);
  if (shaped) {
    const score = phoneCue ? 0.95 : shaped.valid ? 0.85 : 0.7;
    return { ...range, score, reason: phoneCue ? 'context:phone' : 'libphonenumber', value: national };
  }
  // a national number of another region first: ten digits after a cue with a trunk zero ("oh
  // two four ... three oh") score as any cued number, so a trailing "oh" is not cut off for a
  // nine-digit reading that would score higher
  const other = otherRegions(ctx, run, rc);
  if (other) return { ...range, ...other, value: d };
  if (national.length === 10 && phoneCue) {
    return { ...range, score: 0.85, reason: 'context:phone', value: national };
  }
  // a length no plan checks, on the cue's word alone: digits as a phone number is read out, not
  // a date or a count said in natural numbers after it ("... two thousand three twelve thirteen")
  if (phoneCue && (d.length === 7 || (d.length >= 9 && d.length <= 24)) && readAsPhone(run)) {
    return { ...range, score: 0.8, reason: 'context:phone', value: national };
  }
  return null;
}

/**
 * A national number of the default region or of any other (libphonenumber's plans of every
 * region), when its shape or its context says phone: a trunk prefix with groups or digit-by-digit
 * speech, a phone cue before it or a label after it. Dates, amounts and years are left alone.
 */
function otherRegions(
  ctx: DetectionContext,
  run: SpokenRun,
  rc: RunContext,
): { score: number; reason: string } | null {
  const d = run.digits;
  if (d.length < 6 || d.length > 15 || d.length !== run.text.length) return null;
  // pieces joined across other words ("1945 -- 21 November 1945") are the NANP rules' business
  if (ctx.spoken.wordRun[run.startWord] !== ctx.spoken.wordRun[run.endWord - 1]) return null;
  const groups = writtenGroups(ctx, run);
  const cued = rc.phoneCue || rc.labelAfter;
  const text = groups ? writtenText(ctx, run) : '';
  if (groups && isbnShaped(text)) return null;
  // "21.12.34" is a date, unless a word naming the telephone introduces it ("Tel. 21.12.34", six
  // digits in pairs: the whole number of the plans of FO, GL, WF ...)
  // brackets and quotes around it, or typographic dashes, do not change what it is ("(1795–1873)")
  const unquoted = text.replace(/^[(["'“‘«]+|[)\]"'”’»]+$/gu, '').replace(/[\u2010-\u2015\u2212]/gu, '-');
  if (groups && dateShaped(unquoted) && !(rc.namesPhone && groups.every((g) => g === 2))) return null;
  if (groups && (TIME_RANGE.test(unquoted) || CEP.test(unquoted))) return null;
  // "Hours 0900 - 1730": opening hours, unless a word naming the telephone introduces them; a
  // quarter-hour dash range ("0900-1730") without a word of hours is still a phone after "call us on"
  if (!rc.namesPhone && openingHours(ctx, run, groups && !rc.phoneCueNear ? unquoted : null)) return null;
  // said digit by digit or in pairs with pauses between the groups ("six one two, three four, ..."):
  // the speaker's grouping, read as a written one
  const paused = groups ? null : spokenGroups(ctx, run);
  // "nineteen eighty four", "two thousand and nine"
  if (!groups && !saidAsDigits(run) && !(cued && (saidInPairs(run) || saidInPieces(run))) && !paused)
    return null;
  const written = groups !== null && groups.length >= 2;
  // the area code in brackets before the rest ("(96) 123456", "(5123) 4567"): a phone's writing
  const bracketed = written && AREA_IN_BRACKETS.test(ctx.words[run.startWord]!.text);
  const oneWord = run.endWord - run.startWord === 1;
  // seven digits without a cue: only written as one word in groups as some region writes its
  // numbers ("622-1234", "75.12.34"), after an area code in brackets, or said in groups; spaced
  // groups of seven digits in text are counts and codes
  if (!cued && (d.length < 7 || (d.length === 7 && !(written && (oneWord || bracketed)) && !paused)))
    return null;
  const fit = nationalFit(d, rc.region, ctx);
  // "1 234 567", "12.500.000": an amount; but nine digits in threes ("699 482 137") or groups
  // opening with a trunk zero ("061 123 456") are how most regions write a phone number
  if (groups && !cued && amountShaped(text) && !phoneInThousands(text, fit)) return null;
  // a round amount in thousands ("12 500 000") is one even after a cue ("messages to 12 500 000 ...")
  if (groups && THOUSANDS.test(text) && ROUND.test(text)) return null;
  // "296-0890 静岡県 ...": a postcode before its place in a script without capitals
  if (!cued && oneWord && postcodeBeforeScript(addressView(ctx), run.startWord)) return null;
  const reason = cued ? 'context:phone' : 'libphonenumber:national';
  // after "Tel.:" or before "(mobile)" a length possible in some region is enough
  if (cued) return fit.possible ? { score: 0.9, reason } : null;
  // no cue: a date, years or a ZIP+4 code written with spaces or hyphens are none of a phone's
  if (
    written &&
    (spacedDate(unquoted) || YEARS.test(unquoted) || ZIP_PLUS_4.test(unquoted) || IR_POSTCODE.test(unquoted))
  )
    return null;
  // "in 2006 125 people came": a year, then a count written after it
  if (written && YEAR_THEN_NUMBER.test(unquoted)) return null;
  // written in groups as libphonenumber formats the number in a region where it is valid ("612 34
  // 56 78" in ES, "(11) 96123-4567" in BR, "9123-4567" in HN): people write their own country's
  // grouping; an account or an order number is not grouped so by chance (the score passes the
  // account detector's bare long digits). Two groups apart ("3212 3456") are too common a shape:
  // only in one word, or valid in the default region (below)
  const distinct = written && (groups.length >= 3 || oneWord || bracketed);
  const grouping = distinct ? groups : paused;
  if (grouping && d.length <= MAX_NATIONAL && !rc.afterLetters && fit.writtenAs(grouping.join(',')))
    return { score: 0.8, reason };
  if (d.length < 8) return null;
  // "020 7946 0018", "(030) 901820", "06-12345678", "oh two oh seven nine four six ...": a trunk
  // prefix, the number in groups or said digit by digit
  const grouped = !groups || groups.length >= 2;
  if (fit.trunk && grouped) return { score: fit.preferred ? 0.85 : 0.8, reason };
  // "0412345678": ten digits or more written in one piece after a trunk prefix, as said digit by digit
  if (fit.trunk && d.length >= 10) return { score: 0.75, reason };
  if (fit.preferred && grouped && d.length >= 8) return { score: 0.75, reason };
  // "71-48-36-29", "seven one four eight three six two nine": written in three or more groups,
  // or said digit by digit, and valid in some region
  // (fit.plain last: finding a region that takes the digits as they are parses numbers)
  if (!rc.afterLetters && (groups ? groups.length >= 3 : true) && fit.plain) return { score: 0.6, reason };
  return null;
}

/**
 * A number that begins inside a run, after other digits ("Cairo 11381 00268 7612 8879", "80888
 * +681 82 14 73", "09216 1-406-555-0178x312"): the tail of the run from a chunk that opens an
 * international, national or North American number, when libphonenumber finds it valid by its own
 * shape (or possible, when it is written with its country code and labelled after).
 */
/** A word written as a North American number opens ("1-406-947-4227x875", "(415)"). */
const NANP_WRITTEN = /^(?:1[-.])?(?:\(\d{3}\)$|\(?\d{3}\)?[-.]\d{3}[-.]\d{4})/;

/**
 * Does a run open on a number of four or five digits after a word of letters (a town and its
 * postcode before a phone number: "Tarnmoor 4821 010 485 29939 office"), written as a word alone or
 * said as a number ("tarnmoor four thousand eight hundred twenty one oh one ...")?
 */
export function postcodeFirst(ctx: DetectionContext, run: SpokenRun): boolean {
  const first = run.chunks[0]!;
  const second = run.chunks[1];
  if (!second || !/\p{L}/u.test(ctx.words[run.startWord - 1]?.text ?? '')) return false;
  if (first.kind === 'number') return /^[1-9]\d{3,4}$/.test(first.text);
  return (
    first.kind === 'literal' &&
    first.endWord === first.startWord + 1 &&
    second.startWord > first.startWord &&
    /^[1-9]\d{3,4},?$/.test(ctx.words[first.startWord]!.text)
  );
}

/** One word written as a whole number in three groups or more ("27-51-39-84", "412.555.0187,"). */
const GROUPED_WORD = /^\(?\+?\d+\)?(?:[-.]\d+){2,}[.,;:]?$/;

/**
 * The number after a postcode in one run (postcodeFirst): a number that opens inside the run (a
 * trunk zero, "+", a North American writing) when the whole run is a phone only by a label after
 * it; or the rest of the run alone, when it is a whole number by itself: one word written in groups
 * ("Tarnmoor, QX 48213 27-51-39-84 office") or, when the whole is no valid number, seven digits or
 * more written ("4821 607922729 office", "4821 911 43 46 77 office") or said one by one after a
 * postcode said as a number.
 */
function afterTheCode(
  ctx: DetectionContext,
  run: SpokenRun,
  rc: RunContext,
  wholeValid: boolean,
): Found | null {
  const inside = wholeValid ? null : numberInside(ctx, run, rc);
  if (inside) return inside;
  const chunks = run.chunks.slice(1);
  const word = ctx.words[chunks[0]!.startWord]!.text;
  const oneWord = run.chunks[0]!.kind === 'literal' && run.endWord - run.startWord === 2;
  const digits = chunks.reduce((n, c) => n + c.text.replace(/\D/g, '').length, 0);
  const rest =
    (oneWord && GROUPED_WORD.test(word)) ||
    (!wholeValid &&
      digits >= 7 &&
      (run.chunks[0]!.kind === 'literal'
        ? chunks.every((c) => c.kind === 'literal')
        : chunks.every((c) => c.kind === 'digit')));
  if (!rest) return null;
  const text = chunks.map((c) => c.text).join('');
  const tail = { ...run, startWord: chunks[0]!.startWord, chunks, text, digits: text.replace(/\D/g, '') };
  const found = classify(ctx, tail, rc);
  return found && found.score >= 0.8 ? found : null;
}

function numberInside(ctx: DetectionContext, run: SpokenRun, rc: RunContext): Found | null {
  for (let k = 1; k < run.chunks.length; k++) {
    const c = run.chunks[k]!;
    if (c.kind === 'literal') {
      const word = ctx.words[c.startWord]!.text;
      if (!/^(?:0|\+)/.test(c.text) && !word.startsWith('+') && !NANP_WRITTEN.test(word)) continue;
    } else if (!/^00/.test(c.text + (run.chunks[k + 1]?.text ?? ''))) {
      // in speech only "oh oh" / "double zero" shows where a number begins: an international prefix
      continue;
    }
    const chunks = run.chunks.slice(k);
    const text = chunks.map((x) => x.text).join('');
    if (text.length < 7) break;
    const tail = { ...run, startWord: c.startWord, chunks, text, digits: text.replace(/\D/g, '') };
    // a label after the run names its last number ("09216 001-682-... office")
    const found = classify(ctx, tail, { ...rc, phoneCue: false });
    // spoken: only an international number; written: also a national one by its own shape, or
    // one that the label after the run names
    const wanted =
      c.kind === 'literal'
        ? rc.labelAfter
          ? /^libphonenumber|^context:phone$/
          : /^libphonenumber/
        : /^libphonenumber:intl$/;
    if (found && found.score >= 0.8 && wanted.test(found.reason ?? '')) return found;
  }
  return null;
}

/**
 * Two numbers of one region said back to back as one run ("oh six one two three four five six seven
 * eight oh six one two three four five six four seven"): 14 to 24 digits said, not written, that
 * split at a word boundary into two halves of one length, which open with the same two digits and
 * are each a number of some region (with or without its trunk prefix); also one number said twice
 * (a read-back). Null for anything else: a number with its country code is one number.
 */
export function twoSaidNumbers(
  ctx: DetectionContext,
  run: SpokenRun,
  region: CountryCode | undefined,
): SpokenRun[] | null {
  const n = run.digits.length;
  if (n < 14 || n > 24 || n % 2 !== 0 || run.text !== run.digits) return null;
  if (run.chunks.every((c) => c.kind === 'literal') || international(ctx, run)) return null;
  let at = 0;
  let k = 0;
  while (k < run.chunks.length && at < n / 2) at += run.chunks[k++]!.text.length;
  if (at !== n / 2) return null;
  const piece = (chunks: SpokenRun['chunks']): SpokenRun => {
    const text = chunks.map((c) => c.text).join('');
    return {
      startWord: chunks[0]!.startWord,
      endWord: chunks[chunks.length - 1]!.endWord,
      text,
      digits: text,
      chunks,
    };
  };
  const a = piece(run.chunks.slice(0, k));
  const b = piece(run.chunks.slice(k));
  if (a.digits.slice(0, 2) !== b.digits.slice(0, 2)) return null;
  const fits = (r: SpokenRun): boolean => {
    const fit = nationalFit(r.digits, region, ctx);
    return fit.trunk !== undefined || fit.plain !== undefined || nanp(r.digits, ctx) !== null;
  };
  return fits(a) && fits(b) ? [a, b] : null;
}

/** "or" and "and" in the languages of the cue lists: between two runs, two numbers offered. */
const ALTERNATIVES = new Set([
  'or',
  'and',
  'oder',
  'und',
  'ou',
  'et',
  'o',
  'y',
  'e',
  'of',
  'en',
  'eller',
  'og',
  'och',
  'tai',
  'ja',
  'lub',
  'albo',
  'или',
  'и',
]);
/** Digits on each side of "or" that make each a whole number (the plans of LU, FO, SE ... have six). */
const ALTERNATIVE_DIGITS = 6;

/** A letter of a script other than Latin, Cyrillic and Greek. */
const OTHER_SCRIPT_LETTER = /[^\P{L}\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u;

/** Can runs a and b be parts of one number said in pieces ("four one five, then five five five ...")? */
function continues(ctx: DetectionContext, a: SpokenRun, b: SpokenRun): boolean {
  return (
    b.startWord - a.endWord <= 2 &&
    // "Tel. 70 83 37 or 77 55 81": two whole numbers of a small plan offered as alternatives
    !(
      a.digits.length >= ALTERNATIVE_DIGITS &&
      b.digits.length >= ALTERNATIVE_DIGITS &&
      ctx.tokens.slice(a.endWord, b.startWord).some((t) => ALTERNATIVES.has(t))
    ) &&
    ctx.words[a.startWord]!.speaker === ctx.words[b.startWord]!.speaker &&
    !/[a-z]/.test(b.text) &&
    // a word of another script between the pieces ("81924 سیف کالونی 86541"): a house number and a postcode
    !ctx.words.slice(a.endWord, b.startWord).some((w) => OTHER_SCRIPT_LETTER.test(w.text)) &&
    b.digits.length <= 7 &&
    // a written label between the pieces ("612873 (Probe: 31") opens another field
    !ctx.words.slice(a.endWord, b.startWord).some((w) => /:\W*$/.test(w.text)) &&
    // a town or street word between the pieces ("360, Tamsby, 8350493"): a house number and a postcode
    !addressWordBetween(ctx.words, a.endWord, b.startWord) &&
    // a cue between the pieces opens another value ("seventeen oh oh oh | number humi | thirty ...")
    (b.startWord === a.endWord || nearestCue(ctx, b.startWord, b.startWord - a.endWord) === undefined)
  );
}

/**
 * Built with "thousand" into five digits or more ("five hundred thirty thousand four hundred
 * ninety"): an amount. Phone numbers are said digit by digit, in pairs, or with a round "two
 * thousand" at most.
 */
const amountSaid = (run: SpokenRun): boolean =>
  run.chunks.some((c) => c.kind === 'number' && c.text.length >= 5);

/** Is b the other speaker repeating piece a right after it ("four one five | four one five")? */
function echoes(ctx: DetectionContext, a: SpokenRun, b: SpokenRun, after: number): boolean {
  return (
    b.text === a.text &&
    b.startWord - after <= 3 &&
    ctx.words[a.startWord]!.speaker !== ctx.words[b.startWord]!.speaker
  );
}

/**
 * Joins a run with the next one or two when together they make 10 or 11 digits, or, after a phone
 * cue (`loose`), 10 to 14 digits: a number corrected or repeated in pieces still leaks in pieces.
 * The other speaker echoing each piece back ("four one five | four one five | five five five ...")
 * does not break the number: the echoes are covered with it.
 */
function joined(
  ctx: DetectionContext,
  runs: readonly SpokenRun[],
  i: number,
  loose: boolean,
): SpokenRun | null {
  let acc = runs[i]!;
  let last = acc; // the last piece said by the speaker of the number
  let pieces = 1;
  let found: SpokenRun | null = null;
  const end = Math.min(runs.length, i + 6); // pieces and echoes: a bounded look-ahead
  for (let k = i + 1; k < end && pieces < 3; k++) {
    const b = runs[k]!;
    if (echoes(ctx, last, b, acc.endWord)) {
      acc = { ...acc, endWord: b.endWord };
      continue;
    }
    if (!continues(ctx, { ...last, endWord: acc.endWord }, b)) break;
    const text = acc.text + b.text;
    acc = {
      startWord: acc.startWord,
      endWord: b.endWord,
      text,
      digits: text,
      chunks: [...acc.chunks, ...b.chunks],
    };
    last = b;
    pieces++;
    if (text.length === 10 || (text.length === 11 && text[0] === '1')) {
      const echo = runs[k + 1];
      return echo && echoes(ctx, b, echo, b.endWord) ? { ...acc, endWord: echo.endWord } : acc;
    }
    if (loose && text.length >= 10 && text.length <= 14) found = acc;
  }
  return found;
}

/** Cues after which a run is someone else's value; money and time cues are not trusted to veto a phone. */
const FOREIGN = new Set(['account', 'card', 'routing', 'member', 'ssn', 'dob', 'last4', 'company', 'other']);
/** Customer-number cues that take even a complete NANP number, when they introduce it directly. */
const DIRECT = new Set(['account', 'card', 'routing', 'member', 'ssn', 'last4']);
/**
 * Significant words after a cue of a field that is no number ("name", "email", "zip") within which
 * it still claims a number found valid by libphonenumber ("postcode 01310-100" is the postcode's).
 */
const OTHER_FIELD_REACH = 3;
/** Words allowed between an area code and the local number ("... and the rest of it is ..."). */
const AREA_CODE_GAP = 8;

/**
 * Do the cues before a run (nearest first) give it to someone else? A number that is a phone
 * number by its own shape (`strong`: NANP, international, or national with a trunk prefix) is only
 * taken by a company reference or a customer-number cue that introduces it directly; and a
 * company word that only mentions a record after a phone cue ("call me on the number I gave with my
 * order, 020 ...") names no number.
 */
function vetoed(
  ctx: DetectionContext,
  hits: readonly CueHit[],
  strong: boolean,
  valid = false,
  labelled = false,
  digits = '',
): boolean {
  const cue = hits[0];
  if (!cue) return false;
  // "happy birthday six one two ... is my new number": a birthday names a date, not digits that
  // read as none and that a phrase after them names a phone's
  // ("my birthday is twelve oh three nineteen ninety, my new number ...": a date stays the birthday's)
  if (cue.cue === 'dob' && digits !== '') {
    if (dateDigits(digits)) return true;
    if (labelled) return vetoed(ctx, hits.slice(1), strong, valid, labelled, digits);
  }
  // "My order never arrived. 0612 345 678 is my cell": a record word alone names the value right
  // after it in its clause ("order 4411"), not one after a full stop or a comma
  // ("My credit card was declined. 0612 ... mobile": so does the word naming a card or an account)
  const namesNoNumber = !cue.phrase.includes(' ') || modifiesBareCue(cue);
  if (cue.cue !== 'phone' && cue.acrossClause && namesNoNumber)
    return vetoed(ctx, hits.slice(1), strong, valid, labelled);
  if (cue.cue === 'company') {
    // "your order number is ...", "toll free at ...": a phrase naming the number takes it; a bare
    // record word only right before it ("order 4155550132"), unless a phone cue asked for it
    if (!strong || cue.phrase.includes(' ')) return true;
    // a label after the number ("... is my cell", "(fax)") names it surely than a record word
    // not right before it ("my order never arrived 0612 ... is my cell")
    if (labelled && cue.distance > 0) return false;
    return cue.distance <= 2 && hits[1]?.cue !== 'phone';
  }
  // "the name on the account ... (405) 555-0196": a complete number is not the account's
  if (strong)
    return DIRECT.has(cue.cue) && cue.distance <= 3 && !(labelled && namesNoNumber && cue.distance > 0);
  // "my name is Tomasz, they never answer at 71-48-36-29": a field that is no number (name,
  // email, address) was given its value words ago; only right before a number does it claim it
  if (cue.cue === 'other' && cue.distance > OTHER_FIELD_REACH && valid) return hits[1]?.cue === 'company';
  return FOREIGN.has(cue.cue) || deviceOfCompanyNumber(ctx, hits);
}

const DETERMINERS = wordSet('number-cues/record-determiners');

/**
 * "The IMEI of the phone? | 3569 ...", "the serial number for your cell": the phone cue is one word
 * naming the device, after a determiner, and a company number (device id, serial) asked for in the
 * same clause before it is the value. A company word in an earlier clause ("a question about my
 * order, please call me at ...") or before a request to call ("order by phone at ...") asks for
 * nothing after the phone cue.
 */
function deviceOfCompanyNumber(ctx: DetectionContext, hits: readonly CueHit[]): boolean {
  const [phone, company] = hits;
  if (company?.cue !== 'company' || !phone || phone.phrase.includes(' ')) return false;
  if (!DETERMINERS.has(ctx.tokens[phone.word - 1] ?? '')) return false;
  for (let w = company.word; w < phone.word; w++) if (CLAUSE_END.test(ctx.words[w]!.text)) return false;
  return true;
}

/** A word that ends a clause as written ("order,", "booking:", "cancelled."). */
const CLAUSE_END = /[.,;:!?]["'”’)]*$/u;

/** Index of the first significant word at or after `w` (pure punctuation and fillers skipped). */
function nextWord(ctx: DetectionContext, w: number): number {
  while (w < ctx.tokens.length && (ctx.tokens[w] === '' || FILLERS.has(ctx.tokens[w]!))) w++;
  return w;
}

/** Is the number followed by a label naming it ("020 7946 0018 (home)", "781 1704 office")? */
function labelAfter(ctx: DetectionContext, endWord: number): boolean {
  const w = nextWord(ctx, endWord);
  return w < ctx.tokens.length && ctx.words[w]!.speaker === ctx.words[endWord - 1]!.speaker
    ? LABELS_AFTER.has(ctx.tokens[w]!)
    : false;
}

/** A label or a phrase naming the number after its extension ("... ext. 12 office", "... x204 is my cell"). */
const namedAfter = (ctx: DetectionContext, end: number): boolean =>
  labelAfter(ctx, end) || cueAfter(ctx, end);

/**
 * Is a number ending at `end` named a phone's by the words after it: a label ("(mobile)", "fax"),
 * past an extension, or a phrase ("is my cell")? For detectors that must leave such a number alone.
 */
export const phoneNamedAfter = (ctx: DetectionContext, end: number): boolean =>
  namedAfter(ctx, extensionAfter(ctx, end));

/** Is the number followed, within a few words of the same turn, by a phrase naming it ("... still your number?")? */
function cueAfter(ctx: DetectionContext, endWord: number): boolean {
  let prev = '';
  let w = nextWord(ctx, endWord);
  for (let n = 0; n < CUE_AFTER_WINDOW && w < ctx.tokens.length; n++) {
    if (ctx.words[w]!.speaker !== ctx.words[endWord - 1]!.speaker || ctx.spoken.wordRun[w] !== -1)
      return false;
    const t = ctx.tokens[w]!;
    if (CUES_AFTER.has(`${prev} ${t}`)) return true;
    if (/[.?!]$/.test(ctx.words[w]!.text)) return false;
    prev = t;
    w = nextWord(ctx, w + 1);
  }
  return false;
}

const WRITTEN_EXTENSION = /^(?:x|ext|extn)\.?\d{1,6}$/;
/** A literal chunk of a number's last digits with an extension written onto it: "4172x123" -> "4172". */
const GLUED_EXTENSION = /^(\d*)(?:x|ext|extn)\d{1,6}$/;
/** The same on a word as written, to leave out of its digit groups ("888-4172x123"). */
const WORD_EXTENSION = /(?:x|ext\.?|extn\.?)\d{1,6}\W*$/i;

/** End of an extension said or written after a number ending at `endWord` ("x204", "ext. 17"), or `endWord`. */
function extensionAfter(ctx: DetectionContext, endWord: number): number {
  const w = nextWord(ctx, endWord);
  if (w >= ctx.tokens.length || ctx.words[w]!.speaker !== ctx.words[endWord - 1]!.speaker) return endWord;
  const t = ctx.tokens[w]!;
  if (WRITTEN_EXTENSION.test(t)) return w + 1;
  if (!EXTENSION_WORDS.has(t)) return endWord;
  // a first "oh" is dropped from a short run as an interjection: after an extension word it is
  // the extension's first zero ("extension oh four eight")
  let first = nextWord(ctx, w + 1);
  if (OH.test(ctx.tokens[first] ?? '') && ctx.spoken.wordRun[first] === -1) first = nextWord(ctx, first + 1);
  const run = ctx.spoken.runs[ctx.spoken.wordRun[first] ?? -1];
  if (!run || run.startWord !== first) return endWord;
  // the digits only: "ext one e mail" goes on with the e of "e mail"
  let end = -1;
  let digits = 0;
  for (const c of run.chunks) {
    if (!/^\d+$/.test(c.text)) break;
    digits += c.text.length;
    end = c.endWord;
  }
  return end > 0 && digits <= 6 ? end : endWord;
}

/**
 * The digits of a run that goes on with letters: an extension ("555-0132 x204", "... x two oh
 * four") whose end is returned with it, or letters of the next words ("... eight e mail": the e of
 * "e mail"). Null when the letters come first or too few digits precede them.
 */
function digitsPart(ctx: DetectionContext, whole: SpokenRun): { run: SpokenRun; end: number } | null {
  // letters before the digits ("... vic six five five ...", "o a a six one ...") are another value
  let lead = 0;
  while (lead < whole.chunks.length && /^[a-z]/.test(whole.chunks[lead]!.text)) lead++;
  let run = whole;
  if (lead > 0) {
    const chunks = whole.chunks.slice(lead);
    if (chunks.length === 0) return null;
    const text = chunks.map((c) => c.text).join('');
    run = { ...whole, chunks, text, digits: text.replace(/\D/g, ''), startWord: chunks[0]!.startWord };
  }
  // an extension written with a hash after the number ("(268) 464-1234 #123"): its digits are
  // read as more digits of the run
  const hash = run.chunks.findIndex(
    (c, i) => i > 0 && c.kind === 'literal' && HASH_EXTENSION.test(ctx.words[c.startWord]!.text),
  );
  if (hash > 0) {
    const chunks = run.chunks.slice(0, hash);
    const text = chunks.map((c) => c.text).join('');
    if (text.length >= 5 && !/[a-z]/.test(text))
      return {
        run: { ...run, chunks, text, digits: text, endWord: chunks[hash - 1]!.endWord },
        end: run.chunks[hash]!.endWord,
      };
  }
  const k = run.chunks.findIndex((c) => /[a-z]/.test(c.text));
  if (k < 0) return { run, end: run.endWord };
  // an extension written onto the number's last group ("(579)888-4172x123", "555-0132ext17")
  const glued = run.chunks[k]!.kind === 'literal' ? GLUED_EXTENSION.exec(run.chunks[k]!.text) : null;
  if (glued && glued[1] !== '') {
    const chunk = run.chunks[k]!;
    const chunks = [...run.chunks.slice(0, k), { ...chunk, text: glued[1]! }];
    const text = chunks.map((c) => c.text).join('');
    if (text.length < 5) return null;
    return { run: { ...run, chunks, text, digits: text, endWord: chunk.endWord }, end: chunk.endWord };
  }
  const head = run.chunks.slice(0, k);
  const text = head.map((c) => c.text).join('');
  if (text.length < 5) return null;
  const part = { ...run, chunks: head, text, digits: text, endWord: head[k - 1]!.endWord };
  if (part.startWord !== whole.startWord && text.length < 5) return null;
  const tail = run.chunks.slice(k);
  let end = part.endWord;
  if (/^(?:x|ext|extn)\d{1,6}$/.test(tail[0]!.text)) end = tail[0]!.endWord;
  else if (tail[0]!.text === 'x' && tail[1] && /^\d+$/.test(tail[1].text)) {
    let e = 1;
    while (tail[e] && /^\d+$/.test(tail[e]!.text)) e++;
    end = tail[e - 1]!.endWord;
  }
  return { run: part, end };
}

/** An extension written with a hash, the word alone: "#123", also before a closing quote or bracket ('#123"'). */
const HASH_EXTENSION = /^#\d{1,6}[.,;:!?"'”’»)\]>]*$/u;

/** Significant words a phone cue may stand before a short number it names ("my phone number is"). */
const SHORT_CUE_REACH = 2;

/** Is the cue a word naming the telephone ("Tel.", "fax", "my phone number is") right before the number? */
const namesPhoneRightBefore = (cue: CueHit | undefined): boolean =>
  cue !== undefined &&
  cue.distance <= SHORT_CUE_REACH &&
  cue.phrase.split(' ').some((w) => NAMES_PHONE_WORD.test(w));

/**
 * Five digits named directly by a phone cue ("update my phone number to 47319", "Tel. 23456"): the
 * whole number of a small numbering plan (Cook Islands, Saint Helena, Tuvalu, Niue ...), when
 * some region allows numbers of that length and no unit makes it a quantity.
 */
function shortAfterCue(
  ctx: DetectionContext,
  run: SpokenRun,
  cue: CueHit | undefined,
  phoneCue: boolean,
  region: CountryCode | undefined,
): boolean {
  if (!phoneCue || !namesPhoneRightBefore(cue)) return false;
  if (run.digits.length !== 5 || run.digits.length !== run.text.length || unitAfter(ctx, run.endWord))
    return false;
  return nationalFit(run.digits, region, ctx).possible !== undefined;
}

/**
 * Six digits that a phone label or an extension right after names ("82 57 19 (fax)", "eight two
 * five seven oh nine office", "21 12 34 x204"): a whole number of the plans that dial six digits (WF, GL, FO, SR ...). Said digit by
 * digit or written in groups that are no thousands ("150,000 office chairs" is a count).
 */
function labelledSix(ctx: DetectionContext, run: SpokenRun, end: number, glued: boolean): boolean {
  if (!glued && !labelAfter(ctx, end) && extensionAfter(ctx, end) === end) return false;
  const groups = writtenGroups(ctx, run);
  if (!groups) return saidAsDigits(run);
  return groups.length >= 2 && !amountShaped(writtenText(ctx, run));
}

/** The 7-digit local number said a few words after an area code (run i), when nothing else claims it. */
function localAfterAreaCode(ctx: DetectionContext, runs: readonly SpokenRun[], i: number): SpokenRun | null {
  const next = runs[i + 1];
  if (!next || next.startWord - runs[i]!.endWord > AREA_CODE_GAP) return null;
  if (next.digits.length !== 7 || next.text.length !== 7) return null;
  const cue = nearestCue(ctx, next.startWord);
  return !cue || cue.cue === 'phone' ? next : null;
}

/** Letters of a telephone keypad (ITU E.161): "FLOWERS" -> "3569377". */
const KEYPAD = ['', '', 'ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'];
const KEY_OF = new Map<string, string>();
KEYPAD.forEach((letters, digit) => {
  for (const l of letters) KEY_OF.set(l, String(digit));
});
/**
 * A vanity number as written: digits, then letters in capitals standing for keypad digits
 * ("1-800-FLOWERS", "555-TAXI", "555-CALL-NOW"); a code opening with letters ("COVID-19",
 * "ABC-1234") or a word alone ("Phone: UNKNOWN") is none.
 */
const VANITY = /^\+?[\d()-]*\d[\d()-]*[A-Z]{3}[A-Z-]*[.,;:!?]?$/;
/** An area code written as the word before a vanity number ("(415) 555-TAXI"). */
const AREA_WORD = /^\(?[2-9]\d\d\)?$/;

/**
 * Vanity numbers after a phone cue ("my number is 555-CALL-NOW", "Phone: 1-800-FLOWERS"): the
 * letters read on the keypad must make a local number of 7 digits or a NANP number.
 */
function vanityNumbers(ctx: DetectionContext, taken: readonly Candidate[]): Found[] {
  const out: Found[] = [];
  for (let w = 0; w < ctx.words.length; w++) {
    const text = ctx.words[w]!.text;
    if (!VANITY.test(text) || taken.some((c) => c.startWord <= w && w < c.endWord)) continue;
    let digits = [...text].map((ch) => KEY_OF.get(ch) ?? (/\d/.test(ch) ? ch : '')).join('');
    let start = w;
    const area = ctx.words[w - 1]?.text ?? '';
    if (digits.length === 7 && AREA_WORD.test(area)) {
      digits = area.replace(/\D/g, '') + digits;
      start = w - 1;
    }
    if (digits.length !== 7 && !nanp(digits, ctx)) continue;
    const hits = cuesBefore(ctx, start, 14, 2);
    if (hits[0]?.cue !== 'phone' || vetoed(ctx, hits, false)) continue;
    out.push({ startWord: start, endWord: w + 1, score: 0.85, reason: 'context:vanity', value: digits });
  }
  return out;
}

export const phoneDetector: Detector = {
  name: NAME,
  entityTypes: ['PHONE_NUMBER'],
  detect(ctx) {
    const out: Candidate[] = [];
    const { runs, shared } = splitGluedSlashes(
      ctx,
      splitAtInitials(runsCutAtSlashes(ctx.words, ctx.spoken.runs)),
    );
    let consumedUntil = 0; // end of the last number joined from pieces
    const push = (found: Omit<Candidate, 'type' | 'detector'>): void => {
      out.push({ type: 'PHONE_NUMBER', detector: NAME, ...found });
      consumedUntil = found.endWord;
    };
    const region = knownRegion(ctx.region);
    for (let i = 0; i < runs.length; i++) {
      // a run opening on a word shared with the number before it ("678/0412") starts inside it
      const inside = shared.has(runs[i]!) && runs[i]!.startWord === consumedUntil - 1;
      if (
        (runs[i]!.startWord < consumedUntil && !inside) ||
        runs[i]!.digits.length < 3 ||
        amountSaid(runs[i]!)
      )
        continue;
      // "〒100-0014": Japan's postal mark makes the number a postcode
      if (ctx.words[runs[i]!.startWord]!.text.startsWith('〒')) continue;
      const glued = unglue(ctx, runs[i]!);
      const part = digitsPart(ctx, glued.run);
      if (!part) continue;
      let run = part.run;
      const hits = cuesBefore(ctx, run.startWord, 14, 2);
      const cue = hits[0];
      // after spelled letters ("c x four four nine ...") the digits may be the tail of a code: the
      // cue before the letters does not vouch for them
      const phoneCue =
        (cue?.cue === 'phone' ||
          glued.before ||
          gluedLabel(ctx, run.startWord) ||
          colonLabelBefore(ctx, run.startWord) ||
          bareLabelBefore(ctx, run)) &&
        run.startWord === runs[i]!.startWord;
      const parts = splitNanp(run, ctx);
      if (parts) {
        if (vetoed(ctx, hits, true, false, namedAfter(ctx, run.endWord)) || isCompanyReference(ctx, run))
          continue;
        for (const p of parts) push(classify(ctx, p, { phoneCue, labelAfter: false, region })!);
        continue;
      }
      // "phone oh six one two ... oh six one two ...": two numbers said back to back (written with
      // a slash or a comma between them, which speech drops)
      const pair = phoneCue || labelAfter(ctx, part.end) ? twoSaidNumbers(ctx, run, region) : null;
      if (pair) {
        if (vetoed(ctx, hits, true, true, true) || isCompanyReference(ctx, run)) continue;
        for (const p of pair)
          push({
            startWord: p.startWord,
            endWord: p.endWord,
            score: 0.85,
            reason: 'context:phone',
            value: p.digits,
          });
        continue;
      }
      // "011 54 9 11 2345 6789": up to 15 digits after an international prefix are one number
      if (run.digits.length > 15 && !phoneCue && (international(ctx, run)?.length ?? 16) > 15) {
        // "Cairo 11381 00268 7612 8879": a number after other digits in one run
        const label = glued.after || labelAfter(ctx, part.end);
        const rc = { phoneCue, labelAfter: label, region };
        // "Tarnmoor 48213 31 242 955 1348 office": a town's postcode, then a number the label names
        // (the account detector leaves a labelled run to this detector)
        const inside =
          numberInside(ctx, run, rc) ??
          (label && postcodeFirst(ctx, run) ? afterTheCode(ctx, run, rc, false) : null);
        if (inside && !vetoed(ctx, hits, true)) push(inside);
        continue;
      }
      if (run.digits.length < 7) {
        // a run that goes on with an extension or letters ("21 12 34 x204") is not joined with the next
        // and neither is one a label names as a whole number ("72 48 36 office or 82 57 19 fax")
        const whole =
          run.endWord === runs[i]!.endWord && !labelAfter(ctx, run.endWord)
            ? joined(ctx, runs, i, phoneCue)
            : null;
        if (whole) run = whole;
        else if (
          shortAfterCue(ctx, run, cue, phoneCue, region) &&
          !vetoed(ctx, hits, false) &&
          !isCompanyReference(ctx, run)
        ) {
          push({
            startWord: run.startWord,
            endWord: extensionAfter(ctx, part.end),
            score: 0.8,
            reason: 'context:phone-short',
            value: run.digits,
          });
          continue;
        } else if (
          run.digits.length !== 6 ||
          !(phoneCue || labelledSix(ctx, run, part.end, glued.after || part.end > run.endWord))
        ) {
          if (run.digits.length !== 3 || !phoneCue || unitAfter(ctx, run.endWord)) continue;
          const local = localAfterAreaCode(ctx, runs, i);
          const range = {
            startWord: run.startWord,
            endWord: run.endWord,
            score: 0.85,
            reason: 'context:area-code',
          };
          // both parts carry the whole number: a later read-back of it is the same value
          if (local) {
            const value = run.digits + local.digits;
            push({ ...range, value });
            push({ ...range, startWord: local.startWord, endWord: local.endWord, value });
          } else if (cue?.phrase === 'area code') push({ ...range, value: run.digits });
          continue;
        }
      }
      // no amount or count has ten digits: a unit word after a long run is the next sentence
      if (run.digits.length < 10 && unitAfter(ctx, run.endWord)) continue;
      const after = run === part.run ? part.end : run.endWord; // past a written extension
      // the label may follow the extension ("560 1234 ext. 12 office"); an extension itself says
      // that the number before it is a telephone's ("six one two ... extension two oh four")
      const extEnd = extensionAfter(ctx, after);
      const extension = extEnd > after || after > run.endWord;
      const labelled = glued.after || extension || namedAfter(ctx, extEnd);
      const rc = {
        phoneCue,
        labelAfter: labelled,
        region,
        afterLetters: run.startWord !== runs[i]!.startWord,
        namesPhone: labelled || (phoneCue && namesPhoneRightBefore(cue)),
        phoneCueNear: phoneCue && cue !== undefined && cue.distance <= SHORT_CUE_REACH,
      };
      const unprefixed = withoutLeadingOh(ctx, run, region);
      const whole = classify(ctx, unprefixed, rc);
      // classify is pure: a run without a trailing "oh" to drop is not classified twice
      const shorter = withoutTrailingOh(ctx, unprefixed);
      const trimmed = shorter === unprefixed ? whole : classify(ctx, shorter, rc);
      // a whole run libphonenumber finds valid keeps its last "oh" ("... three oh three oh (fax)")
      const wholeValid = (whole?.reason ?? '').startsWith('libphonenumber');
      // "Tarnmoor 4821 010 485 29939 office": a postcode before a number that a label names; the
      // number is the part that opens as one, when the whole is a phone by the label alone
      const afterPostcode =
        phoneCue || !postcodeFirst(ctx, run) ? null : afterTheCode(ctx, run, rc, wholeValid);
      const found =
        afterPostcode ??
        (trimmed && (!whole || (trimmed.score > whole.score && !wholeValid)) ? trimmed : whole) ??
        numberInside(ctx, run, rc);
      if (!found) continue;
      // a label right after the number names it as surely as a cue before it
      const strong =
        rc.labelAfter ||
        nanp(run.digits, ctx) !== null ||
        nanp(unprefixed.digits, ctx) !== null ||
        ((found.reason ?? '').startsWith('libphonenumber') && found.score >= 0.75);
      // a company cue before the run decides in vetoed(); without one, a repeat of a company
      // reference is one too (the agent reads the order number back)
      const valid = (found.reason ?? '').startsWith('libphonenumber') || found.reason === 'context:phone';
      if (
        vetoed(ctx, hits, strong, valid, rc.labelAfter, run.digits) ||
        (cue?.cue !== 'company' && isCompanyReference(ctx, run))
      )
        continue;
      // the extension belongs to the number ("x204", "ext. 17", "extension one seven")
      const end = found.endWord === run.endWord ? Math.max(after, extensionAfter(ctx, after)) : found.endWord;
      // "plus" said before a number is its first word, however the digits were read
      const start = ctx.tokens[found.startWord - 1] === 'plus' ? found.startWord - 1 : found.startWord;
      push({ ...found, startWord: start, endWord: end });
    }
    for (const v of vanityNumbers(ctx, out)) out.push({ type: 'PHONE_NUMBER', detector: NAME, ...v });
    return out;
  },
};
