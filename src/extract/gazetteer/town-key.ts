// The one spelling-blind key of a town name, shared by the derivation and the lookup.
/** The Arabic "tall" (a hill) is written "Tall", "Tal", "Tel" or "Tell" ("Tall Abyaḑ", "Tel Abyad"). */
const TALL = /^(?:tall|tell|tal|tel) /;

/** The key a town is stored and looked up under: no diacritics, apostrophes or hyphens, lower case ("Ra’s al ‘Ayn" → "ras al ayn"), one spelling of "tall". */
export function townKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’'‘ʻʿ`]/g, '').replace(/-/g, ' ').toLowerCase().replace(TALL, 'tal ');
}
