/**
 * South and West Slavic streets are named by an adjective before the type ("Vrbanska ulica",
 * "Jakopičeva cesta", "Nowa ulica"): a possessive or place adjective (-ska, -ška, -ova, -eva, -ina)
 * agreeing with the feminine type. Said right after a recipient's name ("Mira Tolvanen Vrbanska
 * ulica 3"), the person reading takes the adjective as a third name; such an adjective is no
 * person's name when an address reading runs on over the type, so the PERSON reading ends before it.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { addressView } from './view.js';

/** Feminine street types of Slovene, Croatian, Serbian (Latin), Bosnian, Polish, Czech and Slovak. */
const FEMININE_TYPES = new Set(['ulica', 'ulice', 'cesta', 'trida', 'alej', 'aleja', 'pot']);
/** Feminine adjective endings that name streets ("-ska ulica", "-eva cesta"). */
const ADJECTIVE = /(?:sk|ck|ov|ev|in)a$/;

export function slavicNamesBeforeTypes(ctx: DetectionContext, candidates: Candidate[]): Candidate[] {
  const addresses = candidates.filter((c) => c.type === 'ADDRESS');
  if (addresses.length === 0) return candidates;
  const v = addressView(ctx);
  return candidates.map((c) => {
    if (c.type !== 'PERSON' || c.endWord - c.startWord < 3) return c;
    const last = c.endWord - 1;
    if (!FEMININE_TYPES.has(v.folded[c.endWord] ?? '') || !ADJECTIVE.test(v.folded[last] ?? '')) return c;
    if (!addresses.some((a) => a.startWord <= last && a.endWord > c.endWord + 1)) return c;
    return { ...c, endWord: last, value: ctx.tokens.slice(c.startWord, last).join(' ') };
  });
}
