/**
 * Written (formatted) Latin-script street lines known by their shape rather than a street type:
 * a house number, a name and a numbered unit after an address cue ("My address is 1131 Tamsby
 * Shores Apt. 633, Orrelton": faker's and many real suffixes, "Shores", "Cliff", "Harbor", are
 * everyday English words the street-type vocabulary leaves out).
 */
import { unitAt } from './numbers.js';
import { opening } from './typeless.js';
import { raw, type AddressView } from './view.js';

/**
 * Whether the number-first line at `numStart`, its unit word at `unit`, opens right after an address
 * cue, a label or a place preposition ("address is |", "Address: |", "live at |"), in written text,
 * the house number written in digits and the unit with its own number or letter ("Apt. 633",
 * "Suite 4B"). The name between them is one to four name words (the caller reads them).
 */
export function openedStreetLine(v: AddressView, numStart: number, unit: number): boolean {
  if (!v.formatted || !/^\d{1,6}[A-Za-z]?,?$/.test(raw(v, numStart))) return false;
  const end = unitAt(v, unit);
  if (end <= unit + 1 || !/\d/.test(raw(v, end - 1))) return false;
  return opening(v, numStart) !== undefined;
}
