/** Surname particles: "van der berg", "de la cruz", "bin laden", "al amin". Part of a name, never one alone. */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set(
  'van von der den de del della la le da di du dos das bin ibn al el'.split(' '),
);
