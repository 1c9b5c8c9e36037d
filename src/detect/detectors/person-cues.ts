/**
 * Context cues for person names, as token sequences (see context.ts normaliseToken), read from
 * lexicons/names/cues/<group>/ (one list per language). Each group says how much gazetteer
 * evidence the following (or preceding) words need to count as a name: after "my name is" or a
 * title almost any word is a name; after "this is" or "thanks" only a listed name is.
 */
import { NameEvidence } from '../gazetteer/name-evidence.js';
import { phraseList } from '../gazetteer/name-data.js';

export interface NameCue {
  phrase: readonly string[];
  /** minimum evidence of the first name word */
  min: NameEvidence;
  reason: string;
  /**
   * a self-introduction or a greeting addressed to someone: a name that is also a word ("ivy",
   * "will", "ruby") may follow when it closes the phrase (person.ts)
   */
  strong?: boolean;
  /** a verb after its subject ("said", "lives"): marks a name in its place, not a word's recurrence */
  verb?: boolean;
}

const group = (folder: string, min: NameEvidence, reason: string, strong = false, verb = false): NameCue[] =>
  phraseList(`names/cues/${folder}`).map((phrase) => ({ phrase, min, reason, strong, verb }));

/** Cues that precede a name (the name starts right after them; fillers may come between). */
export const CUES_BEFORE: readonly NameCue[] = [
  // "my name is", titles, "a guy named": almost any word is the name
  ...group('name', NameEvidence.CommonWord, 'cue:name'),
  // introductions: "this is ...", "you've got ...", "can i speak to ..."
  ...group('introduction', NameEvidence.Listed, 'cue:context', true),
  ...group('context', NameEvidence.Listed, 'cue:context'),
  // greetings and thanks addressed to someone ("thanks, zanele"): see person.ts for unknown words
  ...group('greeting', NameEvidence.Listed, 'cue:vocative', true),
  ...group('acknowledgement', NameEvidence.Listed, 'cue:vocative'),
  // form labels ("Name:", "Patient:"); with a colon any word may follow (person.ts)
  ...group('label', NameEvidence.Unknown, 'cue:label'),
  // ranks, offices and titles: "Professor Varenko", "Colonel Ivo L. Brandt"
  ...group('rank', NameEvidence.Unknown, 'cue:context'),
  // quotes attributed to someone: "..., says Tuula Vennamaki"
  ...group('saying', NameEvidence.Unknown, 'cue:context'),
  // relatives and third parties: "my wife oyelaran", "the other driver was ..."
  ...group('relative', NameEvidence.CommonWord, 'cue:relative'),
];

/** Cues that follow a name ("maria speaking", "brekke, first name tomas", "ruby with larkspur"). */
export const CUES_AFTER: readonly NameCue[] = [
  ...group('after-any', NameEvidence.Unknown, 'cue:after'),
  ...group('after-listed', NameEvidence.Listed, 'cue:after'),
  // verbs whose subject is a person: "Tomomi is from ...", "Bobick said"
  ...group('after-verb', NameEvidence.Unknown, 'cue:after', false, true),
];

/** Sign-offs of letters ("Kind regards,", "Love,"): written with a comma, the sender's name follows. */
export const SIGN_OFFS: readonly (readonly string[])[] = phraseList('names/cues/sign-off');
