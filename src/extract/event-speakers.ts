// After the quote and event passes: a speaking event takes its speaker. "… he said at a press conference",
// "Stoltenberg told reporters: “…”": the quote the sentence attributes names who gave the briefing, the interview or
// the announcement, when the event's own sentence names no one who took part.
import type { QuoteFinding } from './quotes/index.js';
import type { Mention } from './types.js';
import { ROLES } from './events/20-triggers.js';
import { SPEAKING_EVENTS, type EventFinding } from './events/index.js';

export function speakersTakePart(events: EventFinding[], quotes: QuoteFinding[], mentions: Mention[]): void {
  for (const event of events) {
    if (!SPEAKING_EVENTS.has(event.eventType) || event.sentence < 0) continue;
    if (event.participants.some((p) => !p.named && mentions[p.mention]!.type !== 'Place')) continue;
    const said = quotes.find((q) => q.sentence === event.sentence && q.speaker?.kind === 'mention' && mentions[q.speaker.mention]!.type !== 'Place');
    if (!said || said.speaker?.kind !== 'mention') continue;
    event.participants.push({ mention: said.speaker.mention, role: ROLES[event.eventType][0] });
  }
}
