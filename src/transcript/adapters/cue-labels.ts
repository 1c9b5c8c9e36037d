/**
 * Speaker labels at the start of a subtitle cue, a common export convention: "Customer: ...",
 * "SPEAKER 1: ...", "Jane Doe: ...", "[Agent] ...". A label is short (at most four words, 32
 * characters), its words are capitalised (or it starts with a role word such as "agent"), and the
 * cue goes on after it. Never a label: a time ("10:30"), a sentence start ("My number: ...",
 * "Note: ..."), a sound description ("[Music]").
 */
import type { TokenizeOptions } from './cues.js';

export interface CueLabel {
  /** offsets of the whole label in the payload ("Jane Doe:", "[Agent]") */
  start: number;
  end: number;
  /** offsets of the name inside the label text (relative to `start`) */
  name: { start: number; end: number };
  speaker: string;
}

/** Role words: a label starting with one names a role, not a person ("customer:", "Agent 2:"). */
const ROLES = new Set(
  (
    'agent customer caller callee client speaker rep representative operator interviewer interviewee ' +
    'host guest advisor adviser support user assistant moderator participant member patient doctor ' +
    'nurse pharmacist technician manager supervisor staff bot ivr system unknown voice'
  ).split(' '),
);

/** Words that make "Word:" the start of a sentence ("My number: ...", "Note: ..."), not a name. */
const SENTENCE_WORDS = new Set(
  (
    'a an the i me my mine we us our you your he him his she her it its they them their this that ' +
    'these those here there what who whom whose which why how when where and but or so if then than ' +
    'also because as at by for from in of on to with yes no yeah yep nope ok okay well oh ah um uh ' +
    'hm hmm sure right fine great good thanks thank sorry please hello hi hey bye dear note notes nb ' +
    'ps re example warning caution important remember reminder tip hint question answer update ' +
    'summary step total subject time date now today tomorrow yesterday'
  ).split(' '),
);

/** Bracketed sound descriptions ("[Music]", "[crosstalk]"): not speakers. */
const NON_SPEECH = new Set(
  (
    'music laughter laughs laughing applause inaudible crosstalk silence noise background ' +
    'unintelligible pause beep beeps ringing ring dial tone foreign sound sounds static hold sighs ' +
    'sigh cough coughs coughing throat breathing breath typing click clicking blank_audio audio'
  ).split(' '),
);

const WORD = /^(?:\p{L}[\p{L}\p{M}'’.-]*|#?\d{1,3})$/u;
const CAPITALISED = /^\p{Lu}/u;

/** "Agent", "SPEAKER 1", "customer": role words and numbers only, nothing that could name a person. */
function isRoleName(name: string): boolean {
  const words = name.split(/[ \t]+/);
  return (
    ROLES.has(words[0]!.toLowerCase()) &&
    words.every((w) => ROLES.has(w.toLowerCase()) || /^#?\d{1,3}$/.test(w))
  );
}

function isSpeakerName(name: string, bracketed: boolean): boolean {
  if (name.length === 0 || name.length > 32) return false;
  // "[PERSON]", "[NAME]": a bracketed word in capitals is a placeholder (ours, after redaction), not a speaker
  if (bracketed && name === name.toUpperCase() && !isRoleName(name)) return false;
  const words = name.split(/[ \t]+/);
  if (words.length > 4 || !words.every((w) => WORD.test(w)) || !/^\p{L}/u.test(words[0]!)) return false;
  const lower = words.map((w) => w.toLowerCase().replace(/[.'’-]+$/u, ''));
  if (lower.some((w) => SENTENCE_WORDS.has(w) || NON_SPEECH.has(w))) return false;
  return ROLES.has(lower[0]!) || words.every((w) => CAPITALISED.test(w) || /\d/.test(w));
}

const COLON_LABEL = /^([^\s:[\]<>{}][^:[\]<>{}\r\n]{0,31}):(?=[ \t\r\n])/u;
const BRACKET_LABEL = /^\[([^\]\r\n]{1,32})\]:?(?=[ \t\r\n])/u;

/** The speaker label at the start of `payload` (after spaces and markup tags), if there is one. */
export function leadingLabel(payload: string, options: TokenizeOptions = {}): CueLabel | undefined {
  let i = 0;
  for (;;) {
    while (i < payload.length && /\s/u.test(payload.charAt(i))) i++;
    const tagEnd = payload.startsWith('<', i)
      ? payload.indexOf('>', i + 1)
      : options.braceTags && payload.startsWith('{\\', i)
        ? payload.indexOf('}', i + 2)
        : -1;
    if (tagEnd < 0) break;
    i = tagEnd + 1;
  }
  const head = payload.slice(i, i + 40);
  const colon = COLON_LABEL.exec(head);
  const m = colon ?? BRACKET_LABEL.exec(head);
  if (!m) return undefined;
  const name = m[1]!.trimEnd();
  const nameStart = m[0].indexOf(m[1]!);
  if (!isSpeakerName(name, !colon) || !/\S/u.test(payload.slice(i + m[0].length))) return undefined;
  return {
    start: i,
    end: i + m[0].length,
    name: { start: nameStart, end: nameStart + name.length },
    speaker: name,
  };
}

/** Engine speaker ids that carry no name: "spk_0", "speaker_1", "ch-2", "0", AssemblyAI's "A". */
const ENGINE_SPEAKER_ID = /^(?:(?:spk|speaker|ch|channel)[_ -]?)?\d{1,3}$|^[A-Z]$/i;

/**
 * The speaker id a document's words carry for a voice or label name: role names and engine ids as
 * written ("Agent", "SPEAKER 1", "spk_0"); any other name (a person's, possibly) a stable "voice-N"
 * in order of appearance, so names never reach reports or outputs through the word's speaker.
 */
export function speakerIds(): (name: string | undefined) => string | undefined {
  const ids = new Map<string, string>();
  return (name) => {
    if (name === undefined || name === '') return undefined;
    if (isRoleName(name) || ENGINE_SPEAKER_ID.test(name)) return name;
    let id = ids.get(name);
    if (id === undefined) ids.set(name, (id = `voice-${ids.size + 1}`));
    return id;
  };
}
