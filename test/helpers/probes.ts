/**
 * Attack probes: fictional personal data written the way careless exports, odd ASR output or
 * a malicious input writes it (invisible characters, look-alike letters, fullwidth and other
 * scripts' digits, "[at]"/"(dot)" obfuscation, digits spread over words, turns and fillers,
 * values glued into one word or wrapped in quotes, brackets, markdown or JSON).
 *
 * A probe line marks its value with «...»: the words inside are the value, the words outside are
 * not. `|` switches the speaker (as sayWords). A control is the same disguise on ordinary words:
 * nothing in it may be found. Values are fictional: 555-01xx phones, example.com emails,
 * invented names, the Visa test card 4111 1111 1111 1111, SSN 123-45-6789.
 */
import type { EntityType, Word } from '../../src/types.js';

export interface Probe {
  category: string;
  name: string;
  words: Word[];
  type: EntityType;
  /** the words of the value (one marked range or several: digits said over two turns) */
  value: number[];
}

export interface Control {
  category: string;
  name: string;
  words: Word[];
}

/** A probe from a marked line; `disguise` rewrites each word of the value. */
export function probeFrom(
  category: string,
  name: string,
  type: EntityType,
  line: string,
  disguise: (word: string) => string = (w) => w,
): Probe {
  const speakers = ['agent', 'customer'];
  let turn = 0;
  let inside = false;
  const value: number[] = [];
  const words: Word[] = [];
  for (let text of line.split(' ')) {
    if (text === '|') {
      turn++;
      continue;
    }
    const opens = text.startsWith('«');
    if (opens) {
      inside = true;
      text = text.slice(1);
    }
    // the value ends at », which may have punctuation after it ("com».")
    const closes = text.includes('»');
    if (closes) text = text.replace('»', '');
    words.push({
      text: inside ? disguise(text) : text,
      start: words.length * 0.4,
      end: words.length * 0.4 + 0.3,
      speaker: speakers[turn % 2],
    });
    if (inside) value.push(words.length - 1);
    if (closes) inside = false;
  }
  if (value.length === 0) throw new Error(`probe ${name}: no «value» marked`);
  return { category, name, words, type, value };
}

/** The same disguise on ordinary words: the whole line must stay untouched. */
export function controlFrom(
  category: string,
  name: string,
  line: string,
  disguise: (word: string) => string,
): Control {
  const probe = probeFrom(category, name, 'PERSON', line, disguise);
  return { category, name, words: probe.words };
}

// ---- Unicode disguises (applied to each word of a value) ----

const between = (sep: string) => (w: string) => [...w].join(sep);
/** Invisible characters between every character of the word. */
export const ZERO_WIDTH: Record<string, (w: string) => string> = {
  'U+200B zero width space': between('\u200b'),
  'U+200C zero width non-joiner': between('\u200c'),
  'U+200D zero width joiner': between('\u200d'),
  'U+2060 word joiner': between('\u2060'),
  'U+FEFF BOM': between('\ufeff'),
  'U+00AD soft hyphen': between('\u00ad'),
};

export const BIDI: Record<string, (w: string) => string> = {
  'U+202E override wrap': (w) => `\u202e${w}\u202c`,
  'U+2066 isolate wrap': (w) => `\u2066${w}\u2069`,
  'U+202A embedding inside': (w) => {
    const c = [...w];
    const mid = Math.floor(c.length / 2);
    return `${c.slice(0, mid).join('')}\u202a${c.slice(mid).join('')}\u202c`;
  },
};

/** Latin letters and their Cyrillic/Greek look-alikes (a few of lexicons/confusables). */
const HOMOGLYPHS: Record<string, string> = {
  a: '\u0430',
  e: '\u0435',
  o: '\u043e',
  p: '\u0440',
  c: '\u0441',
  x: '\u0445',
  y: '\u0443',
  i: '\u0456',
  j: '\u0458',
  s: '\u0455',
  A: '\u0391',
  O: '\u039f',
  M: '\u041c',
  K: '\u039a',
  T: '\u0422',
  E: '\u0415',
};
/** Every look-alike letter swapped in. */
export const homoglyphs = (w: string): string => w.replace(/[a-zA-Z]/g, (ch) => HOMOGLYPHS[ch] ?? ch);

