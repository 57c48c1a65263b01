// Pass 20: bylines, "Write to", credits, publication and copyright lines; headlines trust only lexicons.
import { extract, mentionsOf, rolesOf } from './helpers.js';

describe('page furniture', () => {
  const rows: [string, string[]][] = [
    ['Troops leave\n\nBy Jane Doe and Tom Roe,\n\nThe talks ended.', ['Person:Jane Doe', 'Person:Tom Roe']],
    // photo and wire credits and copyright lines name no actor (the gold counts a node made from them as false)
    ['Supporters rallied in Basra. Photo: Ali Hassan/Getty Images', ['Place:Basra']],
    ['Soldiers trained in July. Photo: U.S. Army', []],
    ['Copyright ©2023 Example Media Group, Inc. All Rights Reserved.', []],
    ['Related Content', []],
    // held-out failures, fixed in general: agency bylines, wire credits, caption credits, institutions in credits
    ['Troops leave\n\nBy JANE DOE and TOM ROE Associated Press\n\nThe talks ended.', ['Person:JANE DOE', 'Person:TOM ROE', 'Organization:Associated Press']],
    ['Troops leave\n\nBy Jane Doe | April 15, 2025\n\nThe talks ended.', ['Person:Jane Doe']],
    // reporters and writers of a wire's credit line are its authors; editors are not
    ['(Reporting by Jane Doe in Aden and Tom Roe in Dubai; Writing by Ann Lee; Editing by Bob Ray)', ['Person:Jane Doe', 'Person:Tom Roe', 'Person:Ann Lee']],
    ['Soldiers patrol a village. (AP Photo/Ali Hassan)', []],
    ['A senator speaks. (Tom Roe for The Washington Post)', []],
    ['Troops rest. Photo: Syrian Presidency / AFP', []],
    ['A camp. Photo: Ali Hassan/Agence France-Presse/Getty Images', []],
    // real batch 1: slash-joined credits with "via", an agency in parentheses after a caption
    ['Paratroopers deploy from North Carolina. ROBYN HAAKE/US ARMY/AFP via Getty Images', ['Place:North Carolina']],
    // a dateline in parentheses (TIME's copy of AP, real batch 27)
    ['(BAGHDAD) — The parliament voted on Sunday.', ['Place:BAGHDAD']],
    // TASS's dateline: the agency between slashes (real batches 21-22)
    ['MOSCOW, June 2. /TASS/. Warsaw Mayor Ana Ruiz conceded defeat.', ['Place:MOSCOW', 'Organization:TASS', 'Place:Warsaw', 'Person:Ana Ruiz']],
    // credits in parentheses and a body's photo credit closing a caption (real batches 14-16)
    ['Ana Ruiz spoke at a rally in Quito (API via AP)', ['Person:Ana Ruiz', 'Place:Quito']],
    ['Queues formed at ATM machines in Yangon (PHOTO EPA)', ['Place:Yangon']],
    ['Airmen rest in Al Kharj, Oct. 22, 2019. DOD photo by SSgt. Nicole Mejia.', ['Place:Al Kharj']],
    ['The base was handed over on Saturday (AFP/Getty)', []],
    ['A commander watches flight operations in the Arabian Sea. (Reuters)', ['Place:Arabian Sea']],
    ['Iraq Prime Minister Says Coalition Is No Longer Needed', ['Place:Iraq']],
    // second held-out set: a byline ending in a place, "Additional reporting by", a name alone above the dated line
    ['Troops leave\n\nBy Jane Doe and Tom Roe in Taipei\n\nThe talks ended.', ['Person:Jane Doe', 'Person:Tom Roe', 'Place:Taipei']],
    ['(Reporting by Jane Doe in Kyiv; Additional reporting by Ann Lee in Ankara; Editing by Bob Ray)', ['Person:Jane Doe', 'Person:Ann Lee']],
    ['Talks suspended\n\nJuan Pérez Gil\nBogotá - Jan 18, 2025 - 14:30 COT\n\nThe talks ended.', ['Person:Juan Pérez Gil', 'Place:Bogotá']],
    // heldout4: authors each with a known city under the headline, a desk note in parentheses after the name
    ['Talks stall\n\nOlga Petrenko in Kyiv and Tom Roe in Istanbul\n\nNews\n\nThe talks ended.', ['Person:Olga Petrenko', 'Place:Kyiv', 'Person:Tom Roe', 'Place:Istanbul']],
    ['Talks stall\n\nBy Marie-Claire de Montfort (Brussels, correspondent)\n\nThe talks ended.', ['Person:Marie-Claire de Montfort', 'Place:Brussels']],
    ['SEOUL, Sept. 18 (Yonhap) -- The launch came early.\n\n(END)', ['Place:SEOUL', 'Organization:Yonhap']],
    // real batch 7: a first line that is a long finished sentence dense with names is the lead, not a headline
    ['ERBIL, Kurdistan Region of Iraq - Tomas Varga, commander of the Northern Harbor Forces (NHF) on Friday met with commander of the Coastal Guard Command Anders Holm to discuss Ruritania’s current situation and joint operations.\n\nThe talks ended.',
      ['Place:ERBIL', 'Place:Kurdistan Region', 'Place:Iraq', 'Person:Tomas Varga', 'Organization:Northern Harbor Forces', 'Organization:NHF', 'Organization:Coastal Guard Command', 'Person:Anders Holm']],
    // real batches 49-50: a credit in square brackets; a dateline ended by the agency's name in capitals, the month
    // in capitals no acronym
    ['Talks stall\n\nRoads were blocked in Basra on August 29 [Ana Ruiz/AFP]\n\nThe talks ended.', ['Place:Basra']],
    ['TBILISI, MAY 7, GEOPRESS. The government met.', ['Place:TBILISI', 'Organization:GEOPRESS']],
    // real batch 54: a city in capitals and its country alone on a line above the story
    ['Talks stall\n\nKIGALI, Rwanda\n\nThe talks ended.', ['Place:KIGALI', 'Place:Rwanda']],
    // the thirteenth session: a known city alone or after its agency, a dash right after the country, two agencies in
    // the parentheses, a wire dateline whose agency the copy dropped
    ['Talks stall\n\nAFP, KIGALI\n\nThe talks ended.', ['Organization:AFP', 'Place:KIGALI']],
    ['Talks stall\n\nKIGALI\n\nThe talks ended.', ['Place:KIGALI']],
    ['KIGALI, Rwanda—The talks ended.', ['Place:KIGALI', 'Place:Rwanda']],
    ['KIGALI (REUTERS, AGENCE FRANCE-PRESSE) - The talks ended.', ['Place:KIGALI', 'Organization:AGENCE FRANCE-PRESSE']],
    ['KIGALI Oct 2 The talks ended.', ['Place:KIGALI']],
    // unknown words in capitals are no dateline that way
    ['NEWSROOM– The talks ended.', []],
    ['Talks stall\n\nAFP, NEWSROOM\n\nThe talks ended.', ['Organization:AFP']],
  ];
  test.each(rows)('%j', (text, expected) => {
    expect(mentionsOf(text, true)).toEqual(expected);
  });

  test('"Write to" names the authors of the publication on the source line', () => {
    const text = 'Headline here\n\nThe Wall Street Journal, Jan. 17, 2024\n\nBody text.\n\nWrite to Jane Doe at jane.doe@example.com and Tom Roe at tom@example.com';
    expect(rolesOf(text, true)).toEqual(['Jane Doe | author | The Wall Street Journal', 'Tom Roe | author | The Wall Street Journal']);
  });

  test('the authors of bylines, "Write to" and "contributed" lines are on the article, in the order printed, capitals in title case', () => {
    const text = 'Headline here\n\nBy NADIA EL-TAYEB and PETER MWANGI Associated Press\n\nBody text.\n\nJane Roe in Cairo contributed to this report.';
    expect(extract(text, true).authors).toEqual(['Nadia El-Tayeb', 'Peter Mwangi', 'Jane Roe']);
    expect(extract('Headline here\n\nBody text. Photo: Ali Hassan/Getty Images', true).authors).toEqual([]);
  });

  test('every finding names its rule and sentence', () => {
    const x = extract('BAGHDAD — Brig. Gen. Roberto Vannacci spoke.');
    expect(x.findings.length).toBeGreaterThan(0);
    for (const f of x.findings) {
      expect(f.rule).toMatch(/^\d\d-[a-z-]+\/[a-z-]+/);
      expect(f.sentence.length).toBeGreaterThan(0);
    }
  });
});
