// Events (meetings, strikes, invasions, …) from trigger words, with participants and their roles,
// a place from a nearby Place mention and the date normalised against the article date.
import type { EventType } from '../../../graph-schema/index.js';
import type { Mention, Sentence } from '../types.js';
import { findDateExpressions, normalizeDate, type DateExpression } from './10-dates.js';
import { findTriggers, NAME_PREPOSITIONS, placePreposition, ROLES, type Trigger } from './20-triggers.js';

export { normalizeDate } from './10-dates.js';

export interface EventFinding {
  eventType: EventType;
  name: string;
  start: number;
  end: number;
  sentence: number;
  date: string | null;
  dateText: string | null;
  participants: { mention: number; role: string }[];
  place: number | null;
  rule: string;
}

const RELATIVE = /\b(?:later|earlier|before|after)\b/i;

/** The date closest to the trigger in its sentence, unless another trigger stands between them. */
function nearestDate(dates: DateExpression[], t: Trigger, all: Trigger[]): DateExpression | null {
  let best: DateExpression | null = null;
  let bestDistance = Infinity;
  for (const d of dates) {
    // Text between date and trigger: prefer the same clause (no ", but", no sentence-internal "; ").
    const distance = d.end <= t.start ? t.start - d.end : d.start >= t.end ? (d.start - t.end) * 1.2 : 0;
    const lo = Math.min(d.end, t.start);
    const hi = Math.max(d.start, t.end);
    if (all.some((o) => o !== t && o.start >= lo && o.end <= hi)) continue;
    if (distance < bestDistance && distance < 90) {
      best = d;
      bestDistance = distance;
    }
  }
  return best;
}

function sentenceRanges(text: string, sentences: Sentence[]): Sentence[] {
  return sentences.length > 0 ? sentences : [{ start: 0, end: text.length, text }];
}

/** "2003 invasion of Iraq": a year-only date goes in front of the name. */
function nameOf(text: string, t: Trigger, place: Mention | null, date: string | null): string {
  const phrase = t.phrase.replace(/^(?:The|A|An)\s+/, '');
  const year = date && /^\d{4}$/.test(date) ? date : undefined;
  let name = year ? `${year} ${phrase}` : phrase;
  if (place) {
    const before = /(\S+)\s+(?:the\s+)?$/u.exec(text.slice(Math.max(0, place.start - 20), place.start))?.[1]?.toLowerCase();
    const prep = before && placePreposition(t.eventType, before) ? before : NAME_PREPOSITIONS[t.eventType] ?? 'in';
    name += ` ${prep} ${place.text}`;
  }
  return name;
}

export function findEvents(text: string, sentences: Sentence[], mentions: Mention[], articleDate: string | null): EventFinding[] {
  const out: EventFinding[] = [];
  let lastDated: string | null = null;
  const ranges = sentenceRanges(text, sentences);
  let mi = 0;
  ranges.forEach((s, si) => {
    while (mi < mentions.length && mentions[mi]!.start < s.start) mi++;
    const inSentence: number[] = [];
    for (let j = mi; j < mentions.length && mentions[j]!.start < s.end; j++) inSentence.push(j);
    const dates = findDateExpressions(text, s.start, s.end);
    const seen = new Set<EventType>();
    const triggers = findTriggers(text, s.start, s.end);
    for (const t of triggers) {
      if (seen.has(t.eventType)) continue;
      // Inside a mention ("Conflict Resolution … Program") a trigger word names something else.
      if (inSentence.some((j) => mentions[j]!.start <= t.wordStart && t.wordStart < mentions[j]!.end)) continue;
      const d = nearestDate(dates, t, triggers);
      const dateText = d?.text ?? null;
      const date = dateText ? normalizeDate(dateText, RELATIVE.test(dateText) ? lastDated ?? articleDate : articleDate) : null;
      const [beforeRole, afterRole] = ROLES[t.eventType];
      const participants: { mention: number; role: string }[] = [];
      let place: number | null = null;
      for (const j of inSentence) {
        const m = mentions[j]!;
        const prep = /(\S+)\s+(?:the\s+)?$/u.exec(text.slice(Math.max(s.start, m.start - 20), m.start))?.[1]?.toLowerCase();
        const after = m.start >= t.end;
        if (m.type === 'Place' && after && place === null && prep && placePreposition(t.eventType, prep) && m.start - t.end < 60) {
          place = j;
          if (t.eventType === 'invasion' && prep === 'of') participants.push({ mention: j, role: afterRole });
          continue;
        }
        if (m.type === 'Place' && !(t.eventType === 'attack' || t.eventType === 'strike' || t.eventType === 'invasion' || t.eventType === 'talks')) continue;
        if ((after ? m.start - t.end : t.start - m.end) > 60) continue;
        // A clause break (";", " — ", ", which") between a mention and the trigger ends the event's reach.
        const between = after ? text.slice(t.end, m.start) : text.slice(m.end, t.start);
        if (/;|\s[—–]\s|,\s+(?:which|who|but)\b/u.test(between)) continue;
        participants.push({ mention: j, role: after ? afterRole : beforeRole });
      }
      const people = participants.filter((p) => mentions[p.mention]!.type !== 'Place' || p.role !== 'participant' || t.eventType === 'talks');
      if (date === null && people.length < 2 && !(people.length >= 1 && place !== null)) continue;
      seen.add(t.eventType);
      if (date) lastDated = date;
      out.push({
        eventType: t.eventType,
        name: nameOf(text, t, place === null ? null : mentions[place]!, date),
        start: t.start,
        end: t.end,
        sentence: sentences.length > 0 ? si : -1,
        date,
        dateText,
        participants,
        place,
        rule: `events/trigger-${t.eventType}`,
      });
    }
  });
  return out;
}
