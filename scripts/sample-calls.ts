/**
 * The fictional sample calls (all people, numbers, addresses and companies are invented; phones
 * are 555-01xx, emails @example.com). Each turn is a tagged template: interpolated values are the
 * PII labels, so word indices are derived, never counted by hand. A label covers every
 * whitespace word that holds one of its characters, so attached punctuation stays inside
 * (`${PERSON('Okafor')},` labels the word "Okafor,"), as in the project's labelling rules.
 */
import type { EntityType } from '../src/types.js';
import type { Voice } from '../test/helpers/speech.js';

export type Speaker = 'agent' | 'customer';

export interface Pii {
  type: EntityType;
  text: string;
}

export interface Turn {
  speaker: Speaker;
  /** the template's literal pieces, with labelled values between them */
  strings: readonly string[];
  values: readonly Pii[];
}

export interface SampleCall {
  /** file base name */
  name: string;
  domain: string;
  /** "asr": lower case, no punctuation, numbers as words; "formatted": smart-formatted ASR */
  style: 'asr' | 'formatted';
  /** mono: 16 kHz mono WAV; stereo: 8 kHz, agent left / customer right; text: .txt only */
  output: 'mono' | 'stereo' | 'text';
  voices: Record<Speaker, Voice>;
  turns: Turn[];
}

const label =
  (type: EntityType) =>
  (text: string): Pii => ({ type, text });
const PERSON = label('PERSON');
const PHONE = label('PHONE_NUMBER');
const ACCOUNT = label('ACCOUNT_NUMBER');
const SSN = label('US_SSN');
const ADDRESS = label('ADDRESS');
const EMAIL = label('EMAIL');
const DOB = label('DATE_OF_BIRTH');

const say =
  (speaker: Speaker) =>
  (strings: TemplateStringsArray, ...values: Pii[]): Turn => ({ speaker, strings: [...strings], values });
const agent = say('agent');
const customer = say('customer');

