/**
 * Frames of the composed set (world-contacts) written by this project: letters, forms, messages and
 * question-and-answer exchanges with slots. `|` separates turns; `\n` is a line break inside a turn
 * (a letter's or form's layout). Slots:
 *   {{full}} {{first}} {{last}} {{title}}        the main person (PERSON; the title is not labelled)
 *   {{last_upper}}                               the surname in capitals, as forms ask (PERSON)
 *   {{other_full}} {{other_first}}               a second person (PERSON)
 *   {{address_block}} {{address_line}}           the whole address, on lines or on one line (ADDRESS)
 *   {{street}} {{locality}} {{postcode}}         its first line, the rest, the postcode alone (ADDRESS)
 *   {{phone}} {{phone2}} {{email}} {{dob}}       PHONE_NUMBER, PHONE_NUMBER, EMAIL, DATE_OF_BIRTH
 *   {{iban}} {{card}} {{ssn}}                    ACCOUNT_NUMBER, ACCOUNT_NUMBER, US_SSN
 *   {{city}} {{company}}                         a lone place and an organisation (hard negatives)
 * The other half of the set's documents use the Presidio research templates (public, MIT) instead.
 */
export interface Frame {
  id: string;
  kind: 'letter' | 'form' | 'message' | 'dialogue' | 'narrative';
  text: string;
  /** only for people of this country (US SSN forms) */
  country?: string;
}

/** The entity type a slot is labelled with (hard negatives and titles have none). */
export const SLOT_TYPES: Record<string, string> = {
  full: 'PERSON',
  first: 'PERSON',
  last: 'PERSON',
  last_upper: 'PERSON',
  other_full: 'PERSON',
  other_first: 'PERSON',
  address_block: 'ADDRESS',
  address_line: 'ADDRESS',
  street: 'ADDRESS',
  locality: 'ADDRESS',
  postcode: 'ADDRESS',
  phone: 'PHONE_NUMBER',
  phone2: 'PHONE_NUMBER',
  email: 'EMAIL',
  dob: 'DATE_OF_BIRTH',
  iban: 'ACCOUNT_NUMBER',
  card: 'ACCOUNT_NUMBER',
  ssn: 'US_SSN',
};

