/**
 * Context cues for person names, as token sequences (see context.ts normaliseToken). Each cue says
 * how much gazetteer evidence the following (or preceding) words need to count as a name:
 * after "my name is" or a title almost any word is a name; after "this is" or "thanks" only a
 * listed name is.
 */
import { NameEvidence } from '../gazetteer/name-evidence.js';

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
}

const cue = (phrases: string, min: NameEvidence, reason: string, strong = false): NameCue[] =>
  phrases.split(',').map((p) => ({ phrase: p.trim().split(/\s+/), min, reason, strong }));

/** Cues that precede a name (the name starts right after them; fillers may come between). */
export const CUES_BEFORE: readonly NameCue[] = [
  ...cue(
    "name is, name's, names, name was, named, called me, last name is, first name is, surname is, " +
      'last name, first name, surname, spelled, spell, spelling, speaking with, speaking to, talking to, ' +
      'talking with, talked to, talked with, spoke with, spoke to, spoken to, ask for, asked for, mr, mrs, ms, mister, missus, ' +
      'misses, dr, doctor, mx, madam, the name, your name, name please, full name, your full name, ' +
      "who am i speaking with, who do i have, and you are, who's calling, whos calling, who is calling, who's calling please, " +
      'account holder, account holder is, authorized user, authorized user is, account is under, ' +
      'name on the account, name on the account is, a guy named, a lady named, someone named',
    NameEvidence.CommonWord,
    'cue:name',
  ),
  // introductions: "this is ...", "you've got ...", "can i speak to ..."
  ...cue(
    "this is, i'm, im, i am, am i speaking with, you've got, youve got, is this, speak to, speak with, " +
      "talk to, transfer you to, you're speaking with, youre speaking with, you are speaking with",
    NameEvidence.Listed,
    'cue:context',
    true,
  ),
  ...cue("it's, its, miss, you have, under, under the name", NameEvidence.Listed, 'cue:context'),
  // greetings and thanks addressed to someone ("thanks, zanele"): see person.ts for unknown words
  ...cue(
    'hi there, hello there, hey there, hi, hello, hey, thanks, thank you, bye, goodbye, good morning, ' +
      'good afternoon, good evening, dear, welcome, thanks so much, thank you so much, thanks again, ' +
      'thank you again, see you, take care',
    NameEvidence.Listed,
    'cue:vocative',
    true,
  ),
  ...cue(
    'morning, afternoon, evening, great, perfect, pleasure, patience, today, care, day, sorry, ' +
      'okay, ok, alright, all right, sure, yes',
    NameEvidence.Listed,
    'cue:vocative',
  ),
  // relatives and third parties: "my wife oyelaran", "the other driver was ..."
  ...cue(
    'my wife, my husband, my son, my daughter, my brother, my sister, my mother, my father, my mom, ' +
      'my dad, my mum, my partner, my friend, my neighbor, my neighbour, my coworker, my colleague, ' +
      'my boss, my manager, my roommate, my fiance, my fiancee, my grandmother, my grandfather, ' +
      'my grandma, my grandpa, my aunt, my uncle, my cousin, my nephew, my niece, my girlfriend, ' +
      'my boyfriend, my spouse, my landlord, my caregiver, my kid, my child, my stepson, my stepdaughter, ' +
      'his wife, her husband, our son, our daughter, driver was, technician was, adjuster is, agent was, ' +
      // a role right before a name: "the nurse, ngozi, said", "your technician tomasz"
      'the technician, the nurse, the pharmacist, the adjuster, the representative, the rep, the agent, ' +
      'the manager, the supervisor, the driver, the other driver, the contractor, the installer, ' +
      'the advisor, the dentist, the therapist, the landlord, your technician, your agent, your adjuster, ' +
      'my agent, my adjuster, my doctor, my nurse, my pharmacist, my advisor, my therapist, my dentist',
    NameEvidence.CommonWord,
    'cue:relative',
  ),
];

/** Cues that follow a name ("maria speaking", "okafor, first name kamau", "eunji with sunvale"). */
export const CUES_AFTER: readonly NameCue[] = [
  ...cue(
    'speaking, here, on the line, first name, last name, is my name, is the name',
    NameEvidence.Unknown,
    'cue:after',
  ),
  ...cue(
    "calling, from, with, at, that's, thanks, thank you, bye, who do i, how can i, how may i, what can i",
    NameEvidence.Listed,
    'cue:after',
  ),
];
