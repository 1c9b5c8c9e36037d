/**
 * Test and bench helpers. sayWords: a transcript from a sentence. "|" switches the speaker (agent, customer, agent ...),
 * so cues asked by one speaker and answered by the other can be written on one line.
 */
import type { Word } from '../../src/types.js';

export function sayWords(line: string): Word[] {
  const speakers = ['agent', 'customer'];
  let turn = 0;
  const words: Word[] = [];
  for (const text of line.split(' ')) {
    if (text === '|') {
      turn++;
      continue;
    }
    words.push({
      text,
      start: words.length * 0.4,
      end: words.length * 0.4 + 0.3,
      speaker: speakers[turn % 2],
    });
  }
  return words;
}

/** A long call built from fictional lines (deterministic), for robustness tests and the bench. */
export function longCall(wordCount: number): Word[] {
  const lines = [
    'thanks for calling how can i help you today',
    'my cell is four one five uh five five five oh one three two',
    'the card number is 4111 1111 1111 1111. thank you',
    'can i get your date of birth | march third nineteen eighty four',
    'your case number is five two one three four one',
    'i was charged forty two dollars and ninety nine cents on tuesday',
    'um so yeah i i think that is right hmm',
    'my email is jane dot doe at example dot com',
    'i live at fourteen twenty seven maple avenue springfield',
    'this is maria okafor o k a f o r',
  ];
  const words: Word[] = [];
  let seed = 7;
  while (words.length < wordCount) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    for (const w of sayWords(lines[seed % lines.length]!)) {
      if (words.length === wordCount) break;
      words.push({ ...w, start: words.length * 0.3, end: words.length * 0.3 + 0.25 });
    }
  }
  return words;
}
