// Which event types can name the same happening (shared/eval/README.md): a strike is an attack, talks are a meeting.
// Resolution merges reports only within a family; the scorer accepts a node whose type is of the gold type's family.

export const EVENT_FAMILIES = {
  violence: ['attack', 'attack-series', 'strike', 'killing', 'invasion', 'war'],
  diplomacy: ['meeting', 'talks', 'visit', 'call'],
  press: ['interview', 'briefing', 'statement'],
  vote: ['vote', 'resolution'],
  decision: ['agreement', 'announcement'],
  forces: ['withdrawal', 'deployment', 'redeployment'],
  election: ['election'],
  protest: ['protest'],
  ceasefire: ['ceasefire'],
  // The gold's "other": arrests, coups, swearings-in, resignations, deaths, concessions, addresses to the nation,
  // congratulations, abductions, captures of places and sentencings are the kinds of it the extractor names.
  other: ['other', 'arrest', 'coup', 'inauguration', 'resignation', 'death', 'concession', 'speech', 'congratulation', 'abduction', 'capture', 'sentencing'],
} as const;

export type EventFamily = keyof typeof EVENT_FAMILIES;

const FAMILY_OF = new Map<string, EventFamily>(
  (Object.entries(EVENT_FAMILIES) as [EventFamily, readonly string[]][]).flatMap(([family, types]) => types.map((t) => [t, family] as const)),
);

/** The family of an event type; an unknown type is a family of its own. */
export function eventFamily(type: string): string {
  return FAMILY_OF.get(type) ?? type;
}