/** ASCII to fullwidth forms (U+FF01-U+FF5E). */
export const fullwidth = (w: string): string =>
  w.replace(/[!-~]/g, (ch) => String.fromCodePoint(ch.codePointAt(0)! - 0x21 + 0xff01));

/** ASCII digits to the digits of another script (zero code point given). */
export const scriptDigits =
  (zero: number) =>
  (w: string): string =>
    w.replace(/\d/g, (d) => String.fromCodePoint(zero + Number(d)));

/** A combining mark after every letter or digit (what "Zalgo" text does, lightly). */
export const combining =
  (mark: string) =>
  (w: string): string =>
    w.replace(/[\p{L}\p{N}]/gu, (ch) => ch + mark);

export const nfd = (w: string): string => w.normalize('NFD');

/** The base values a Unicode disguise is put on: each type, formatted (as an export writes it). */
export const UNICODE_BASES: readonly [string, EntityType, string][] = [
  ['phone', 'PHONE_NUMBER', 'you can reach me on «(415) 555-0132» after six'],
  ['email', 'EMAIL', 'send it to «maria.okafor@example.com» please'],
  ['card', 'ACCOUNT_NUMBER', 'the card number is «4111 1111 1111 1111» thanks'],
  ['ssn', 'US_SSN', 'my social security number is «123-45-6789» okay'],
  ['name', 'PERSON', 'hi this is «Maria Okafor» calling about my bill'],
  ['name without cue', 'PERSON', 'yesterday «Maria Okafor» asked for a refund'],
  ['spoken phone', 'PHONE_NUMBER', 'my number is «four one five five five five oh one three two» thanks'],
  ['spoken email', 'EMAIL', 'my email is «maria dot okafor at example dot com» thanks'],
  ['spoken name', 'PERSON', 'yeah my name is «maria okafor» and i am calling'],
  ['address', 'ADDRESS', 'i live at «1427 Maple Avenue, Springfield» now'],
  ['date of birth', 'DATE_OF_BIRTH', 'my date of birth is «March 3, 1984» okay'],
];

/** Controls: the same disguises on ordinary words. */
export const CONTROL_LINE = 'the «meeting moved to tuesday» at the office';

export const UNICODE_DISGUISES: Record<string, Record<string, (w: string) => string>> = {
  'zero-width': ZERO_WIDTH,
  bidi: BIDI,
  homoglyph: { 'cyrillic/greek look-alikes': homoglyphs },
  fullwidth: { 'fullwidth forms': fullwidth },
  'script digits': {
    'arabic-indic': scriptDigits(0x660),
    devanagari: scriptDigits(0x966),
    'fullwidth digits': scriptDigits(0xff10),
  },
  combining: {
    'U+0332 low line': combining('\u0332'),
    'U+0336 stroke': combining('\u0336'),
    'U+0301 acute on every letter': combining('\u0301'),
  },
  'nfc/nfd': { nfd },
  styled: {
    'mathematical bold': (w) =>
      w.replace(/[A-Za-z0-9]/g, (ch) => {
        const c = ch.codePointAt(0)!;
        if (c <= 0x39) return String.fromCodePoint(0x1d7ce + c - 0x30);
        return String.fromCodePoint(c <= 0x5a ? 0x1d400 + c - 0x41 : 0x1d41a + c - 0x61);
      }),
    'circled digits': (w) => w.replace(/[1-9]/g, (d) => String.fromCodePoint(0x2460 + Number(d) - 1)),
    'small form @': (w) => w.replace('@', '\ufe6b'),
  },
};

