/**
 * Times of day for the `generalise` operator: a time as written ("3:45 pm", "15:45", "3 p.m.",
 * "noon") or as said ("quarter to four in the afternoon", "half past three", "three forty five
 * pm", "four o'clock") read to minutes after midnight, and generalised to an interval: a period
 * of the day (night 00-06, morning 06-12, afternoon 12-18, evening 18-24) or a band of hours
 * (`15:00-17:59` for bands of 3).
 *
 * A 12-hour time said without am/pm or a part of the day ("quarter to four") is one of two times
 * twelve hours apart; it is generalised only when both fall in the same interval, so the interval
 * is never wrong (otherwise the value keeps nothing, like a birth date without a year).
 */

const UNITS = new Map(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
    .split(' ')
    .map((w, i) => [w, i + 1]),
);
const TENS = new Map([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
]);

/** "seven" 7, "forty five" / "forty-five" 45, "oh five" 5, "45" 45; null otherwise. */
function numberOf(words: readonly string[]): number | null {
  if (words.length === 1 && /^\d{1,2}$/.test(words[0]!)) return Number(words[0]);
  if (words.length === 1) return UNITS.get(words[0]!) ?? TENS.get(words[0]!) ?? null;
  if (words.length === 2 && (words[0] === 'oh' || words[0] === 'o')) {
    const unit = UNITS.get(words[1]!);
    return unit !== undefined && unit < 10 ? unit : null;
  }
  if (words.length === 2) {
    const [tens, unit] = [TENS.get(words[0]!), UNITS.get(words[1]!)];
    return tens !== undefined && unit !== undefined && unit < 10 ? tens + unit : null;
  }
  return null;
}

/** Minutes after midnight: one reading, or two twelve hours apart when am/pm was not said. */
export interface TimeReading {
  minutes: number[];
}

type Half = 'am' | 'pm' | null;

/** The part of the day said after the time ("pm", "in the evening"), and the words before it. */
function splitHalf(words: string[]): { words: string[]; half: Half } {
  const text = words.join(' ');
  const tail: [RegExp, Half][] = [
    [/\s*\b(?:a\s?m|a\.m\.?)$/, 'am'],
    [/\s*\b(?:p\s?m|p\.m\.?)$/, 'pm'],
    [/\s+in the morning$/, 'am'],
    [/\s+(?:in the afternoon|in the evening|at night|tonight)$/, 'pm'],
  ];
  for (const [re, half] of tail) {
    if (re.test(text)) return { words: text.replace(re, '').split(' ').filter(Boolean), half };
  }
  // "3pm", "11am" written together
  const last = words[words.length - 1];
  const glued = last ? /^(\d{1,2}(?::\d{2})?)([ap])m$/.exec(last) : null;
  if (glued) return { words: [...words.slice(0, -1), glued[1]!], half: glued[2] === 'a' ? 'am' : 'pm' };
  return { words, half: null };
}

/** Hour and minute said without the part of the day; null when the words are not a time. */
function clock(words: readonly string[]): { hour: number; minute: number; twelveHour: boolean } | null {
  const text = words.join(' ');
  if (text === 'noon' || text === 'midday') return { hour: 12, minute: 0, twelveHour: false };
  if (text === 'midnight') return { hour: 0, minute: 0, twelveHour: false };
  const written = /^(\d{1,2})(?::|\.|h)(\d{2})$/.exec(text);
  if (written) {
    const [hour, minute] = [Number(written[1]), Number(written[2])];
    if (hour > 23 || minute > 59) return null;
    return { hour, minute, twelveHour: hour >= 1 && hour <= 12 && written[1]!.length === 1 };
  }
  // "quarter past four", "half past three", "twenty to five", "ten past nine"
  const relative =
    /^(?:a )?(quarter|half|[a-z -]+?|\d{1,2})(?: minutes)? (past|after|to|till|before) (.+)$/.exec(text);
  if (relative) {
    const offset =
      relative[1] === 'quarter' ? 15 : relative[1] === 'half' ? 30 : numberOf(relative[1]!.split(/[ -]/));
    const hour = numberOf(relative[3]!.split(/[ -]/));
    if (offset === null || hour === null || hour < 1 || hour > 12 || offset < 1 || offset > 30) return null;
    if (relative[2] === 'past' || relative[2] === 'after') return { hour, minute: offset, twelveHour: true };
    if (relative[1] === 'half') return null; // "half to" is not said
    return { hour: hour === 1 ? 12 : hour - 1, minute: 60 - offset, twelveHour: true };
  }
  const oclock = /^(.+?) o'?clock$/.exec(text);
  const parts = (oclock ? oclock[1]! : text).split(/[ -]/);
  // "three", "three forty five", "three oh five", "15", "1545" is not read (an account digit run)
  for (let split = 1; split <= Math.min(2, parts.length); split++) {
    const hour = numberOf(parts.slice(0, split));
    if (hour === null || hour > 23) continue;
    const rest = parts.slice(split);
    if (oclock && rest.length > 0) continue;
    const minute = rest.length === 0 ? 0 : numberOf(rest);
    if (
      minute === null ||
      minute > 59 ||
      (rest.length > 0 && minute < 10 && rest[0] !== 'oh' && rest[0] !== 'o')
    )
      continue;
    return { hour, minute, twelveHour: hour >= 1 && hour <= 12 };
  }
  return null;
}

/** A time of day read from `value`, or null when it is not one. */
export function readTimeOfDay(value: string): TimeReading | null {
  const words = value
    .toLowerCase()
    .replace(/[,;!?]+/g, ' ')
    .replace(/\b([ap])\.?\s?m\.?$/, ' $1m')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  // "at three", "about half past two"
  while (words.length > 1 && ['at', 'about', 'around'].includes(words[0]!)) words.shift();
  const { words: rest, half } = splitHalf(words);
  const time = clock(rest);
  if (!time) return null;
  const { hour, minute } = time;
  if (half !== null) {
    if (hour < 1 || hour > 12) return null; // "15:00 pm"
    const h24 = (hour % 12) + (half === 'pm' ? 12 : 0);
    return { minutes: [h24 * 60 + minute] };
  }
  if (!time.twelveHour) return { minutes: [hour * 60 + minute] };
  const h = hour % 12;
  return { minutes: [h * 60 + minute, (h + 12) * 60 + minute] };
}

export type TimeOfDayLevel = 'period' | 'hours';
const PERIODS = ['night', 'morning', 'afternoon', 'evening'] as const;
/** Bands of hours must tile the day. */
export const BAND_HOURS = [1, 2, 3, 4, 6, 8, 12] as const;
const DEFAULT_BAND_HOURS = 3;

const pad = (n: number): string => String(n).padStart(2, '0');

function intervalOf(minutes: number, level: TimeOfDayLevel, bandHours: number): string {
  const hour = Math.floor(minutes / 60);
  if (level === 'period') return PERIODS[Math.floor(hour / 6)]!;
  const start = Math.floor(hour / bandHours) * bandHours;
  return `${pad(start)}:00-${pad(start + bandHours - 1)}:59`;
}

/**
 * The interval of the day a time falls in ("afternoon", "15:00-17:59"); null when `value` is
 * not a time of day, or is one of two (am/pm not said) in different intervals.
 */
export function generaliseTimeOfDay(
  value: string,
  level: TimeOfDayLevel = 'period',
  bandHours: number = DEFAULT_BAND_HOURS,
): string | null {
  const reading = readTimeOfDay(value);
  if (!reading) return null;
  const intervals = new Set(reading.minutes.map((m) => intervalOf(m, level, bandHours)));
  return intervals.size === 1 ? [...intervals][0]! : null;
}
