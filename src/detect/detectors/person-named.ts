/**
 * "a folk band named Velmora", "a method known as quenching", "it was renamed Tobin Square": a naming
 * cue ("named", "called", "known as") marks a name only when what is named may be a person. When
 * the noun before the cue is a thing (lexicons/names/context/thing-heads) or its subject is "it",
 * "which" or "this", the name that follows is a thing's. An alias has the kind of what it names:
 * after a group, faith or disease known by one name (lexicons/names/context/non-person-proper:
 * "Hamas, also known as ..."), the name that follows is another name of it.
 */
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import type { NameCue } from './person-cues.js';

const THING_HEADS = wordSet('names/context/thing-heads');
const NON_PERSON = wordSet('names/context/non-person-proper');
const NAMING = new Set(['named', 'called', 'known as', 'nicknamed', 'dubbed', 'renamed']);
const THING_SUBJECTS = new Set(['it', 'which', 'this']);
/** Words between the named noun and the cue ("it was later named", "a band commonly known as"). */
const BETWEEN = new Set([
  'was',
  'is',
  'were',
  'are',
  'be',
  'been',
  'being',
  'also',
  'commonly',
  'later',
  'now',
  'first',
]);
const MAX_BETWEEN = 3;

const thingHead = (t: string): boolean =>
  THING_HEADS.has(t) || (t.endsWith('s') && THING_HEADS.has(t.slice(0, -1)));

/** Does the naming cue right before word i name a thing ("a band named ...")? */
export function namesAThing(ctx: DetectionContext, i: number, cue: NameCue | null): boolean {
  if (cue === null || !NAMING.has(cue.phrase.join(' '))) return false;
  const { tokens } = ctx;
  let k = i - cue.phrase.length;
  if (k < 0 || tokens[k] !== cue.phrase[0]) return false;
  k--;
  for (let n = 0; k >= 0 && n < MAX_BETWEEN && BETWEEN.has(tokens[k]!); n++) k--;
  if (k < 0 || ctx.words[k]!.speaker !== ctx.words[i]!.speaker || /[.!?;:,]$/u.test(ctx.words[k]!.text))
    return false;
  const named = tokens[k]!.replace(/['’]s$/u, '');
  const pair = k > 0 ? `${tokens[k - 1]!} ${named}` : '';
  return thingHead(named) || THING_SUBJECTS.has(named) || NON_PERSON.has(named) || NON_PERSON.has(pair);
}