/** Written-form probes: one line each, value marked. */
export const WRITTEN_PROBES: readonly [string, string, EntityType, string][] = [
  // obfuscated emails
  ['email obfuscation', '[at] [dot]', 'EMAIL', 'write to «maria [at] example [dot] com» today'],
  ['email obfuscation', '(at) (dot) glued', 'EMAIL', 'write to «maria(at)example(dot)com» today'],
  ['email obfuscation', '{at} {dot}', 'EMAIL', 'write to «maria {at} example {dot} com» today'],
  ['email obfuscation', 'AT DOT capitals', 'EMAIL', 'write to «maria AT example DOT com» today'],
  [
    'email obfuscation',
    'at dot in formatted text',
    'EMAIL',
    'My email is «maria.okafor at example dot com». Thanks.',
  ],
  ['email obfuscation', 'dotted letters', 'EMAIL', 'email «m.a.r.i.a@example.com» please'],
  ['email obfuscation', 'spaces around @', 'EMAIL', 'email «maria @ example.com» please'],
  ['email obfuscation', '[@] glued', 'EMAIL', 'email «maria[@]example[.]com» please'],
  // digits spaced, letters for digits, spoken dashes
  ['digit spacing', 'phone digit by digit', 'PHONE_NUMBER', 'my number is «4 1 5 5 5 5 0 1 3 2» ok'],
  ['digit spacing', 'card digit pairs', 'ACCOUNT_NUMBER', 'card number «41 11 11 11 11 11 11 11» ok'],
  ['digit spacing', 'phone dotted groups', 'PHONE_NUMBER', 'call me at «415.555.0132» ok'],
  ['letters for digits', 'O for 0 in phone', 'PHONE_NUMBER', 'my cell is «415-555-O132» ok'],
  ['letters for digits', 'l for 1 in phone', 'PHONE_NUMBER', 'my phone number is «4l5-555-0l32» ok'],
  ['letters for digits', 'l for 1 in card', 'ACCOUNT_NUMBER', 'card number «4111 l111 1111 1111» ok'],
  ['letters for digits', 'Cyrillic O for 0 in phone', 'PHONE_NUMBER', 'my cell is «415-555-\u041e132» ok'],
  ['letters for digits', 'Greek O for 0 in phone', 'PHONE_NUMBER', 'my cell is «(415) 555-\u039f132» ok'],
  ['letters for digits', 'l for 1 in ssn', 'US_SSN', 'my ssn is «l23-45-6789» ok'],
  ['spoken dashes', 'dash words', 'PHONE_NUMBER', 'my number is «415 dash 555 dash 0132» ok'],
  [
    'spoken dashes',
    'dash between digit words',
    'PHONE_NUMBER',
    'my number is «four one five dash five five five dash oh one three two» ok',
  ],
  // digits over turns, fillers and restarts
  [
    'split digits',
    'restart with sorry',
    'PHONE_NUMBER',
    'my number is «four one five sorry four one five five five five oh one three two» thanks',
  ],
  [
    'split digits',
    'fillers inside',
    'PHONE_NUMBER',
    'my number is «four one five» uh let me see «five five five um oh one three two» thanks',
  ],
  [
    'split digits',
    'two turns of the caller',
    'PHONE_NUMBER',
    'what is your number | «four one five five five five» | okay | «oh one three two» | thanks',
  ],
  // other languages' digit words
  [
    'foreign digits',
    'spanish',
    'PHONE_NUMBER',
    'mi número es «cuatro uno cinco cinco cinco cinco cero uno tres dos» vale',
  ],
  [
    'foreign digits',
    'french',
    'PHONE_NUMBER',
    'mon numéro est «quatre un cinq cinq cinq cinq zéro un trois deux» merci',
  ],
  [
    'foreign digits',
    'german',
    'PHONE_NUMBER',
    'meine Nummer ist «vier eins fünf fünf fünf fünf null eins drei zwei» danke',
  ],
  [
    'foreign digits',
    'portuguese',
    'PHONE_NUMBER',
    'meu número é «quatro um cinco cinco cinco cinco zero um três dois» obrigado',
  ],
  [
    'foreign digits',
    'italian',
    'PHONE_NUMBER',
    'il mio numero è «quattro uno cinque cinque cinque cinque zero uno tre due» grazie',
  ],
  // structure
  ['structure', 'newline inside the word', 'PHONE_NUMBER', 'call «(415) 555-\n0132» today'],
  ['structure', 'number split after a dash', 'PHONE_NUMBER', 'call «(415) 555- 0132» today'],
  ['structure', 'whole sentence in one word', 'PHONE_NUMBER', '«my\u00a0cell\u00a0is\u00a0415-555-0132» ok'],
  ['structure', 'sentence with spaces in one word', 'EMAIL', '«email\tmaria@example.com\tplease» ok'],
  ['structure', 'double quotes', 'PHONE_NUMBER', 'phone: «"415-555-0132"» ok'],
  ['structure', 'brackets', 'PHONE_NUMBER', 'phone «[415-555-0132]» ok'],
  ['structure', 'markdown bold', 'EMAIL', 'email: «**maria@example.com**» ok'],
  ['structure', 'markdown code', 'US_SSN', 'ssn «`123-45-6789`» ok'],
  ['structure', 'json value', 'PHONE_NUMBER', '«{"phone":"415-555-0132"}» ok'],
  ['structure', 'json email', 'EMAIL', '«{"email":"maria@example.com"}»'],
  ['structure', 'json name', 'PERSON', '«{"name":"Maria Okafor"}»'],
  ['structure', 'very long word', 'PHONE_NUMBER', `«${'x'.repeat(3000)}415-555-0132» ok`],
];

