/**
 * Raw-ASR PERSON candidates that are one of English's most frequent words, or letters said apart
 * that spell one (person-asr-common-words.ts), run through analyze(). Word ranges are exact, end
 * exclusive; every name and sentence is invented.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('PERSON', 'raw ASR: an everyday word read as a name by a frame goes', [
  ['a word before "says"', 'the town house says the vote is off', []],
  ['a verb after "my aunt"', 'it bugs me when my aunt try to phone me at work', []],
  ['a word of no name list after a greeting', 'hi all today stats two new followers', []],
  ['a contraction without its apostrophe', 'so uh ive heard that said a lot', []],
  ['an "-ing" with its "g" dropped', 'it bugs me when my aunt tryin to phone me at work', []],
  ['a name ending in "-in" stays', 'it bugs me when my aunt kevin calls me at work', [[6, 7]]],
  ['"short" before a verb', 'that happy period was short lived for everyone there', []],
  ['a name before "says" stays', 'the mayor marlo quist says the vote is off', [[2, 4]]],
  ['a frequent name that is also a word stays', 'it bugs me when my aunt mark calls me at work', [[6, 7]]],
  ['a given name that is also a word stays', 'the chair bill says the vote is off', [[2, 3]]],
]);

spanTable('PERSON', 'raw ASR: letters said apart that spell an everyday word are no spelling', [
  ['"b e" after "be"', 'you should be here it is odd how we all need to b e liked by everyone', []],
  ['"y o u" after "you"', 'oh no we want to help you we want to help y o u this summer', []],
  ['"c e o" is an acronym', 'our ceo said the women in markets c e o talks about it', []],
  ['after a name word', 'my name is may m a y thanks', [[4, 7]]],
  ['the word said just before', 'hi this is rose r o s e thanks', [[4, 8]]],
  ['a name spelled with no cue stays', 'the new tenant is o k a f o r from tuesday', [[4, 10]]],
]);
