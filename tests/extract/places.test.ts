// Pass 60 (and the dateline rule of pass 20): places, with their canonical names.
import { extract } from './helpers.js';

function places(text: string): string[] {
  return extract(text).mentions.filter((m) => m.type === 'Place').map((m) => `${m.text} => ${m.canonical ?? m.key}`);
}

describe('places in a sentence', () => {
  const rows: [string, string[]][] = [
    ['BAGHDAD — The talks ended on Wednesday.', ['BAGHDAD => Baghdad']],
    ['WASHINGTON - Officials spoke.', ['WASHINGTON => Washington']],
    // "Saint" written short (real batch 28)
    ['They met in St Lucia and in St. Lucia again.', ['St Lucia => Saint Lucia', 'St. Lucia => Saint Lucia']],
    // a city's name among name words belongs to a person: only the city standing alone is a place
    ['Gao Feng, a spokesman for the ministry, spoke. Troops left Gao on Monday.', ['Gao => Gao']],
    ['Marcos Santos, a police chief, spoke. The port of Santos reopened.', ['Santos => Santos']],
    // real batch 14: a city's name after a courtesy title, or as the surname of a person the article names, is that person
    ['Paulo Santos spoke. Later Mr Santos left, and Santos said so.', []],
    ['Paulo Santos spoke. Ships reached the port of Santos and docked in Santos.', ['Santos => Santos', 'Santos => Santos']],
    ['Trade official Carlos Lima said so. Delegates will return to Lima next month.', ['Lima => Lima']],
    ['He spoke at the Mohammed V Palace in Rabat.', ['Mohammed V Palace => name:mohammed v palace', 'Rabat => Rabat']],
    ['The U.S. and America’s allies met in Iraq.', ['U.S. => United States', 'America => United States', 'Iraq => Iraq']],
    ['Iran-backed militias struck.', ['Iran => Iran']],
    ['Missiles hit al-Asad air base and Ain al-Asad Air Base.', ['al-Asad air base => name:al-asad air base', 'Ain al-Asad Air Base => name:ain al-asad air base']],
    ['The carrier sailed in the North Arabian Sea.', ['North Arabian Sea => name:north arabian sea']],
    ['Attacks hit the northern town of Bashiqa and the Baghdad airport.', ['Bashiqa => name:bashiqa', 'Baghdad airport => name:baghdad airport']],
    ['He spoke at a forum in Lucerne, Switzerland.', ['Lucerne => Lucerne', 'Switzerland => Switzerland']],
    ['Forces left the Mideast.', ['Mideast => Middle East']],
    ['DUBAI/ADEN, Jan 12 (Reuters) - Yemen said.', ['DUBAI => Dubai', 'ADEN => Aden', 'Yemen => Yemen']],
    // held-out failures, fixed in general: a region word inside a longer name, a sentence adverb before a comma, a compound adjective
    ['Investors bought shares of Gulf Keystone.', []],
    ['Meanwhile, Iran held talks.', ['Iran => Iran']],
    ['Leaders spoke of Euro-Atlantic security.', []],
    ['Ships sailed around the Cape of Good Hope to Qamishli and Tartus.', ['Cape of Good Hope => Cape of Good Hope', 'Qamishli => Qamishli', 'Tartus => Tartus']],
    // second held-out set: accents the lexicon leaves out, an area head, a place in apposition, a Romance particle
    ['Talks resumed in Bogotá on Friday.', ['Bogotá => Bogotá']],
    ['Drones hit the Odesa region overnight.', ['Odesa region => Odesa']],
    ['Fighting spread in the Catatumbo region.', ['Catatumbo region => Catatumbo']],
    ['In Tibú, a town of 50,000 near the border, shops closed.', ['Tibú => name:tibú']],
    ['The governor of Norte de Santander spoke.', ['Norte de Santander => Norte de Santander']],
    ['Crowds gathered outside the French base.', []],
    ['The yard builds Virginia-class submarines.', []],
    ['Later on Friday, Iran said it would help.', ['Iran => Iran']],
    ['Greece’s shipping ministry said it was in contact.', ['Greece => Greece']],
    // heldout4: a word that ends an organization's name is no short form inside a place's name
    ['Gen. Tom Hale, commander of U.S. Forces Korea (USFK), spoke. North Korea fired a missile.', ['North Korea => North Korea']],
    ['The missile was fired from Wonsan toward the ROK coast.', ['Wonsan => Wonsan', 'ROK => South Korea']],
    ['Shells hit the capital of North Darfur province.', ['North Darfur province => North Darfur']],
    ['Jets bombed a market in Tawila, in North Darfur, on Monday.', ['Tawila => name:tawila', 'North Darfur => North Darfur']],
    ['Drones hit airbases including Olenya in the Murmansk region.', ['Olenya => name:olenya', 'Murmansk region => Murmansk']],
    ['He spoke in Arabic, in Baghdad, and met Ana Ruiz in the Kyiv region.', ['Baghdad => Baghdad', 'Kyiv region => Kyiv']],
    // real batch 33: a known place written without its diacritics; a town before its province after "in"
    ['Talks began.\n\nPolice cleared blockades in Belgrade, Nis and Novi Pazar.', ['Belgrade => Belgrade', 'Nis => Niš', 'Novi Pazar => name:novi pazar']],
    ['Talks began.\n\nHe will be held in Uiwang, Gyeonggi, until the trial.', ['Uiwang => name:uiwang', 'Gyeonggi => Gyeonggi']],
    // real batch 37: a head that opens the name before "of"; a shoal; two headed names joined by "and"; a name in brackets
    ['Talks began.\n\nThe cable runs across the Gulf of Finland to Tallinn.', ['Gulf of Finland => name:gulf of finland', 'Tallinn => Tallinn']],
    ['Talks began.\n\nShips sailed near Second Thomas Shoal and Spratly Islands.', ['Second Thomas Shoal => name:second thomas shoal', 'Spratly Islands => name:spratly islands']],
    ['Talks began.\n\nTroops at the Ayungin Shoal (Second Thomas Shoal) were hit.', ['Ayungin Shoal => name:ayungin shoal', 'Second Thomas Shoal => name:ayungin shoal']],
    // real batches 41-42: "the X area" / "sector", "the department of X", "in X, <a place just found>"
    ['Talks began.\n\nClashes hit the Kurram sector.', ['Kurram => name:kurram']],
    // oil and gas fields, refugee camps
    ['Talks began.\n\nDrones hit the Khor Mor gas field and the Rumaila oilfield; troops raided the Tulkarm refugee camp.', ['Khor Mor gas field => name:khor mor gas field', 'Rumaila oilfield => name:rumaila oilfield', 'Tulkarm refugee camp => name:tulkarm refugee camp']],
    // adversarial review: "area" names no place ("the Druze area", "the Euro area"); "the state of" is no place's
    ['Talks began.\n\nClashes erupted in the Druze area of Sweida. Aides dismissed questions about the state of Biden’s health.', ['Sweida => Sweida']],
    ['Talks began.\n\nIt was called by the organization of the department of Totonicapán (West).', ['Totonicapán => name:totonicapán']],
    ['Talks began.\n\nHe promised justice in the Beirut Port explosion case; ships left Port Sudan.', ['Beirut Port => name:beirut port', 'Port Sudan => Port Sudan']],
    ['Talks began.\n\nOfficials met in Hassakeh, Western Kurdistan.', ['Hassakeh => name:hassakeh', 'Western Kurdistan => name:western kurdistan']],
    ['Talks began.\n\nThe ceremony was held at the Al-Asad Air Base (Iraq). Rebels attacked a ship in the Gulf of Aden Monday.', ['Al-Asad Air Base => name:al-asad air base', 'Iraq => Iraq', 'Gulf of Aden => Gulf of Aden']],
    // real batch 48: a community "of" its name; the names listed after a plural place noun; a compass word and a
    // name after "in" (not a nationality, a hyphened pair or a clause's subject after an apposition's comma)
    ['Talks began.\n\nFour officers were killed near the community of Okapa, a police union said.', ['Okapa => name:okapa']],
    ['Talks began.\n\nResidents in neighborhoods, including Morne Vert and Toruvu, set up roadblocks. Fighting reached the towns of Okapa, Tarvo and Ras Moli.', [
      'Morne Vert => name:morne vert', 'Toruvu => name:toruvu', 'Okapa => name:okapa', 'Tarvo => name:tarvo', 'Ras Moli => name:ras moli',
    ]],
    ['Talks began.\n\nSoldiers died in a bombing in North Okapa. Ships sailed in North Korean waters and in South Korea-Japan talks.', ['North Okapa => name:north okapa']],
    // real batch 50: a base named after a two-word prefix; a country's short name the gazetteer holds as data; no
    // English word taken for a country's own name ("Island" is no Iceland)
    ['Talks began.\n\nHe arrived at Joint Base Okapa on Wednesday. They fund a port on PNG’s Okapa Island.', ['Joint Base Okapa => name:joint base okapa', 'PNG => Papua New Guinea', 'Okapa Island => name:okapa island']],
    // real batch 56: an area is named by its name, the head word kept in the mention; a prefix word before a known
    // name makes another place
    ['Talks began.\n\nFighting spread in the Okapa region on Friday. Boats docked near Puerto Jordan.', ['Okapa region => Okapa', 'Puerto Jordan => name:puerto jordan']],
  ];
  test.each(rows)('%s', (sentence, expected) => {
    expect(places(sentence)).toEqual(expected);
  });
});
