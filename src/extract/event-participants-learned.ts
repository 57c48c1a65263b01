// After the quote and event passes: parties the patterns missed, from a model learned on annotated real articles. A
// person, organization or place named in an event's sentence becomes a party ("participant") when the words between
// and around it and the trigger say so often enough in the annotated articles. The weights are data
// (participants-learned/model.json); the edge's rule is `event-participants-learned/model`.
import type { EventFinding } from './events/index.js';
import type { Mention, Sentence } from './types.js';
import { participantCandidates, type ParticipantCandidate } from './participants-learned/features.js';
import type { ParticipantModel } from './participants-learned/model.js';
import { probability } from '../learn/logistic.js';

export function learnedParticipants(text: string, sentences: Sentence[], mentions: Mention[], events: EventFinding[],
  model: ParticipantModel | null, seen?: (candidates: ParticipantCandidate[]) => void): void {
  const candidates = participantCandidates(text, sentences, mentions, events);
  seen?.(candidates);
  if (!model || model.threshold > 1) return;
  // All candidates are scored before any is taken: a party added to one event is no feature of its neighbour's.
  const taken = candidates.filter((c) => probability(model, c.features) >= model.threshold);
  for (const c of taken) events[c.event]!.participants.push({ mention: c.mention, role: 'participant', learned: true });
}