export const FRAMES: Frame[] = [
  {
    id: 'letter-update',
    kind: 'letter',
    text: 'Dear {{title}} {{last}},\n\nThank you for your letter of last week. We have updated your details as requested: your new address is {{address_line}} and your telephone number is now {{phone}}.\n\nYours sincerely,\n{{other_full}}',
  },
  {
    id: 'letter-moved',
    kind: 'letter',
    text: 'Dear {{other_first}},\n\nJust a note to say that we have finally moved! From the first of the month our address is:\n{{address_block}}\n\nYou can still call me on {{phone}} or write to {{email}}.\n\nLove,\n{{first}}',
  },
  {
    id: 'letter-confirm',
    kind: 'letter',
    text: 'To whom it may concern,\n\nI confirm that {{full}}, born {{dob}}, has lived at {{address_line}} for the past four years and has always paid the rent on time. Please contact me at {{phone}} if you need anything further.\n\nRegards,\n{{other_full}}\n{{email}}',
  },
  {
    id: 'letter-parcel',
    kind: 'letter',
    text: 'Hello {{title}} {{last}},\n\nYour parcel from {{company}} could not be delivered to {{street}} today because nobody was at home. It is waiting for you at the depot in {{city}}.\n\nKind regards,\n{{other_first}}',
  },
  {
    id: 'letter-reference',
    kind: 'letter',
    text: 'Dear Sir or Madam,\n\nI am happy to recommend {{full}}, who worked with me at {{company}} for three years. {{first}} was reliable and kind with every customer. I can be reached at {{phone2}}.\n\nSincerely,\n{{other_full}}\n{{address_block}}',
  },
  {
    id: 'form-contact',
    kind: 'form',
    text: 'Name: {{full}}\nDate of birth: {{dob}}\nAddress: {{address_line}}\nTelephone: {{phone}}\nE-mail: {{email}}',
  },
  {
    id: 'form-application',
    kind: 'form',
    text: 'APPLICATION FORM\nSurname: {{last_upper}}\nGiven names: {{first}}\nPostal address:\n{{address_block}}\nMobile: {{phone}}\nSignature: {{full}}',
  },
  {
    id: 'form-patient',
    kind: 'form',
    text: 'Patient: {{full}}\nDOB: {{dob}}\nHome address: {{address_line}}\nNext of kin: {{other_full}}, tel. {{phone2}}',
  },
  {
    id: 'form-bank',
    kind: 'form',
    text: 'Account holder: {{full}}\nIBAN: {{iban}}\nBilling address: {{address_line}}\nContact number: {{phone}}',
  },
  {
    id: 'form-shipping',
    kind: 'form',
    text: 'Ship to: {{full}}, {{address_line}}. Phone: {{phone}}. Email: {{email}}. Gift message: happy birthday from all of us at {{company}}!',
  },
  {
    id: 'form-card',
    kind: 'form',
    text: 'Card number: {{card}}\nName on card: {{full}}\nBilling postcode: {{postcode}}\nDaytime phone: {{phone}}',
  },
  {
    id: 'form-employee',
    kind: 'form',
    country: 'US',
    text: 'Employee: {{full}}\nSSN: {{ssn}}\nDate of birth: {{dob}}\nHome address: {{address_line}}\nEmergency contact: {{other_full}} {{phone2}}',
  },
  {
    id: 'message-number',
    kind: 'message',
    text: "hi, it's {{first}}! my new number is {{phone}}, save it :)",
  },
  {
    id: 'message-documents',
    kind: 'message',
    text: 'Hey {{other_first}}, can you send the signed documents to {{address_line}}? Thanks a lot, {{first}}',
  },
  {
    id: 'message-arrive',
    kind: 'message',
    text: "{{first}} here. I'm outside {{street}}, ring me on {{phone}} when you get here",
  },
  {
    id: 'message-update',
    kind: 'message',
    text: 'Please update my email to {{email}} and my phone number to {{phone}}. Many thanks, {{full}}',
  },
  {
    id: 'message-wrong',
    kind: 'message',
    text: "Sorry {{other_first}}, I gave you the old address! It's {{address_line}} now. See you Saturday.",
  },
  {
    id: 'dialogue-verify',
    kind: 'dialogue',
    text: "Can I have your full name, please?|It's {{full}}.|And your date of birth?|{{dob}}.|What is the address on the account?|{{address_line}}.|And the best number to reach you?|{{phone}}, or by email at {{email}}.",
  },
  {
    id: 'dialogue-move',
    kind: 'dialogue',
    text: "I need to change my address.|Of course. What's the new address?|{{address_block}}|Thank you. Is {{phone}} still your number?|Yes, that's right.",
  },
  {
    id: 'dialogue-transfer',
    kind: 'dialogue',
    text: "I'm calling about a transfer that never arrived.|Can you read me the IBAN you sent it to?|Yes, it's {{iban}}.|And the name on that account?|{{other_full}}.",
  },
  {
    id: 'dialogue-behalf',
    kind: 'dialogue',
    text: "I'm calling on behalf of my father, {{other_full}}.|What is his date of birth?|{{dob}}.|And the postcode of his home?|{{postcode}}.|Thank you, {{title}} {{last}}.",
  },
  {
    id: 'dialogue-delivery',
    kind: 'dialogue',
    text: 'Where should the driver deliver it?|To my office, {{street}}, {{locality}}.|And a contact name?|{{first}} {{last}}, on {{phone}}.',
  },
  {
    id: 'dialogue-ssn',
    kind: 'dialogue',
    country: 'US',
    text: "For verification, can you give me your social security number?|Sure, it's {{ssn}}.|And your date of birth?|{{dob}}.|Thank you, {{first}}.",
  },
  {
    id: 'narrative-moved',
    kind: 'narrative',
    text: '{{full}} grew up in {{city}} and later moved abroad.|Last year {{first}} wrote to an old teacher, {{other_full}}, from a new home at {{address_line}}.',
  },
  {
    id: 'narrative-meeting',
    kind: 'narrative',
    text: 'The meeting with {{company}} was moved to Thursday.|{{other_first}} asked {{first}} to host it at {{street}} and to send the details to {{email}}.',
  },
];