/** Controls for the written forms: ordinary words in the same shapes. */
export const WRITTEN_CONTROLS: readonly [string, string][] = [
  ['email obfuscation', 'meet me «at the station [at] noon» ok'],
  ['email obfuscation', 'see you «(at) noon (dot) dot» ok'],
  ['digit spacing', 'the score was «3 1 and 2 0» at halftime'],
  ['letters for digits', 'the model «OL-2000 LOOK» is great'],
  ['split digits', 'i have «four kids sorry five kids» now'],
  ['foreign digits', 'tengo «cinco hijos y dos perros» en casa'],
  ['structure', '«{"status":"ok","count":3}» done'],
  ['structure', '«**important**» note'],
];

export function unicodeProbes(): Probe[] {
  const out: Probe[] = [];
  for (const [category, disguises] of Object.entries(UNICODE_DISGUISES))
    for (const [name, fn] of Object.entries(disguises))
      for (const [base, type, line] of UNICODE_BASES) {
        // digits-only disguises on a name or an email are no disguise
        if (category === 'script digits' && (type === 'PERSON' || type === 'EMAIL')) continue;
        if (category === 'homoglyph' && !/[a-z]/.test(line.slice(line.indexOf('«')))) continue;
        out.push(probeFrom(category, `${name} / ${base}`, type, line, fn));
      }
  return out;
}

export function unicodeControls(): Control[] {
  const out: Control[] = [];
  for (const [category, disguises] of Object.entries(UNICODE_DISGUISES))
    for (const [name, fn] of Object.entries(disguises))
      out.push(controlFrom(category, name, CONTROL_LINE, fn));
  return out;
}

export function writtenProbes(): Probe[] {
  return WRITTEN_PROBES.map(([category, name, type, line]) => probeFrom(category, name, type, line));
}

export function writtenControls(): Control[] {
  return WRITTEN_CONTROLS.map(([category, line]) => controlFrom(category, line.slice(0, 30), line, (w) => w));
}

export const allProbes = (): Probe[] => [...unicodeProbes(), ...writtenProbes()];
export const allControls = (): Control[] => [...unicodeControls(), ...writtenControls()];
