/**
 * The call's name bases (each token with a possessive stripped: "maria's" -> "maria"), built once
 * per call and read by the person detector, its veto and propagation. Keyed by the tokens array,
 * not the context: analyze() hands the later phases a copy of the context with the same tokens.
 */
import { mapPacked } from './arrays.js';
import { nameBase } from './gazetteer/name-evidence.js';

const basesOfCall = new WeakMap<readonly string[], readonly string[]>();

export function nameBases(tokens: readonly string[]): readonly string[] {
  let bases = basesOfCall.get(tokens);
  if (!bases) {
    bases = mapPacked(tokens, nameBase);
    basesOfCall.set(tokens, bases);
  }
  return bases;
}
