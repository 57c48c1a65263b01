// Pass 70: roles from titles, appositions, possessives, relative clauses and "led by".
import { rolesOf } from './helpers.js';

describe('roles in a sentence', () => {
  const rows: [string, string[]][] = [
    ['Iraqi Prime Minister Mustafa al-Kadhimi met him.', ['Mustafa al-Kadhimi | Prime Minister | Iraq']],
    ['US President Donald Trump vowed to bring troops home.', ['Donald Trump | President | United States']],
    ['In 2011, then-Prime Minister Nouri al-Maliki failed.', ['Nouri al-Maliki | then-Prime Minister | ']],
    ['Pentagon press secretary John Kirby said so.', ['John Kirby | Pentagon press secretary | ']],
    ['Frank McKenzie, commander of US Central Command, talked.', ['Frank McKenzie | commander of US Central Command | US Central Command']],
    ['A Pentagon spokeswoman, Sabrina Singh, denied it.', ['Sabrina Singh | Pentagon spokeswoman | Pentagon']],
    ['Omar Haddad, the minister’s diplomatic adviser, said no.', ['Omar Haddad | minister’s diplomatic adviser | ']],
    ['Farhad Alaadin, Sudani’s diplomatic adviser, said no.', ['Farhad Alaadin | diplomatic adviser | ']],
    ['Helen Park, director of the Asia Program at the Lowy Institute, said talks would resume.', [
      'Helen Park | director of the Asia Program at the Lowy Institute | Asia Program',
      'Helen Park | director of the Asia Program at the Lowy Institute | Lowy Institute',
    ]],
    ['It killed Maj. Gen. Qassem Soleimani, the Iranian paramilitary leader, at dawn.', [
      'Qassem Soleimani | Maj. Gen. | ', 'Qassem Soleimani | Iranian paramilitary leader | Iran',
    ]],
    ['Muqtada al-Sadr is the cleric who led the militia known as the Mahdi Army, which fought on.', ['Muqtada al-Sadr | leader | Mahdi Army']],
    ['The US-led coalition, led from Baghdad by Brig. Gen. Ryan Rideout, changed its mission.', ['Ryan Rideout | Brig. Gen. | ', 'Ryan Rideout | Brig. Gen. | US-led coalition']],
    ['Soldiers trained. Photo: U.S. Army\n\nDavid Witty, a retired Army Special Forces colonel, spoke.', [
      'David Witty | retired Army Special Forces colonel | Army Special Forces', 'David Witty | retired Army Special Forces colonel | U.S. Army',
    ]],
  ];
  test.each(rows)('%s', (sentence, expected) => {
    expect(rolesOf(sentence)).toEqual(expected);
  });
});
