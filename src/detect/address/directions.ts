/**
 * Addresses given as directions from a landmark, as Costa Rica and much of Central America write
 * them ("100 m al norte de la iglesia, San Pedro", "200 varas al sur del parque"):
 *
 *   N measure (al | hacia el) direction (de | del) [la | el | los | las] landmark...
 *
 * The landmark is one to three words, ending at a comma, a known place or the end of the line.
 * English has the same shape ("5 km north of the town"), but in English text it places towns and
 * sights, far more often than homes, so only the Spanish form is read.
 */
import { runAt } from '../../transcript/spoken-view.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { cityAt, regionAt } from './tail.js';
import type { AddressView } from './view.js';
import { endsItem, partEnds, sameTurn } from './view.js';

/** Short distances: a home is given within a few blocks of its landmark ("km" places towns). */
const MEASURES = new Set('m mts metros metro varas vara cuadras cuadra'.split(' '));
const TOWARDS = ['al', 'hacia', 'el'];
const DIRECTIONS = new Set('norte sur este oeste noreste noroeste sureste suroeste'.split(' '));
const OF = new Set(['de', 'del']);
const ARTICLES = new Set(['la', 'el', 'los', 'las']);
const MAX_LANDMARK_WORDS = 3;

/** The directions line starting at word i: its end (exclusive), else -1. */
export function directionsLineAt(v: AddressView, i: number): number {
  const run = runAt(v.ctx.spoken, i);
  let k: number;
  if (run && run.startWord === i) {
    // the spoken view may read "one hundred m" as one run ("100m")
    if (/^\d{1,4}m$/.test(run.text)) k = run.endWord;
    else if (/^\d{1,4}$/.test(run.text) && MEASURES.has(v.folded[run.endWord] ?? '')) k = run.endWord + 1;
    else return -1;
  } else if (/^\d{1,4}$/.test(v.ctx.tokens[i] ?? '') && MEASURES.has(v.folded[i + 1] ?? '')) k = i + 2;
  else return -1;
  while (TOWARDS.includes(v.folded[k] ?? '') && k < i + 6) k++;
  if (!DIRECTIONS.has(v.folded[k] ?? '') || endsItem(v, k) || partEnds(v, k)) return -1;
  k++;
  if (!OF.has(v.folded[k] ?? '')) return -1;
  k++;
  if (ARTICLES.has(v.folded[k] ?? '')) k++;
  let end = -1;
  for (let m = k; m < k + MAX_LANDMARK_WORDS && m < v.n; m++) {
    const t = v.ctx.tokens[m] ?? '';
    if (!sameTurn(v, i, m) || !/^\p{L}/u.test(t) || isFunctionWord(t) || runAt(v.ctx.spoken, m)) break;
    // "... de la iglesia san pedro": a known place after the landmark starts the tail
    if (m > k && (cityAt(v, m)?.strong || regionAt(v, m)?.strong)) break;
    end = m + 1;
    if (endsItem(v, m) || partEnds(v, m)) break;
  }
  return end > 0 && sameTurn(v, i, end - 1) ? end : -1;
}
