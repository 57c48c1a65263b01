// Military units (50-organizations-units) and installations (60-places-installations): productive patterns, not lists.
import { mentionsOf } from './helpers.js';

describe('military units and installations', () => {
  const rows: [string, string[]][] = [
    // ordinal + branch words + echelon
    ['Troops of the 82nd Airborne Division arrived.', ['Organization:82nd Airborne Division']],
    ['The 10th Mountain Division and the 173rd Airborne Brigade trained together.', ['Organization:10th Mountain Division', 'Organization:173rd Airborne Brigade']],
    ['Soldiers of the 2nd Stryker Brigade Combat Team left.', ['Organization:2nd Stryker Brigade Combat Team']],
    ['The 519th Military Police Battalion was deployed.', ['Organization:519th Military Police Battalion']],
    // a chain of units, each its own organization
    ['Paratroopers of the 2nd Battalion, 504th Parachute Infantry Regiment, 1st Brigade Combat Team, deployed.', [
      'Organization:2nd Battalion', 'Organization:504th Parachute Infantry Regiment', 'Organization:1st Brigade Combat Team',
    ]],
    // an ordinal before a unit acronym; a Roman numeral only before a corps, army or fleet
    ['Officers of the 2nd SBCT spoke.', ['Organization:2nd SBCT']],
    ['V Corps moved its headquarters, and XVIII Airborne Corps stayed.', ['Organization:V Corps', 'Organization:XVIII Airborne Corps']],
    ['World War II Veterans Division members marched.', ['Organization:World War II Veterans Division']],
    // no unit without an echelon word
    ['The team met on the 2nd Floor of the 3rd Street building.', []],
    // installations: a prefix and a name, a site word and its number, a head word after an organization word
    ['Troops returned to Fort Liberty from Camp Arifjan.', ['Place:Fort Liberty', 'Place:Camp Arifjan']],
    ['A drone struck Tower 22 and Outpost 17.', ['Place:Tower 22', 'Place:Outpost 17']],
    ['Aircraft left Bagram Airfield and Fort Campbell Army Airfield.', ['Place:Bagram Airfield', 'Place:Fort Campbell Army Airfield']],
    ['Aid trucks queued at the Kerem Shalom crossing.', ['Place:Kerem Shalom crossing']],
    // real batches 3-4: a given name before a place head is no person; every name of a list before a plural area word
    ['Troops landed at Mihail Kogalniceanu Air Base.', ['Place:Mihail Kogalniceanu Air Base']],
    ['Battles raged in the Al-Salam, Al-Inqaz, and Al-Wahda neighbourhoods.', ['Place:Al-Salam', 'Place:Al-Inqaz', 'Place:Al-Wahda']],
    ['Jets bombed positions in Mellit and Nyala overnight.', ['Place:Mellit', 'Place:Nyala']],
    ['Forces moved under Combined Joint Task Force – Operation Inherent Resolve on Friday.', ['Organization:Combined Joint Task Force – Operation Inherent Resolve']],
    ['The top commander, Gen Austin Miller, left.', ['Person:Austin Miller']],
  ];
  test.each(rows)('%s', (sentence, expected) => {
    expect(mentionsOf(sentence)).toEqual(expected);
  });
});
