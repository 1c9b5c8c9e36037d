import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented names and firms; exact PERSON word ranges (end exclusive)
describe("a full name after a firm's legal form in the possessive (person-firm-officers.ts)", () => {
  spanTable('PERSON', 'formatted text', [
    ['ending at a comma', "Thanks to Quorbit Ltd's Velkora Dunsimo, and others.", [[4, 6]]],
    ['before a verb', "Quorbit Inc.'s Velkora Dunsimo said no.", [[2, 4]]],
    ['English words are a product', "Quorbit Ltd's Annual Report is out.", []],
    ['one word is no full name', "Quorbit Ltd's Velkora is out.", []],
  ]);
  spanTable('PERSON', 'raw ASR', [
    ['two words', "thanks to quorbit ltd's velkora dunsimo of the board", [[4, 6]]],
    ['a third unlisted word: edges unknown', "quorbit ltd's velkora dunsimo tarvik", []],
  ]);
});
