import { describe, expect, it } from 'vitest';
import { hasNamePrefix } from './name-prefixes.js';
import { hasFamilyNameEnding } from './name-lexicon.js';
import { NameEvidence, nameEvidence } from './name-evidence.js';

// invented words of these shapes, and words that must not take them
describe('name beginnings and endings of thinly listed languages', () => {
  it.each([
    ['adewunto', true], // Yoruba ade-
    ['oluwakemade', true],
    ['gebrehiwotal', true], // Amharic gebre-
    ['woldetsion', true],
    ['ndlovane', true], // Bantu onset
    ['mbokazile', true],
    ['abdulrazaq', true],
    ['adenoid', true], // the shape only: name-evidence never asks for an English word (below)
    ['ndaba', false], // five letters: too short
    ['olu', false],
    ['barkley', false],
  ])('prefix %s -> %s', (word, expected) => {
    expect(hasNamePrefix(word)).toBe(expected);
  });

  it.each([
    ['wickramasinghe', true],
    ['kovalakrishnan', true],
    ['ramalingam', true],
    ['mukherjee', true],
    ['nizamuddin', true],
    ['serikuly', true],
    ['rahmonzoda', true],
    ['babatunde', true],
    ['gunwale', true], // an English word: name-evidence never asks (below)
    ['table', false],
    ['kar', false],
  ])('ending %s -> %s', (word, expected) => {
    expect(hasFamilyNameEnding(word)).toBe(expected);
  });

  it.each([
    ['adenoid', NameEvidence.None],
    ['gunwale', NameEvidence.None],
    ['cylinder', NameEvidence.None],
    ['adewunto', NameEvidence.Frequent],
    ['woldemeskel', NameEvidence.Frequent],
    ['kovalakrishnan', NameEvidence.Frequent],
  ])('evidence of %s', (word, expected) => {
    expect(nameEvidence(word)).toBe(expected);
  });
});
