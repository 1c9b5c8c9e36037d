/**
 * Raw ASR: words that no name, English or place list holds, put into a role only a person holds
 * on an account, a will or a form: "we need to add velkor amundai as guardian", "she named
 * tesmira obrani as the executor" (lexicons/names/cues/person-as-role/). A verb that appoints
 * comes before the run and "as" with the role after it; a firm can be a payee or a provider, so
 * only personal roles are listed. One to three unknown words are taken. The frame is the same in
 * formatted text ("add Velkor Amundai as guardian"), so it runs on both styles.
 */
import type { Candidate } from '../../types.js';
import { phraseList } from '../gazetteer/name-data.js';
import { sameSpeaker } from '../call-words.js';
import type { ExtendView, Make } from './person-extend.js';
import { addMerged, runThroughFound } from './person-asr-unknown.js';

const ROLES = phraseList('names/cues/person-as-role');
/** Verbs that put someone into a role: "add X as guardian", "named X as executor". */
const APPOINTING = new Set([
  'add',
  'adds',
  'added',
  'adding',
  'list',
  'lists',
  'listed',
  'listing',
  'name',
  'names',
  'named',
  'naming',
  'appoint',
  'appoints',
  'appointed',
  'appointing',
  'designate',
  'designates',
  'designated',
  'designating',
  'nominate',
  'nominates',
  'nominated',
  'nominating',
  'include',
  'included',
  'register',
  'registered',
  'keep',
  'kept',
  'put',
  'set',
  'assign',
  'assigned',
]);
const DETERMINERS = new Set(['a', 'an', 'the', 'my', 'our', 'his', 'her', 'their', 'your', 'its']);

/** Does a personal role start at word i (after an optional determiner), said by one speaker? */
function roleAt(view: ExtendView, i: number): boolean {
  const { tokens } = view.ctx;
  const at = DETERMINERS.has(tokens[i] ?? '') ? i + 1 : i;
  return ROLES.some(
    (r) =>
      at + r.length <= tokens.length &&
      sameSpeaker(view.ctx, i, at + r.length - 1) &&
      r.every((w, n) => tokens[at + n] === w),
  );
}

export function addAsrAsRoleNames(view: ExtendView, out: Candidate[], covered: Uint8Array, make: Make): void {
  // the frame is the same in written text, where the names keep their letters' case
  const { tokens } = view.ctx;
  for (let k = 1; k < tokens.length; k++) {
    if (covered[k] || !APPOINTING.has(tokens[k - 1]!) || !sameSpeaker(view.ctx, k - 1, k)) continue;
    const end = runThroughFound(view, k, covered);
    if (end === k || tokens[end] !== 'as' || !sameSpeaker(view.ctx, k, end) || !roleAt(view, end + 1))
      continue;
    addMerged(out, covered, make, k, end);
    k = end - 1;
  }
}
