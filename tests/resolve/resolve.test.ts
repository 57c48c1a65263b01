// Resolution: variants that must merge, near-names that must not, deterministic valid output.
import { validateGraphData } from '../../graph-schema/index.js';
import { build, names } from './helpers.js';

describe('people across articles', () => {
  const rows: [string, string[], string[]][] = [
    ['transliterations of one name merge', ['Supporters of Muqtada al-Sadr marched.', 'Cleric Moqtada al-Sadr spoke.'], ['Moqtada al-Sadr']],
    ['Qassem and Qasem are one man', ['Maj. Gen. Qassem Soleimani was killed.', 'Commander Maj. Gen. Qasem Soleimani died. Soleimani was buried.'], ['Qassem Soleimani']],
    ['a middle name does not split a person', ['Prime Minister Mohammed Shia al-Sudani met them.', 'Prime Minister Mohammed al-Sudani said so. Sudani left.'], ['Mohammed Shia al-Sudani']],
    ['a shared first name is not enough', ['Mustafa Salim reported.', 'Prime Minister Mustafa al-Kadhimi spoke.'], ['Mustafa Salim', 'Mustafa al-Kadhimi']],
    ['a shared surname is not enough', ['Prime Minister Mohammed al-Sudani spoke.', 'Cameraman Thaier al-Sudani filmed it.'], ['Mohammed al-Sudani', 'Thaier al-Sudani']],
    ['Hassan is not Hussein', ['Ali Hassan spoke.', 'Ali Hussein spoke.'], ['Ali Hassan', 'Ali Hussein']],
    ['a surname in another article joins the only person of that surname', ['Defense Secretary Lloyd Austin spoke.', 'Later, Austin said he agreed with President Biden.'], ['Biden', 'Lloyd Austin']],
  ];
  test.each(rows)('%s', (_, texts, expected) => {
    expect(names(build(texts), 'Person')).toEqual(expected);
  });

  test('the surname goes to the person named in the same article, with every form as an alias', () => {
    const data = build(['Muqtada al-Sadr won. Al-Sadr’s bloc cheered, and Sadr spoke.']);
    const sadr = data.nodes.find((n) => n.type === 'Person');
    expect(sadr && 'aliases' in sadr ? sadr.aliases : []).toEqual(['Al-Sadr', 'Sadr']);
  });

  test.each([
    ["Jordan's King Abdullah II met Blinken.", 'Abdullah II', ['King Abdullah II']],
    ['Pope Francis spoke in Baghdad.', 'Francis', ['Pope Francis']],
    ['Hasina left with her sister Sheikh Rehana on Monday.', 'Rehana', ['Sheikh Rehana']],
    // "Sheikh" goes with a full name too, as the Gulf's rulers are named.
    ['The emir, Sheikh Rashid al-Hamad al-Tamimi, swore in the cabinet.', 'Rashid al-Hamad al-Tamimi', ['Sheikh Rashid al-Hamad al-Tamimi']],
    // Only a sovereign's style and only before one given name: other titles and full names keep no titled alias.
    ['Saudi Crown Prince Mohammed bin Salman met Blinken.', 'Mohammed bin Salman', []],
    ['President Abdullah Gul spoke.', 'Abdullah Gul', []],
  ])('a sovereign named by style and given name keeps the styled form as an alias: %s', (text, name, aliases) => {
    const person = build([text]).nodes.find((n) => n.type === 'Person' && n.name === name);
    expect(person && 'aliases' in person ? person.aliases : null).toEqual(aliases);
  });
});

describe('organizations and places across articles', () => {
  test('acronyms, country institutions and coalition forms merge', () => {
    const data = build([
      'ISIS fighters and the Iraqi government clashed with the US-led coalition.',
      'The Islamic State group lost Mosul. The Government of Iraq thanked the international coalition, and the U.S.-led coalition left.',
    ]);
    expect(names(data, 'Organization')).toEqual(['Iraqi government', 'Islamic State', 'U.S.-led coalition']);
    expect(names(data, 'Place')).toEqual(['Mosul']);
  });

  test('a base named in full and in part is one place', () => {
    const data = build(['Missiles hit al-Asad air base.', 'Drones struck Ain al-Asad Air Base.']);
    expect(names(data, 'Place')).toEqual(['Ain al-Asad Air Base']);
  });
});

describe('graph output', () => {
  const texts = [
    'BAGHDAD — Iraqi Prime Minister Mustafa al-Kadhimi met Gen. Frank McKenzie, commander of US Central Command.',
    'Farhad Alaadin, Sudani’s diplomatic adviser, said Iraq wants talks. Pentagon press secretary John Kirby agreed.',
  ];

  test('is valid and does not depend on the order of the articles', () => {
    const a = build(texts);
    const b = build(texts, [1, 0]);
    expect(validateGraphData(a)).toEqual([]);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  test('roles become HOLDS_ROLE edges with evidence, or Person.roles when no organization is named', () => {
    const data = build(texts);
    const holds = data.relationships.filter((r) => r.type === 'HOLDS_ROLE').map((r) => `${r.source} -> ${r.target}`).sort();
    expect(holds).toEqual([
      'person:frank-mckenzie -> organization:us-central-command',
      'person:john-kirby -> organization:pentagon',
      'person:mustafa-al-kadhimi -> place:iraq',
    ]);
    const evidence = data.relationships.find((r) => r.type === 'HOLDS_ROLE' && r.source === 'person:john-kirby');
    expect(evidence && 'sentence' in evidence ? evidence.sentence : '').toContain('Pentagon press secretary John Kirby');
    const alaadin = data.nodes.find((n) => n.id === 'person:farhad-alaadin');
    expect(alaadin && 'roles' in alaadin ? alaadin.roles : []).toEqual(['diplomatic adviser']);
  });

  test('a nationality and an office join the person to the country even when the country is never named', () => {
    const data = build(['Turkish Foreign Minister Ayla Demir said talks would go on in Ankara.']);
    const holds = data.relationships.filter((r) => r.type === 'HOLDS_ROLE').map((r) => `${r.source} -> ${r.target}`);
    expect(holds).toEqual(['person:ayla-demir -> place:turkey']);
    expect(names(data, 'Place')).toEqual(['Ankara', 'Turkey']);
  });

  test('articles mention their entities with counts', () => {
    const data = build(['Iraq and Iran talked. Iraq agreed.']);
    const counts = data.relationships.filter((r) => r.type === 'MENTIONS').map((r) => `${r.target}=${'count' in r ? r.count : ''}`).sort();
    expect(counts).toEqual(['place:iran=1', 'place:iraq=2']);
  });
});
