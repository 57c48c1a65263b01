// Organizations past the connectors a chunk stops at (50-organizations-long), outlets named by their role in the
// sentence (50-organizations-outlets), and the furniture and titles around names. Sentences written for these tests.
import { extract, mentionsOf } from './helpers.js';

describe('long official names and outlets', () => {
  const rows: [string, string[]][] = [
    // "to" and a capitalized verb phrase, "in" a country or region, a force and its number, dash-joined commands
    ['The Committee to Protect Journalists condemned the arrest.', ['Organization:Committee to Protect Journalists']],
    ['Envoys of the Global Coalition to Defeat ISIS met in Rome.', ['Organization:Global Coalition to Defeat ISIS', 'Place:Rome']],
    ['The Organization for Security and Co-operation in Europe sent observers.', ['Organization:Organization for Security and Co-operation in Europe']],
    ['The militia is part of the Islamic Resistance in Iraq, a network of groups.', ['Organization:Islamic Resistance in Iraq']],
    ['Ships of the Combined Maritime Forces – Task Force 153 patrolled the strait.', ['Organization:Combined Maritime Forces – Task Force 153']],
    // a double hyphen is one dash (real batch 27)
    ['It came from a press release from Combined Joint Task Force -- Operation Harbor Shield.', ['Organization:Combined Joint Task Force -- Operation Harbor Shield']],
    ['The Marine Corps Forces Central Command said the drills ended.', ['Organization:Marine Corps Forces Central Command']],
    // "in" a city is no part of the name; an army in a country stays the army
    ['The Harbor Movement in Lisbon held a rally.', ['Organization:Harbor Movement', 'Place:Lisbon']],
    // outlets by their role: "told X that", "X reported", "according to X,", "in an interview with X"
    ['The minister told Kurdistan24 that the talks would resume.', ['Organization:Kurdistan24']],
    // one plain word after "told" or "according to" is as likely a surname: left alone
    ['Biden told Netanyahu that a Rafah offensive would be a mistake, according to Lavrov.', ['Person:Biden', 'Place:Rafah']],
    ['Kurdistan24 reported that the base was hit.', ['Organization:Kurdistan24']],
    ['The base was hit, according to Al Mayadeen.', ['Organization:Al Mayadeen']],
    ['He spoke in an interview with Asharq Al-Awsat on Sunday.', ['Organization:Asharq Al-Awsat']],
    // real batches 39-42: "told The X", "told X television", a clause's ", X reported.", "reported by X", "Erbil (X) –"
    ['He told The Harbor Daily on Thursday that troops had left.', ['Organization:Harbor Daily']],
    ['His defence minister told Al-Hadath television this month that the troops will leave.', ['Organization:Al-Hadath']],
    ['The faction is not in his camp, the English-language Libyan Observer reported.', ['Organization:Libyan Observer']],
    ['Turnout was low, Ukrinform reports.', ['Organization:Ukrinform']],
    ['This was reported by NewsMaker on Monday.', ['Organization:NewsMaker']],
    ['Intro.\n\nErbil (Kurdistan24) – Missiles hit the base.', ['Place:Erbil', 'Organization:Kurdistan24']],
    // a coalition's name joined by "of"; not the members of a party, not an acronym alone before the head
    ['The State of Law coalition led by former Prime Minister Nouri al-Maliki won 29 seats.', ['Organization:State of Law coalition', 'Person:Nouri al-Maliki']],
    ['Members of the Harbor Front movement met.', ['Organization:Harbor Front movement']],
    ['Governor Tarcísio de Freitas spoke. Débora Silva, founder of the Mães de Maio movement, marched.', ['Person:Tarcísio de Freitas', 'Person:Débora Silva', 'Organization:Mães de Maio movement']],
    ['The OIR coalition struck the depot.', ['Organization:OIR']],
    // a body that speaks, at a sentence's start and after a hyphenated modifier; a nationality and a title are a person
    ['The Coordination Framework said later that it is the largest bloc.', ['Organization:Coordination Framework']],
    ['The Shia-led Coordination Framework announced later that it is the largest bloc.', ['Organization:Coordination Framework']],
    ['The Iraqi Defence Minister said the talks were over.', []],
    ['A statement tweeted by Security Media Cell said the attack failed.', ['Organization:Security Media Cell']],
    // adversarial review: names joined by "and" before a head are several; a person's title at a sentence's start; a surname that reported
    ['Analysts say the Russia and Iran alliance is deepening.', ['Place:Russia', 'Place:Iran']],
    ['The Likud and Shas coalition collapsed on Monday.', []],
    ['The Dalai Lama said he would be reincarnated.', []],
    ['The drone hit a fuel depot, Kadyrov reported.', []],
    // an acronym in the plural is a kind of thing
    ['He ruled out the appointment of CASs and new NGOs until the economy can afford it.', []],
    // … not a media noun alone, nor a person who reported to someone
    ['The scientist was killed, the state TV reported.', []],
    ['Ivo Horvat spoke. Later, Horvat reported to the board.', ['Person:Ivo Horvat', 'Person:Horvat']],
    // a media noun after the name; the outlet in a dateline's parentheses, known or not
    ['The Izvestia newspaper said others had been detained.', ['Organization:Izvestia']],
    ['He told the Arabic-language Harbor Today news website that the leaders met.', ['Organization:Harbor Today']],
    ['Intro.\n\nERBIL (Kurdistan 24) – Missiles hit the base.', ['Place:ERBIL', 'Organization:Kurdistan 24']],
    // … but a person the article names is no outlet, whatever the case of the byline
    ['Troops leave\n\nBy PETER MWANGI\n\nThe mayor told Mwangi that the port was closed.', ['Person:PETER MWANGI']],
    ['The minister told Kang Yu-jung that the talks would resume.', ['Person:Kang Yu-jung']],
    // an acronym in parentheses expands only the words whose initials spell it, and a country is no organization
    ['Jets took off near Abu Dhabi in the United Arab Emirates (UAE) on Monday.', ['Place:Abu Dhabi', 'Place:United Arab Emirates', 'Place:UAE']],
    // page furniture and titles: a title-case headline names no one; "PM" is a title; an area after a title word is a place
    ['Minister Vows Swift Response\n\nThe talks ended.', []],
    ['PM Keir Starmer spoke in London.', ['Person:Keir Starmer', 'Place:London']],
    ['Police entered the Sheikh Jarrah district on Monday.', ['Place:Sheikh Jarrah']],
  ];
  test.each(rows)('%j', (text, expected) => {
    expect(mentionsOf(text, text.includes('\n\n'))).toEqual(expected);
  });

  test('"X quoted Y as saying" gives the quote to Y, not to the outlet that relays it', () => {
    const x = extract('Reuters quoted Ana Ruiz as saying “the port will stay closed until the storm passes”.');
    expect(x.quotes!.map((q) => (q.speaker?.kind === 'mention' ? x.mentions[q.speaker.mention]!.text : null))).toEqual(['Ana Ruiz']);
  });
});
