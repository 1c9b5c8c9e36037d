import { describe, expect, it } from 'vitest';
import { NameEvidence, nameBase, nameEvidence } from './name-evidence.js';
import { brandPhraseMask, isBrand, orgPhraseMask, possessiveProductMask } from '../brands.js';
import { normaliseToken } from '../context.js';
import { isFunctionWord } from './common-words.js';

describe('nameEvidence', () => {
  const cases: [string, NameEvidence][] = [
    ['margaret', NameEvidence.Frequent],
    // a word no list knows and of no known shape
    ['brivelaran', NameEvidence.Unknown],
    // the Yoruba beginning oye- (lexicons/names/name-prefixes/african.txt) makes a name of it
    ['oyelaran', NameEvidence.Frequent],
    ['okonkwo', NameEvidence.Frequent],
    // a common Irish given name of the world dictionary (lexicons/names/given-world/ie.txt)
    ['cormac', NameEvidence.Frequent],
    // a rare German one there: listed, needs a cue
    ['helmtraud', NameEvidence.Listed],
    // names that are ordinary words need a strong cue (person.ts)
    ['will', NameEvidence.CommonWord],
    ['the', NameEvidence.None],
    ['uh', NameEvidence.None],
    ['policy', NameEvidence.None],
    ['prescribed', NameEvidence.None],
    // an ending of English inflection is one only on an English stem
    ['brugghens', NameEvidence.Unknown],
    ['vandekamps', NameEvidence.Unknown],
    ['bots', NameEvidence.None],
    ['reshelved', NameEvidence.None],
    ['green', NameEvidence.CommonWord],
    ['alexa', NameEvidence.CommonWord],
    ['mark', NameEvidence.CommonWord],
    ['chase', NameEvidence.CommonWord],
    ['june', NameEvidence.CommonWord],
    ['has', NameEvidence.None],
    ['none', NameEvidence.None],
    ['title', NameEvidence.None],
    ['sports', NameEvidence.None],
    ['inn', NameEvidence.None],
    ['papa', NameEvidence.CommonWord],
    // hyphenated: names when every part can be a name part
    ['abu-samra', NameEvidence.Listed],
    ['hye-jin', NameEvidence.Listed],
    ['e-mail', NameEvidence.None],
    ['follow-up', NameEvidence.None],
    ['check-in', NameEvidence.None],
    ['wi-fi', NameEvidence.None],
    ['thirty-five', NameEvidence.None],
    ['mr', NameEvidence.None],
    ['4155550132', NameEvidence.None],
    // contraction tails written apart ("you' ve", "we ll") are no names
    ['ve', NameEvidence.None],
    ['ll', NameEvidence.None],
    // a three-letter entry of the per-country lists alone is weaker than a longer one
    ['vid', NameEvidence.Listed],
    ['ama', NameEvidence.Listed],
    ['zoltan', NameEvidence.Frequent],
    // a listed word with a family-name ending of some language is a name on its own
    ['zivkovic', NameEvidence.Frequent],
    ['papadakis', NameEvidence.Frequent],
    // peoples and nationalities in the plural
    ['russians', NameEvidence.None],
    ['jews', NameEvidence.CommonWord],
    // closed-class words of other languages, also without accents
    ['und', NameEvidence.None],
    ['nicht', NameEvidence.None],
    ['nahi', NameEvidence.None],
    ['nao', NameEvidence.None],
    // unless they are frequent or per-country names too
    ['mia', NameEvidence.Frequent],
    ['ella', NameEvidence.Frequent],
  ];
  it.each(cases)('%s -> %s', (word, expected) => {
    expect(nameEvidence(word)).toBe(expected);
  });

  it('strips possessives', () => {
    expect(nameBase("margaret's")).toBe('margaret');
    expect(nameBase('okonkwo')).toBe('okonkwo');
  });
});

describe('isBrand', () => {
  it.each(["wendy's", 'wendy’s', 'ford', 'alexa', 'dell', 'mercedes', 'tesla', 'jordans', 'hilton', 'nest'])(
    '%s is a brand',
    (w) => {
      expect(isBrand(w)).toBe(true);
    },
  );
  it.each(['margaret', 'okonkwo', 'jordan', 'wendy'])('%s is not a brand', (w) => {
    expect(isBrand(w)).toBe(false);
  });
});

describe('brand and organisation masks', () => {
  const marked = (mask: Uint8Array): number[] => [...mask.keys()].filter((k) => mask[k] === 1);
  const tokensOf = (text: string): string[] => text.split(' ').map(normaliseToken);

  it('marks multi-word brands, with curly or missing apostrophes', () => {
    expect(marked(brandPhraseMask(tokensOf('at Trader Joe’s. and papa johns')))).toEqual([1, 2, 4, 5]);
    expect(marked(brandPhraseMask(tokensOf('with Sallie Mae today')))).toEqual([1, 2]);
  });

  it('marks the words before an organisation head, not across function words or sentences', () => {
    const text = 'with Harper Title & Escrow and maria at the hospital. Dana Inn';
    const words = text.split(' ');
    const mask = orgPhraseMask(tokensOf(text), words, (t) => isFunctionWord(t));
    expect(marked(mask)).toEqual([1, 2, 3, 10]);
  });

  it("stops at a person's possessive unless the head is a place", () => {
    const text = "use maria's insurance card at Saint Luke's Hospital";
    const mask = orgPhraseMask(tokensOf(text), text.split(' '), (t) => isFunctionWord(t));
    expect(marked(mask)).toEqual([5, 6]);
  });

  it('marks possessive brands before a packaged-goods noun only', () => {
    expect(marked(possessiveProductMask(tokensOf("Meyer's soap and Burt's Bees lip balm")))).toEqual([
      0, 3, 4,
    ]);
    expect(marked(possessiveProductMask(tokensOf("Maria's car")))).toEqual([]);
  });
});