export const SAMPLE_CALLS: readonly SampleCall[] = [
  {
    name: 'bank-card-replacement',
    domain: 'bank card replacement',
    style: 'asr',
    output: 'mono',
    voices: {
      agent: { name: 'en-us', pitch: 45, speed: 240 },
      customer: { name: 'en-us+m3', pitch: 35, speed: 240 },
    },
    turns: [
      agent`thank you for calling harborview credit union my name is ${PERSON('marisol')} how can i help you today`,
      customer`hi yeah i lost my debit card i think it fell out at the gas station`,
      agent`sorry to hear that i can block it and send a new one can i get your full name please`,
      customer`sure it's ${PERSON('theodore quillfeather')} last name is ${PERSON('q u i l l f e a t h e r')}`,
      agent`thank you mister ${PERSON('quillfeather')} for verification the last four of your social`,
      customer`${SSN('six two zero eight')}`,
      agent`and your date of birth`,
      customer`${DOB('july fourteenth nineteen seventy nine')}`,
      agent`perfect do you have the number of the lost card`,
      customer`yes it's ${ACCOUNT('four one one one one one one one one one one one one one one one')}`,
      agent`got it that card is blocked now the replacement fee is five dollars and it arrives in seven to ten business days`,
      customer`okay that's fine`,
      agent`anything else i can do for you ${PERSON('theodore')}`,
      customer`no that's all thanks`,
    ],
  },
  {
    name: 'insurance-claim',
    domain: 'auto insurance claim',
    style: 'asr',
    output: 'mono',
    voices: {
      agent: { name: 'en-us+f2', pitch: 55, speed: 290 },
      customer: { name: 'en-us+m1', pitch: 40, speed: 240 },
    },
    turns: [
      agent`good morning lakeshore mutual claims this is ${PERSON('desmond')} can i have your policy number`,
      customer`yeah it's ${ACCOUNT('h k l seven four two nine one six')}`,
      agent`thank you and who am i speaking with`,
      customer`${PERSON('ingrid morrowfield')}`,
      agent`thanks ${PERSON('ingrid')} what happened`,
      customer`someone backed into my car in the parking lot at the mall on tuesday around three thirty`,
      agent`i'm sorry to hear that i've opened claim number c l seven seven zero four one two for you what's the best number to reach you`,
      customer`it's ${PHONE('three one two five five five uh oh one double seven')}`,
      agent`and can you confirm the garaging address`,
      customer`${ADDRESS('four eighteen wexley court unit two b fairhaven ohio four three two one five')}`,
      agent`great an adjuster named ${PERSON('paulina stroud')} will call you within two business days`,
      customer`okay thank you`,
    ],
  },
  {
    name: 'isp-support-stereo',
    domain: 'internet service support',
    style: 'asr',
    output: 'stereo',
    voices: {
      agent: { name: 'en-gb', pitch: 50, speed: 240 },
      customer: { name: 'en-us+f3', pitch: 60, speed: 290 },
    },
    turns: [
      agent`thanks for calling skyline fiber technical support my name is ${PERSON('anders')} can i get your account number`,
      customer`uh sure it's ${ACCOUNT('double eight zero three one five five two seven')}`,
      agent`thank you and the name on the account`,
      customer`${PERSON('priyanka thorvald')}`,
      agent`and the email address on file`,
      customer`it's ${EMAIL('p dot thorvald at example dot com')}`,
      agent`perfect what seems to be the problem`,
      customer`the internet keeps dropping every evening it goes from three hundred megabits to nothing`,
      agent`i see a line fault i've created ticket number four four nine one zero two and a technician can come thursday between eight and noon`,
      customer`thursday works i'm in denver until wednesday anyway`,
      agent`great and a good callback number`,
      customer`${PHONE('seven two zero five five five oh one three eight')}`,
      agent`you're all set ${PERSON('priyanka')} anything else`,
      customer`nope thanks ${PERSON('anders')}`,
    ],
  },
  {
    name: 'pharmacy-refill',
    domain: 'pharmacy refill',
    style: 'formatted',
    output: 'mono',
    voices: {
      agent: { name: 'en-us+f4', pitch: 60, speed: 290 },
      customer: { name: 'en-us', pitch: 40, speed: 240 },
    },
    turns: [
      agent`Thank you for calling Brookside Pharmacy, this is ${PERSON('Keiko')}. How can I help?`,
      customer`Hi, I need to refill my blood pressure prescription.`,
      agent`Sure. Can I have your name and date of birth?`,
      customer`${PERSON('Rowan Pettigrew')}, ${DOB('March 3rd, 1985')}.`,
      agent`Thank you, Mr. ${PERSON('Pettigrew')}. I see prescription RX-448210 for lisinopril, 20 mg. Is your phone number still ${PHONE('(555) 555-0142')}?`,
      customer`No, it's ${PHONE('(217) 555-0163')} now.`,
      agent`Got it. And we deliver to ${ADDRESS('1420 Larkspur Lane, Apt 3B, Springfield, IL 62704')}?`,
      customer`Yes, that's right.`,
      agent`Great. Your copay is $12.50 and the driver comes tomorrow after 2 PM.`,
      customer`Perfect, thank you so much.`,
    ],
  },
  {
    name: 'utility-move',
    domain: 'utility service move',
    style: 'asr',
    output: 'mono',
    voices: {
      agent: { name: 'en-us+m7', pitch: 50, speed: 240 },
      customer: { name: 'en-us+f1', pitch: 65, speed: 240 },
    },
    turns: [
      agent`thanks for calling tri county power and gas this is ${PERSON('bram')} speaking`,
      customer`hi um i'm moving next month and i need to transfer my service`,
      agent`i can help with that what's the account number`,
      customer`${ACCOUNT('double two seven four oh nine one eight three')}`,
      agent`and the name on the account`,
      customer`${PERSON('lucinda marchetti')}`,
      agent`for security can i have the last four of your social security number`,
      customer`${SSN('double four eight one')}`,
      agent`thank you what's the current service address`,
      customer`${ADDRESS('two twenty one birchwood drive apartment six columbus ohio four three two oh nine')}`,
      agent`and where are you moving to`,
      customer`${ADDRESS('eighty five quarry hill road dayton ohio four five four oh two')}`,
      agent`when should service start at the new place`,
      customer`june first please`,
      agent`okay there's a thirty dollar connection fee and i'll send the confirmation to ${EMAIL('lucinda marchetti at example dot com')} is that still good`,
      customer`yes that's correct`,
      agent`you're all set your confirmation number is eight one four four two`,
    ],
  },
  {
    name: 'retail-return',
    domain: 'retail return',
    style: 'asr',
    output: 'mono',
    voices: {
      agent: { name: 'en-us+f5', pitch: 55, speed: 290 },
      customer: { name: 'en-gb+m4', pitch: 45, speed: 240 },
    },
    turns: [
      agent`hello you've reached northgate outfitters returns my name is ${PERSON('gideon')}`,
      customer`hi i want to return a jacket the order number is w five five eight two one nine`,
      agent`thanks i found it under ${PERSON('hana kowalczyk')} is that you`,
      customer`yes that's me ${PERSON('k o w a l c z y k')}`,
      agent`the refund is eighty nine ninety nine should it go back to the original card`,
      customer`no please put it on my other card ${ACCOUNT('five three six two oh four eight one seven seven three five nine two oh five')}`,
      agent`done and the email for the return label`,
      customer`${EMAIL('hana underscore k at example dot com')}`,
      agent`and a phone number in case the courier needs you`,
      customer`${PHONE('four oh four five five five oh one double nine')}`,
      agent`great the courier comes friday between nine and five`,
      customer`thank you`,
    ],
  },
  {
    name: 'airline-booking',
    domain: 'airline booking',
    style: 'formatted',
    output: 'mono',
    voices: {
      agent: { name: 'en-us', pitch: 55, speed: 240 },
      customer: { name: 'en-us+f2', pitch: 70, speed: 290 },
    },
    turns: [
      agent`Good afternoon, Cobalt Air reservations, ${PERSON('Tobias')} speaking.`,
      customer`Hi, I'd like to book a flight from Denver to Boston on May 12th.`,
      agent`Certainly. May I have the passenger's full name as it appears on the ID?`,
      customer`${PERSON('Amara Fenwick-Osei')}, that's ${PERSON('F-E-N-W-I-C-K')} hyphen ${PERSON('O-S-E-I')}.`,
      agent`And the date of birth?`,
      customer`${DOB('November 2nd, 1991')}.`,
      agent`Do you have a frequent flyer number?`,
      customer`Yes, it's ${ACCOUNT('CB7734921')}.`,
      agent`There's a 7:45 AM flight for $248. Shall I book it?`,
      customer`Yes, please.`,
      agent`Your confirmation code is QZ4R8T. Where should I send the itinerary?`,
      customer`${EMAIL('amara.fenwick@example.com')}, and my cell is ${PHONE('617-555-0129')}.`,
      agent`You're all set, Ms. ${PERSON('Fenwick-Osei')}. Thank you for flying Cobalt Air.`,
    ],
  },
  {
    name: 'mobile-plan-change',
    domain: 'mobile plan change (transcript only)',
    style: 'asr',
    output: 'text',
    voices: { agent: { name: 'en-us' }, customer: { name: 'en-us+f3' } },
    turns: [
      agent`thanks for calling brightwave mobile this is ${PERSON('yusuf')}`,
      customer`hi my name is ${PERSON('carmen delacroix')} and i want to change my plan`,
      agent`sure can i have the mobile number on the account`,
      customer`${PHONE('five oh three five five five oh one two six')}`,
      agent`and the last four of your social`,
      customer`${SSN('nine oh three seven')}`,
      agent`thank you and your date of birth`,
      customer`the ${DOB('ninth of february nineteen eighty eight')}`,
      agent`the unlimited plan is sixty five dollars a month starting on the fifteenth`,
      customer`okay let's do it and mail the new sim to ${ADDRESS('nine oh one alder street suite four portland oregon nine seven two oh nine')}`,
      agent`done anything else`,
      customer`no thanks`,
    ],
  },
];
