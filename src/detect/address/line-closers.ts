/**
 * Written words that open the sentence after an address line when no stop was typed ("... Avenue
 * Halden Thank you.", "... Gabon You may call"): words that close a letter or a message and
 * the subject pronouns and courtesy words a new sentence opens with. Capitalised there, they look
 * like one more name word of the street or town; they never are one.
 */
import type { AddressView } from './view.js';
import { raw } from './view.js';

const OPENERS = new Set(
  'thank thanks regards sincerely cheers yours please you we i they he she our my your their his her'.split(
    ' ',
  ),
);

/** Is word k, written with a capital, a word that opens the next sentence rather than naming a place? */
export const opensNextSentence = (v: AddressView, k: number): boolean =>
  v.formatted && /^\p{Lu}/u.test(raw(v, k)) && OPENERS.has(v.folded[k] ?? '');
