/**
 * Words that keep two digit runs from being joined as one phone number said in pieces: a word
 * between the pieces that belongs to an address ("Herrera 360, Tamsby, 8350493", raw ASR "road
 * twenty nine oh four building two hundred ninety three manama three two nine"). Between the
 * pieces of one number people say fillers ("then", "sorry", "dash"), written lower case and no
 * place names.
 */
import type { Word } from '../../types.js';
import { cityCountries } from '../address/places.js';
import { addressVocab, fold } from '../address/vocab.js';

/** A word written with a capital and a lower-case letter after it ("Tamsby,", "Building"). */
const CAPITALISED = /^\W*\p{Lu}\p{Ll}/u;
/** Town names this short are everyday words too ("is", "home", "nice"). */
const MIN_TOWN_LETTERS = 5;

/** Is this word, between two digit runs, a word of an address (and no filler of a number)? */
function addressWord(text: string): boolean {
  if (CAPITALISED.test(text)) return true;
  const word = fold(text.replace(/^\W+|\W+$/gu, ''));
  if (!/^\p{L}+$/u.test(word)) return false;
  const vocab = addressVocab();
  if (vocab.streets.plain.has(word) || vocab.buildings.plain.has(word)) return true;
  return word.length >= MIN_TOWN_LETTERS && cityCountries(word).length > 0;
}

/** Does a word of an address stand between the pieces (words [from, to))? */
export function addressWordBetween(words: readonly Word[], from: number, to: number): boolean {
  for (let w = from; w < to; w++) if (addressWord(words[w]!.text)) return true;
  return false;
}
