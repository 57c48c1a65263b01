// Table-driven: [case, text, mentions, expected quotes (text start → speaker)]. Sentences written for these tests.
import { findQuotes, type QuoteFinding } from '../../../src/extract/quotes/index.js';
import type { Mention } from '../../../src/extract/types.js';
import { mentionsOf, naiveSentences } from './helpers.js';

type Row = [string, string, [Mention['type'], string][], [string, string | null][]];

/** How a finding reads in a table: the speaker's surface text, `~kind: phrase` for unnamed sources, null for none. */
function speakerOf(q: QuoteFinding, mentions: Mention[]): string | null {
  if (!q.speaker) return null;
  return q.speaker.kind === 'mention' ? mentions[q.speaker.mention]!.text : `~${q.speaker.sourceKind}: ${q.speaker.text}`;
}

function run(text: string, table: [Mention['type'], string][]): [string, string | null][] {
  const sentences = naiveSentences(text);
  const mentions = mentionsOf(text, table, sentences);
  return findQuotes(text, sentences, mentions).map((q) => [q.text, speakerOf(q, mentions)]);
}

const P = 'Person' as const;
const O = 'Organization' as const;
const L = 'Place' as const;

const rows: Row[] = [
  ['X said, after the quote', '“We will rebuild the port within a year,” Elena Marsh said.', [[P, 'Elena Marsh']],
    [['We will rebuild the port within a year', 'Elena Marsh']]],
  ['said X, inverted', '“The bridge is safe for traffic again,” said Tomas Varga, the city engineer.', [[P, 'Tomas Varga']],
    [['The bridge is safe for traffic again', 'Tomas Varga']]],
  ['straight marks', '"Prices will fall before winter," Amal Haddad told reporters on Monday.', [[P, 'Amal Haddad']],
    [['Prices will fall before winter', 'Amal Haddad']]],
  ['X said: before the quote', 'In a radio address, Governor Lena Ortiz said: “Nobody will be left behind in this flood.”', [[P, 'Lena Ortiz']],
    [['Nobody will be left behind in this flood.', 'Lena Ortiz']]],
  ['X, appositive, told Y', '“The harvest was the worst in a decade,” Rui Costa, the farm co-operative chairman, told the radio station.', [[P, 'Rui Costa']],
    [['The harvest was the worst in a decade', 'Rui Costa']]],
  ['according to X', '“The vote was free and fair by every measure,” according to Ines Braga.', [[P, 'Ines Braga']],
    [['The vote was free and fair by every measure', 'Ines Braga']]],
  ['X added', '“We expect the ceasefire to hold through the weekend,” Omar Baig added.', [[P, 'Omar Baig']],
    [['We expect the ceasefire to hold through the weekend', 'Omar Baig']]],
  ['X said in a statement', '“The company regrets the delay to all its customers,” Nordwind Airlines said in a statement.', [[O, 'Nordwind Airlines']],
    [['The company regrets the delay to all its customers', 'Nordwind Airlines']]],
  ['title and organization before the name', 'Harbor Authority spokesman Dev Patel said the cranes were “back in full operation after the storm.”', [[O, 'Harbor Authority'], [P, 'Dev Patel']],
    [['back in full operation after the storm.', 'Dev Patel']]],
  ['split quote around he said', '“The river has crested,” he said. “But the levees are still under pressure tonight.”', [],
    [['The river has crested', null], ['But the levees are still under pressure tonight.', null]]],
  ['split quote, speaker named before', 'Mayor Sofia Lind spoke after touring the levees.\n\n“The river has crested,” she said. “But the levees are still under pressure tonight.”', [[P, 'Sofia Lind']],
    [['The river has crested', 'Sofia Lind'], ['But the levees are still under pressure tonight.', 'Sofia Lind']]],
  ['several sentences in one quote', '“We saw smoke. Then the alarms went off. Everyone ran,” said Karim Nasser.', [[P, 'Karim Nasser']],
    [['We saw smoke. Then the alarms went off. Everyone ran', 'Karim Nasser']]],
  ['pronoun prefers the preceding attribution subject', 'Anna Kovacs, the mayor’s chief of staff, said the budget was balanced.\n\n“There will be no new taxes,” she said.', [[P, 'Anna Kovacs']],
    [['There will be no new taxes', 'Anna Kovacs']]],
  ['pronoun skips a possessive name', 'Piet Jansen, Maria Lopez’s deputy, defended the plan.\n\n“It is the only way forward,” he said.', [[P, 'Piet Jansen'], [P, 'Maria Lopez']],
    [['It is the only way forward', 'Piet Jansen']]],
  ['organization speaker', '“The border crossing will reopen on Friday,” the Interior Ministry said.', [[O, 'Interior Ministry']],
    [['The border crossing will reopen on Friday', 'Interior Ministry']]],
  ['organization said in a statement after a quote', 'The two leaders discussed “closer cooperation on energy and trade,” the Élysée said in a statement.', [[O, 'Élysée']],
    [['closer cooperation on energy and trade', 'Élysée']]],
  ['statement released by an organization', 'The statement, released by the Health Ministry, said that “all schools will stay open this week.”', [[O, 'Health Ministry']],
    [['all schools will stay open this week.', 'Health Ministry']]],
  ['unnamed official kept as written', '“We have not seen this level of traffic before,” a senior port official said, speaking on condition of anonymity.', [],
    [['We have not seen this level of traffic before', '~unnamed-person: a senior port official']]],
  ['the official → earlier unnamed source', 'A senior diplomat on the call said the talks would resume.\n\n“Nobody expects a breakthrough this week,” the official said.', [],
    [['Nobody expects a breakthrough this week', '~unnamed-person: a senior diplomat']]],
  ['the official added, mid-sentence', '“The pressure is real,” said a former trade negotiator. The deal is fragile, the negotiator added, and “everyone knows it.”', [],
    [['The pressure is real', '~unnamed-person: a former trade negotiator'], ['everyone knows it.', '~unnamed-person: a former trade negotiator']]],
  ['document source', 'A joint communique said “both sides will cut tariffs on steel by half.”', [],
    [['both sides will cut tariffs on steel by half.', '~document: a joint communique']]],
  ['the document → its antecedent', 'The ministers signed a joint declaration on Tuesday. The declaration was short.\n\n“The parties commit to a ceasefire along the whole front,” the document said.', [],
    [['The parties commit to a ceasefire along the whole front', '~document: a joint declaration']]],
  ['added the statement', 'A statement from the club said the coach had resigned. “The board thanks him for six great seasons,” added the statement.', [],
    // The document's issuer speaks through it, as the real corpus's gold names it ("coup leadership" for "a statement
    // by the coup leadership", batch 245).
    [['The board thanks him for six great seasons', '~group: the club']]],
  ['group source', 'A coalition representing the unions said it would “never accept cuts to pensions.”', [],
    [['never accept cuts to pensions.', '~group: a coalition representing the unions']]],
  ['bare plural source', '“The economy is slowing faster than expected,” analysts said.', [],
    [['The economy is slowing faster than expected', '~unnamed-person: analysts']]],
  ['scare quotes skipped', 'The party ran a “clean hands” campaign and promised a “new deal” for farmers.', [],
    []],
  ['short quote kept when a speech verb reports it', 'Minister Rafael Diaz said the negotiations had produced “real progress” on fishing rights.', [[P, 'Rafael Diaz']],
    [['real progress', 'Rafael Diaz']]],
  ['short clause fragment skipped', 'But she said that “we all agree” that the plan needs work.', [],
    []],
  ['standalone short statement kept', 'Asked whether he would resign, the minister paused.\n\n“Never,” he said.', [],
    [['Never', null]]],
  ['nested quote, two speakers', '“Karen Holt said ‘we will protect the wetlands at any cost,’ but the permits say otherwise,” Leo Brandt said.', [[P, 'Karen Holt'], [P, 'Leo Brandt']],
    [['Karen Holt said ‘we will protect the wetlands at any cost,’ but the permits say otherwise', 'Leo Brandt'], ['we will protect the wetlands at any cost', 'Karen Holt']]],
  ['quote continued in the next paragraph', 'Chief Inspector Mara Quinn described the night of the fire.\n\n“We arrived at midnight and the roof was already gone.\n\n“By dawn there was nothing left to save,” Quinn said.', [[P, 'Mara Quinn'], [P, 'Quinn']],
    [['We arrived at midnight and the roof was already gone.', 'Quinn'], ['By dawn there was nothing left to save', 'Quinn']]],
  ['a quote paragraph after a paragraph ending in an attributed quote', 'Mayor Lena Ortiz defended the plan. “It makes hard choices,” she said in her opening statement.\n\n“We have put schools first and roads second.\n\n“And we have asked the council to vote on time.”', [[P, 'Lena Ortiz']],
    [['It makes hard choices', 'Lena Ortiz'], ['We have put schools first and roads second.', 'Lena Ortiz'], ['And we have asked the council to vote on time.', 'Lena Ortiz']]],
  ['speaker in the previous sentence of the paragraph', 'Nadia Farouk spoke to the crowd for an hour. “We are not going anywhere.”', [[P, 'Nadia Farouk']],
    [['We are not going anywhere.', 'Nadia Farouk']]],
  ['speaker introduced by a colon paragraph', 'The general told the troops:\n\n“You have done everything that was asked of you and more.”', [],
    [['You have done everything that was asked of you and more.', '~anaphora']]],
  ['called … “…” and urged … “…”: one subject for both verbs', 'Senate leader Paolo Conti, an ally of the mayor who chairs the budget panel, called the plan “a betrayal of every taxpayer” and urged voters to reject it “before the damage is done.”', [[P, 'Paolo Conti']],
    [['a betrayal of every taxpayer', 'Paolo Conti'], ['before the damage is done.', 'Paolo Conti']]],
  ['met … and urged: the sentence subject', 'The finance minister, Lea Brandt, met the bank governor, Dr. Tom Ekland, at the ministry and urged lenders to “cut rates before the spring.”', [[P, 'Lea Brandt'], [P, 'Tom Ekland']],
    [['cut rates before the spring.', 'Lea Brandt']]],
  ['welcomed … as “…”', 'Envoy Hana Leclerc welcomed the accord as “a step toward a lasting peace” but warned of delays.', [[P, 'Hana Leclerc']],
    [['a step toward a lasting peace', 'Hana Leclerc']]],
  ['an embedded quote ending its sentence takes no tag from the next one', 'Mayor Ivo Horvat called the repairs “slow, costly and overdue.” Engineer Mia Kos said the bridge was safe.', [[P, 'Ivo Horvat'], [P, 'Mia Kos']],
    [['slow, costly and overdue.', 'Ivo Horvat']]],
  ['it → the organization the last sentence is about', 'The Harbor Authority was cautious.\n\nIn a statement, it called the talks “useful but incomplete” and said it wanted “a signed deal by June.”', [[O, 'Harbor Authority']],
    [['useful but incomplete', 'Harbor Authority'], ['a signed deal by June.', 'Harbor Authority']]],
  ['its ministry → the country of the last sentence', 'Norway, which hosted the talks, urged calm.\n\n“The kingdom is watching the situation closely,” its foreign ministry said.', [[L, 'Norway']],
    [['The kingdom is watching the situation closely', '~group: Norwegian foreign ministry']]],
  ['the senator after two senators: one of them', 'The hearing was tense, according to two senators who attended.\n\n“We were told nothing useful,” the senator said.', [],
    [['We were told nothing useful', '~unnamed-person: a senator']]],
  ['the + a short description + the name: the name', '“Our patrols repelled the drones,” the Kurdish-led Northern Guard said.', [[O, 'Northern Guard']],
    [['Our patrols repelled the drones', 'Northern Guard']]],
  ['the description ends at the verb after a clause', 'The Delta-based militant group Red Hand claimed the attack in a statement, saying: “Our fighters hit the convoy.”', [[O, 'Red Hand']],
    [['Our fighters hit the convoy.', 'Red Hand']]],
  ['said X, inverted before a clause that holds the quote', 'The crews are “safe and the port is open,” said HARBCO in a statement, adding that it had “no choice left at all” this year.', [[O, 'HARBCO']],
    [['safe and the port is open', 'HARBCO'], ['no choice left at all', 'HARBCO']]],
  ['"and said X had …" reports a clause: no inversion', 'The Harbor Authority was measured. In a statement, it called the talks “useful and calm” and said Ivo Horvat had stressed that the mayor preferred “to settle every dispute through dialogue.”', [[O, 'Harbor Authority'], [P, 'Ivo Horvat']],
    [['useful and calm', 'Harbor Authority'], ['to settle every dispute through dialogue.', 'Harbor Authority']]],
  ['"questioned" after a quote attributes it', '“Then who attacked the convoy on the road?” Ivo Horvat questioned.', [[P, 'Ivo Horvat']],
    [['Then who attacked the convoy on the road?', 'Ivo Horvat']]],
  ['a paragraph that ends in "he said;" gives the quote that opens the next', 'Ivo Horvat met the commander. Referring to the commander, he said;\n\n“The army has been here for a year and the road is still closed.\n\n“I will ask the chief of staff to move the men,”\n\nThe visit ended.', [[P, 'Ivo Horvat']],
    [['The army has been here for a year and the road is still closed.', 'Ivo Horvat'], ['I will ask the chief of staff to move the men', 'Ivo Horvat']]],
  ['a + a description + a person\'s name: the person; a description alone stays unnamed', '“Some of them were captured,” said a prominent military blogger Ivo Horvat, who writes as Gonzo. “We left the town,” said a senior official.', [[P, 'Ivo Horvat']],
    [['Some of them were captured', 'Ivo Horvat'], ['We left the town', '~unnamed-person: a senior official']]],
  ['a participle makes the name after it its object, not the speaker', '“We have found nothing improper at all,” the committee investigating Ivo Horvat said.', [[P, 'Ivo Horvat']],
    [['We have found nothing improper at all', '~group: the committee investigating Ivo Horvat']]],
  ['a time word after the description is no part of it', 'The leaders of the two port cities yesterday issued a statement calling it a “shared decision of both cities and their people”.', [],
    [['shared decision of both cities and their people', '~unnamed-person: the leaders of the two port cities']]],
  ['one of the US officials: "a", by the sound of the acronym', 'Troops were hurt, US defence officials said.\n\n“We are assessing the damage,” the official said.', [],
    [['We are assessing the damage', '~unnamed-person: a US defence official']]],
  ['a document as the subject, whatever its verb', 'The parties signed an agreement on Monday.\n\nThe agreement also describes the river as “a shared resource of both nations.”', [],
    [['a shared resource of both nations.', '~document: an agreement']]],
  ['it → a named document the last sentence opened with', 'Leaders adopted the Lisbon Energy Charter on Friday.\n\nThe Charter sets a target for 2030. It lists “the rising cost of imported gas” among the risks.', [],
    [['the rising cost of imported gas', '~document: Lisbon Energy Charter']]],
  ['he inside a quote is someone other than the one quoting', 'The old chief, Marco Silva, gave one order.\n\nJonas Berg recalled it: “He told us, ‘Never leave a man behind on the mountain,’ and we never did.”', [[P, 'Marco Silva'], [P, 'Jonas Berg']],
    [['He told us, ‘Never leave a man behind on the mountain,’ and we never did.', 'Jonas Berg'], ['Never leave a man behind on the mountain', 'Marco Silva']]],
  ['title, name and speech verb after the quote', '“No armed group will act outside the state,” government spokesman Basim Haddad told reporters.', [[P, 'Basim Haddad']],
    [['No armed group will act outside the state', 'Basim Haddad']]],
  ['the + lower-case role + name: the person', 'The former mayor Ana Ruiz, a critic of the plan, said the city had “sold the river to the highest bidder”.', [[P, 'Ana Ruiz']],
    [['sold the river to the highest bidder', 'Ana Ruiz']]],
  ['a quote relayed by his spokesman is the words of the one who called for it', 'Mayor Ana Ruiz called on both unions “to return to the table this week”, his spokesman Ivo Horvat said.', [[P, 'Ana Ruiz'], [P, 'Ivo Horvat']],
    [['to return to the table this week', 'Ana Ruiz']]],
  ['nested: the + role + comma + name', 'Ivo Horvat spoke. “As the secretary-general, Ana Ruiz, said last week, ‘no port may be closed to trade’, and that stands,” Horvat said.', [[P, 'Ivo Horvat'], [P, 'Ana Ruiz'], [P, 'Horvat']],
    [['As the secretary-general, Ana Ruiz, said last week, ‘no port may be closed to trade’, and that stands', 'Horvat'], ['no port may be closed to trade', 'Ana Ruiz']]],
  ['According to X at the start of a sentence, a quote later in it', 'Talks stalled.\n\nAccording to the Harbor Authority, both crews had been “living on rations for a month”.', [[O, 'Harbor Authority']],
    [['living on rations for a month', 'Harbor Authority']]],
  ['the name before its acronym says the clause with the quote', 'Ships waited.\n\nHours later the Harbor Authority (HA) said the crews were facing “a danger to every port on the coast”.', [[O, 'Harbor Authority'], [O, 'HA']],
    [['a danger to every port on the coast', 'Harbor Authority']]],
  ['accused … of “…”: the subject said it', 'Party leader Ana Ruiz, who is also the city’s mayor, accused the unions of “holding the port hostage”.', [[P, 'Ana Ruiz']],
    [['holding the port hostage', 'Ana Ruiz']]],
  ['two attributions before the quote in one sentence: the closer one', 'Ana Ruiz said in a statement that any deal must “protect the workers”, and Tom Hale told the crews that “the port will stay open all winter.”', [[P, 'Ana Ruiz'], [P, 'Tom Hale']],
    [['protect the workers', 'Ana Ruiz'], ['the port will stay open all winter.', 'Tom Hale']]],
  ['the role, then a lower-case role and the name in apposition', 'The head of the delegation, presidential aide Ana Ruiz, told reporters the offer was “a pause of two days on the whole front line”.', [[P, 'Ana Ruiz']],
    [['a pause of two days on the whole front line', 'Ana Ruiz']]],
  ['an organization before a titled person is no sentence subject', 'Ivo Horvat blamed the unions on Monday.\n\nIn Lisbon, Harbor Authority spokesperson Ana Ruiz rejected the claim. “The port was never closed,” she told reporters.', [[P, 'Ivo Horvat'], [O, 'Harbor Authority'], [P, 'Ana Ruiz'], [L, 'Lisbon']],
    [['The port was never closed', 'Ana Ruiz']]],
  ['a pronoun prefers a person named in its own paragraph to a subject from the one before', 'According to Ivo Horvat, the crews will strike “within the week”.\n\nThe union was represented by its president, Ana Ruiz. The strike, she said, was a last resort: “Nobody wants to stop the port for a month.”', [[P, 'Ivo Horvat'], [P, 'Ana Ruiz']],
    [['within the week', 'Ivo Horvat'], ['Nobody wants to stop the port for a month.', 'Ana Ruiz']]],
  ['the group → the organization a recent sentence was about', 'The Northern Front said on Friday it had sent its reply to the mediators.\n\n“The reply is positive and final,” the armed group said in a statement.', [[O, 'Northern Front']],
    [['The reply is positive and final', 'Northern Front']]],
  // real batches 1-2: documents speak for whoever issued them, a possessed document for its owner
  ['the statement → the body that issued it in an earlier sentence', 'In a statement, the Harbor Authority said a fire broke out at the pier.\n\nThe statement said crews were “taking every measure to contain it.”', [[O, 'Harbor Authority']],
    [['taking every measure to contain it.', 'Harbor Authority']]],
  ['the resolution → the body that passed it', 'The city council passed a resolution on Sunday.\n\n“The mayor must end the contract within a year,” the resolution read.', [[O, 'city council']],
    [['The mayor must end the contract within a year', 'city council']]],
  ['a joint statement keeps its parties together', 'Portugal and Spain ended their talks, issuing a joint statement.\n\nThe statement said “the border will stay open all year.”', [[L, 'Portugal'], [L, 'Spain']],
    [['the border will stay open all year.', '~document: a joint statement']]],
  ['X’s website says → X', 'The Northern Front’s website says the ship was seized for “breaking the maritime rules of the strait”.', [[O, 'Northern Front']],
    [['breaking the maritime rules of the strait', 'Northern Front']]],
  ['an organization before a title and a name: the person speaks', 'Harbor Authority chief Lt. Gen. Ana Ruiz warned the crews: “We will reach every ship in the port.”', [[O, 'Harbor Authority'], [P, 'Ana Ruiz']],
    [['We will reach every ship in the port.', 'Ana Ruiz']]],
  ['underlined is a speech verb; the source phrase ends at its own verb', '“Some steps could have been taken for the port,” Ana Ruiz underlined.\n\nA security source said on Monday that crews fired first. The security source said the guards fired back, adding that the police "were not responding".', [[P, 'Ana Ruiz']],
    [['Some steps could have been taken for the port', 'Ana Ruiz'], ['were not responding', '~unnamed-person: a security source']]],
  ['a pronoun after a sentence that opens with a definite title: the person who bears that title', 'Prime Minister Ivo Horvat opened the port. The Prime Minister thanked Mayor Ana Ruiz for her help. “I am proud of every crew on the pier,” he said.\n\nThe Prime Minister said: “The port is safer now.”', [[P, 'Ivo Horvat'], [P, 'Ana Ruiz']],
    [['I am proud of every crew on the pier', 'Ivo Horvat'], ['The port is safer now.', 'Ivo Horvat']]],
  // real batches 5-6: paragraphs on single lines, a passive relay, a quote paragraph after a paragraph about someone
  ['a line break after a sentence ends a paragraph: quotes of two lines keep their own speakers', 'Intro.\n\n“The port is open all week,” a harbor source said.\nThe union said on Monday that the strike was “a last resort for the crews”.', [[O, 'union']],
    [['The port is open all week', '~unnamed-person: a harbor source'], ['a last resort for the crews', 'union']]],
  ['“…,” X was quoted as saying', '“We are committed to the talks, but not at any price,” Ana Ruiz was quoted as saying.', [[P, 'Ana Ruiz']],
    [['We are committed to the talks, but not at any price', 'Ana Ruiz']]],
  ['a quote paragraph after a paragraph whose appositive subject is a person', '“We will pass the law,” Ivo Horvat said.\n\nAnother lawmaker and leader of the Harbor Front, Ana Ruiz, also rejected the plan.\n\n“We reject every foreign hand in the port and in our laws.”', [[P, 'Ivo Horvat'], [O, 'Harbor Front'], [P, 'Ana Ruiz']],
    [['We will pass the law', 'Ivo Horvat'], ['We reject every foreign hand in the port and in our laws.', 'Ana Ruiz']]],
  ['a page that lost the space between paragraphs: a straight mark glued after a full stop opens the next quote', 'Ana Ruiz left the port.\n\nThe strike ends on Monday, the union said."We won the vote for every crew," union leader Ivo Horvat told reporters.', [[P, 'Ana Ruiz'], [P, 'Ivo Horvat']],
    [['We won the vote for every crew', 'Ivo Horvat']]],
  ['places are never speakers', '“We are ready to host the summit next spring,” Lisbon said.', [[L, 'Lisbon']],
    [['We are ready to host the summit next spring', null]]],
  ['sentence subject, no speech verb', 'Governor Lena Ortiz ordered an inquiry to “find out who opened the flood gates and why.”', [[P, 'Lena Ortiz']],
    [['find out who opened the flood gates and why.', 'Lena Ortiz']]],
  ['organization subject, quote right after it', 'The Harbor Authority “deeply regrets the damage done to the fishing fleet”.', [[O, 'Harbor Authority']],
    [['deeply regrets the damage done to the fishing fleet', 'Harbor Authority']]],
  ['a passive subject did not say the words', 'Rui Costa was accused of “running the co-operative like a private estate”.', [[P, 'Rui Costa']],
    [['running the co-operative like a private estate', null]]],
  ['pronoun subject of a sentence with no speech verb', 'Mayor Sofia Lind said the talks went well.\n\nShe thanked the envoys for talks held “in a spirit of trust and good will.”', [[P, 'Sofia Lind']],
    [['in a spirit of trust and good will.', 'Sofia Lind']]],
  ['a participle after a quote takes the sentence subject', 'The Farmers Union rejected the plan, saying it would treat it “as if it had never been written”, accusing the ministry of “a grave betrayal of the valleys”.', [[O, 'Farmers Union']],
    [['as if it had never been written', 'Farmers Union'], ['a grave betrayal of the valleys', 'Farmers Union']]],
  ['according to him', 'Omar Baig spoke for an hour on Monday.\n\nAccording to him, the army “fired on the crowd without any warning at all.”', [[P, 'Omar Baig']],
    [['fired on the crowd without any warning at all.', 'Omar Baig']]],
  ['a name in an opening phrase is not the pronoun’s antecedent', 'Echoing Amal Haddad, Prime Minister Ines Braga also called for calm.\n\n“Nobody gains from more violence,” she wrote.', [[P, 'Amal Haddad'], [P, 'Ines Braga']],
    [['Nobody gains from more violence', 'Ines Braga']]],
  ['a quote after “according to” keeps its sentence’s speaker', 'Governor Lena Ortiz urged both towns “to settle the water dispute through talks,” according to her deputy Rui Costa.', [[P, 'Lena Ortiz'], [P, 'Rui Costa']],
    [['to settle the water dispute through talks', 'Lena Ortiz']]],
  ['an epithet of rank names the last speaker', 'Tomas Varga said on Monday the junta would hold power for two years.\n\n“We will hand over power in good time,” the army major told reporters.', [[P, 'Tomas Varga']],
    [['We will hand over power in good time', 'Tomas Varga']]],
  ['a generic source ranked to one post is an epithet', 'Tomas Varga said on Monday the ships would sail.\n\n“Fortunately, no one was hurt,” the top Ruritanian diplomat said.', [[P, 'Tomas Varga']],
    [['Fortunately, no one was hurt', 'Tomas Varga']]],
  ['an honorific stands for the person as "he" does, and "HE" before a title is left out', 'Doha: Prime Minister HE Sheikh Ali bin Hamad bin Nasser Al-Kuwari spoke on Monday.\n\n“Nothing about the meeting is hidden,” His Excellency said.\n\nHE the Prime Minister said the talks had “run out of chances” by then.', [[P, 'Ali bin Hamad bin Nasser Al-Kuwari']],
    [['Nothing about the meeting is hidden', 'Ali bin Hamad bin Nasser Al-Kuwari'], ['run out of chances', 'Ali bin Hamad bin Nasser Al-Kuwari']]],
  ['"quoted X saying" relays X, with or without "as"', 'Local media quoted army sources saying “the soldiers were not shot but killed in combat” on Monday.', [],
    [['the soldiers were not shot but killed in combat', '~unnamed-person: army sources']]],
  ['a lower-case office names the person who bore that title, even paragraphs back, and not the person named just before it', 'US special envoy Tomas Varga urged both sides to agree.\n\nThe talks went on.\n\nThe army moved.\n\nThe port reopened.\n\nThe rain stopped.\n\nHe met the speaker before seeing Prime Minister Anders Holm.\n\nThe special envoy said the talks were “very constructive and very helpful” for both.', [[P, 'Tomas Varga'], [P, 'Anders Holm']],
    [['very constructive and very helpful', 'Tomas Varga']]],
  ['a speaker who enthused', '“Everything is going to change,” Coumba Diallo, a singer, enthused.', [[P, 'Coumba Diallo']],
    [['Everything is going to change', 'Coumba Diallo']]],
  ['a generic source is no epithet', 'Tomas Varga said on Monday the junta would hold power for two years.\n\n“Nobody believes that date,” the official told reporters.', [[P, 'Tomas Varga']],
    [['Nobody believes that date', '~unnamed-person: the official']]],
  ['the organization’s chief is the person the text put with it', 'Elena Marsh spoke at the Harbor Authority offices on Friday about the new port.\n\nThe Harbor Authority chief said the cranes were “back in full operation after the storm.”', [[P, 'Elena Marsh'], [O, 'Harbor Authority'], [O, 'Harbor Authority']],
    [['back in full operation after the storm.', 'Elena Marsh']]],
  ['the subject of a reported clause is in the clause', 'Omar Baig said that donors have pledged aid including “tents, blankets, water pumps and field kitchens.”', [[P, 'Omar Baig']],
    [['tents, blankets, water pumps and field kitchens.', 'Omar Baig']]],
  ['a document in a reported clause leaves the quote to the reporter', 'Amal Haddad said on Tuesday that the joint statement says the sides agreed to “further technical talks on the eventual handover.”', [[P, 'Amal Haddad']],
    [['further technical talks on the eventual handover.', 'Amal Haddad']]],
  ['list items go on with the speaker before the list', 'Ines Braga said the plan has two parts to “bring the valley back to life.”\n\n- a fund “to rebuild every bridge the river took”;\n\n- a council to “give the villages a voice in the works”.', [[P, 'Ines Braga']],
    [['bring the valley back to life.', 'Ines Braga'], ['to rebuild every bridge the river took', 'Ines Braga'], ['give the villages a voice in the works', 'Ines Braga']]],
  ['a description that ends in a name', 'Work at the field stopped, its Oslo-based operator Nordwind Energy said in a statement. “All staff have been accounted for,” it added.', [[O, 'Nordwind Energy']],
    [['All staff have been accounted for', 'Nordwind Energy']]],
  ['a negated phrase names no speaker', 'No group has claimed the attack, police said. Nordwind Energy said it was checking the pipes.\n\n“Repairs will take a week,” it added.', [[O, 'Nordwind Energy']],
    [['Repairs will take a week', 'Nordwind Energy']]],
  // real batch 18: an age for the person named a few paragraphs before; an organization named by its head word
  ['an age names the person named last', 'Opposition leader Ines Braga had called a strike.\n\nShops were closed.\n\nShe was among those dispersed.\n\n“This morning I could not leave my house,” said the 50-year-old.', [[P, 'Ines Braga']],
    [['This morning I could not leave my house', 'Ines Braga']]],
  ['the head word of an organization named before', 'The Harbor Diocese of the Northern Church said the gate was locked.\n\n“Armed men move around the courtyard,” the diocese said.', [[O, 'Harbor Diocese of the Northern Church']],
    [['Armed men move around the courtyard', 'Harbor Diocese of the Northern Church']]],
  // real batch 17: an organization and a title before a person modify the person
  ['an organization and a title modify the person after them', 'Harbor Party Chair Ana Ruiz issued a statement, sharing the following remarks:\n\n“Using force is a coup.”', [[O, 'Harbor Party'], [P, 'Ana Ruiz']],
    [['Using force is a coup.', 'Ana Ruiz']]],
  ['lower-case title words between them too', 'Strikes killed 31 people, “most of whom were children,” Harbor health ministry spokesperson Ana Ruiz said.', [[O, 'Harbor'], [P, 'Ana Ruiz']],
    [['most of whom were children', 'Ana Ruiz']]],
  // real batches 23-24: a sentence that is only a pronoun's tag; a document from a body
  ['a pronoun tag after a quote inside a sentence', 'Tomas Ruiz spoke on Monday.\n\nThe Harbor Commission meeting would go on unless "new fighting breaks the truce." He said.', [[P, 'Tomas Ruiz'], [O, 'Harbor Commission']],
    [['new fighting breaks the truce.', 'Tomas Ruiz']]],
  ['a statement from a body', '“The sanctions start today,” a statement from the Harbor Authority said.', [[O, 'Harbor Authority']],
    [['The sanctions start today', 'Harbor Authority']]],
  // real batch 22: "alleged" reports speech
  ['alleged, after the quote', 'The talks failed. “The two sides are preparing for war,” Tesfaye Gebru alleged.', [[P, 'Tesfaye Gebru']],
    [['The two sides are preparing for war', 'Tesfaye Gebru']]],
  // real batch 19: the copy lost the opening mark; the quotation runs from the paragraph's start
  ['a lost opening mark', 'Ana Ruiz spoke in Manila.\n\nThanks to the leadership of both men, our nations have made great strides," Ana Ruiz said.\n\n"I welcome this," she added.', [[P, 'Ana Ruiz'], [P, 'Ana Ruiz']],
    [['Thanks to the leadership of both men, our nations have made great strides', 'Ana Ruiz'], ['I welcome this', 'Ana Ruiz']]],
  // real batch 32: quotations set off by single marks or by backticks (an apostrophe inside closes nothing); a speech
  // verb in a relative clause belongs to the person before "who"
  ['single marks', 'Prime Minister Ana Ruiz spoke in Doha. ‘This blatant attack on our soil cannot stand,’ she said.', [[P, 'Ana Ruiz']],
    [['This blatant attack on our soil cannot stand', 'Ana Ruiz']]],
  ['single marks around a plural’s apostrophe', '‘The soldiers’ families have suffered enough,’ Ana Ruiz said on Monday.', [[P, 'Ana Ruiz']],
    [['The soldiers’ families have suffered enough', 'Ana Ruiz']]],
  ['backticks', '`The first order of business is to begin lifting Rwanda`s measures,` Foreign Minister Ivo Horvat said.', [[P, 'Ivo Horvat']],
    [['The first order of business is to begin lifting Rwanda`s measures', 'Ivo Horvat']]],
  // real batch 34: a person's own statement speaks for the person
  ['a person’s statement', 'Tom Hale met the king on Sunday. “We will keep working with our partners,” Tom Hale’s statement said.', [[P, 'Tom Hale'], [P, 'Tom Hale']],
    [['We will keep working with our partners', 'Tom Hale']]],
  ['a relative clause', 'The deal was signed by the African Union in the presence of Tom Hale, who acknowledged there was “more work to be done” ahead.', [[O, 'African Union'], [P, 'Tom Hale']],
    [['more work to be done', 'Tom Hale']]],
  // real batches 47-48: an unnamed source "close to" or "familiar with" someone; a word of negation after the
  // subject; a curly quote closed by a straight mark; "the prince" is the prince, not the next person named
  ['a source close to the group', '“He was the field commander in charge of the coastal sector,” a source close to the group said.', [],
    [['He was the field commander in charge of the coastal sector', '~unnamed-person: a source close to the group']]],
  ['said officials familiar with the talks', '“We will sign the deal on Monday in the capital,” said officials familiar with the talks.', [],
    [['We will sign the deal on Monday in the capital', '~unnamed-person: officials familiar with the talks']]],
  ['a curly quote closed by a straight mark', 'Prince Tamim met Mr Horvat.\n\nIt topped Prince Tamim’s agenda as he met Mr Horvat.\n\n“You will have to put enough tools on the table. I wish we would not have to talk about pressure," the prince said.', [[P, 'Prince Tamim'], [P, 'Horvat'], [P, 'Prince Tamim'], [P, 'Horvat']],
    [['You will have to put enough tools on the table. I wish we would not have to talk about pressure', 'Prince Tamim']]],
  ['according to a statement from his office', 'Ana Ruiz said the border “will be defended at all costs," according to a statement from his office.', [[P, 'Ana Ruiz']],
    [['will be defended at all costs', 'Ana Ruiz']]],
  // real batch 52: a label before the quote names its speaker
  ['a quote label', 'Ana Ruiz and Ivo van der Berg spoke.\n\nQuote from Ana Ruiz: "Despite the difficult circumstances, the work goes on at pace."\n\nQuote from van der Berg: "Under relentless fire, the country is passing reform after reform."', [[P, 'Ana Ruiz'], [P, 'Ivo van der Berg'], [P, 'Ana Ruiz'], [P, 'Berg']],
    [['Despite the difficult circumstances, the work goes on at pace.', 'Ana Ruiz'], ['Under relentless fire, the country is passing reform after reform.', 'Berg']]],
  // real batches 53-54: a paragraph that is only the tag of the quote before it; an apposition left unclosed
  ['a tag paragraph', 'The border is tense.\n\n“We are here today to say that the state is on your side, with no exceptions,”\n\nAna Ruiz assured.\n\nOn Wednesday she left.', [[P, 'Ana Ruiz']],
    [['We are here today to say that the state is on your side, with no exceptions', 'Ana Ruiz']]],
  ['an unclosed apposition', 'Ivo Horvat, the top diplomat for Africa condemned the attack as “unjustifiable and reckless in every way”.', [[P, 'Ivo Horvat']],
    [['unjustifiable and reckless in every way', 'Ivo Horvat']]],
  // real batch 56: one plain noun before the name; a participle after an adverb describes the person
  ['witness X said', 'The blast hit the area.\n\n"The convoy passed and we heard a very heavy explosion," witness Nurto Ali said.', [[P, 'Nurto Ali']],
    [['The convoy passed and we heard a very heavy explosion', 'Nurto Ali']]],
  ['said a clearly fuming X', 'Ivo Horvat spoke.\n\n“Ana Ruiz has long failed to see the need for change,” said a clearly fuming Horvat, before leaving.', [[P, 'Ivo Horvat'], [P, 'Ana Ruiz'], [P, 'Horvat']],
    [['Ana Ruiz has long failed to see the need for change', 'Horvat']]],
];

describe('findQuotes', () => {
  test.each(rows)('%s', (_name, text, table, expected) => {
    const got = run(text, table);
    expect(got.map(([t]) => t)).toEqual(expected.map(([t]) => t));
    expected.forEach(([, speaker], i) => {
      if (speaker === '~anaphora') expect(got[i]![1]).toMatch(/^~unnamed-person: the general$/);
      else expect(got[i]![1]).toBe(speaker);
    });
  });

  test('offsets point at the exact text between the marks', () => {
    const text = 'Intro line.\n\n“Water levels are dropping,” said Ana Ruiz. “Slowly.”';
    const sentences = naiveSentences(text);
    const mentions = mentionsOf(text, [['Person', 'Ana Ruiz']], sentences);
    const found = findQuotes(text, sentences, mentions);
    for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(found[0]!.sentence).toBe(1);
    expect(found.map((q) => q.rule)).toEqual(['quotes/marks', 'quotes/short-statement']);
    expect(found[0]!.speakerRule).toMatch(/^speaker\/after-quote:/);
  });
});
