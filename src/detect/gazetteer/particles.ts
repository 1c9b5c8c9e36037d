import { wordSet } from './name-data.js';

/** Surname particles: "van der berg", "de la cruz", "bin laden", "al amin". Part of a name, never one alone. */
export const SURNAME_PARTICLES: ReadonlySet<string> = wordSet('names/particles');
