import { describe, expect, it } from 'vitest';
import { normaliseValue } from './normalise.js';

describe('normaliseValue', () => {
  it.each([
    ['PHONE_NUMBER', '(415) 555-0132', '4155550132'],
    ['PHONE_NUMBER', '+1 415 555 0132', '4155550132'],
    ['PHONE_NUMBER', '1-415-555-0132', '4155550132'],
    ['PHONE_NUMBER', '+44 20 7946 0958', '442079460958'],
    ['ACCOUNT_NUMBER', '0012-3456 789', '00123456789'],
    ['ACCOUNT_NUMBER', 'gb82 west 1234 5698 7654 32', 'GB82WEST12345698765432'],
    ['US_SSN', '078-05-1120', '078051120'],
    ['DATE_OF_BIRTH', '1984-03-07', '19840307'],
    ['PERSON', '  Jane   O’Doe ', 'jane odoe'],
    ['PERSON', 'Mary-Kate St. Clair', 'mary kate st clair'],
    ['ADDRESS', '12 Elm St., Apt #4', '12 elm st apt 4'],
    ['EMAIL', ' Jane.Doe@Example.COM ', 'jane.doe@example.com'],
    ['PERSON', 'ＪＡＮＥ', 'jane'],
  ] as const)('%s %j -> %j', (type, input, expected) => {
    expect(normaliseValue(type, input)).toBe(expected);
  });

  it('never collapses a value to the empty string', () => {
    expect(normaliseValue('PHONE_NUMBER', ' ?? ')).toBe('??');
    expect(normaliseValue('PERSON', '—')).toBe('—');
  });
});
